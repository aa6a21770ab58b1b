using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Rules.Runtime;

namespace Perizinan.Engine.Evaluation;

/// <summary>
/// A live evaluation of one form, e.g. for one draft: give it the whole answers after each change and it updates
/// only the facts that changed, re-validates only the answers that changed, and returns the same
/// <see cref="FormState"/> a full evaluation would. Not thread-safe: one per draft or request.
/// </summary>
public sealed class FormSession
{
    private readonly CompiledForm _form;
    private readonly IRuleEvaluation _rules;
    private readonly Dictionary<(string, int), (string Raw, IReadOnlyList<FieldError> Errors)> _validated = [];
    private AnswerSnapshot _answers = new();

    internal FormSession(CompiledForm form, IRuleEvaluation rules)
    {
        _form = form;
        _rules = rules;
    }

    /// <summary>Applies new answers (the whole set) and returns the form's state for them.</summary>
    public FormState Update(JsonElement answers)
    {
        var next = AnswerReader.Read(answers, _form.Package.Catalog);
        var state = _rules.State;
        foreach (var (repeat, count) in next.RowCounts)
        {
            state.SetRowCount(repeat, count);
        }

        foreach (var repeat in _form.Program.Repeats)
        {
            if (!next.RowCounts.ContainsKey(repeat))
            {
                state.SetRowCount(repeat, 0);
            }
        }

        foreach (var (key, row) in _answers.Answers.Keys)
        {
            if (!next.Answers.ContainsKey((key, row)))
            {
                state.SetRaw(key, row, default);
            }
        }

        foreach (var ((key, row), element) in next.Answers)
        {
            if (!_form.Program.Fields[key].IsComputed)
            {
                state.SetRaw(key, row, ValueJson.FromJson(element, _form.Program.Fields[key].Type));
            }
        }

        _answers = next;
        _rules.Run();
        return StateBuilder.Build(_form, state, next, Validate);
    }

    /// <summary>The current answers as they would be submitted (see <see cref="CompiledForm.Clean"/>).</summary>
    public JsonObject Clean() => AnswerCleaner.Clean(_form, _rules.State, _answers);

    private IReadOnlyList<FieldError> Validate(string key, int row, JsonElement answer)
    {
        var raw = answer.GetRawText();
        if (_validated.TryGetValue((key, row), out var cached) && cached.Raw == raw)
        {
            return cached.Errors;
        }

        var errors = _form.Validators.TryGetValue(key, out var validator)
            ? validator.Validate(answer, AnswerReader.Concrete(key, row))
            : [];
        _validated[(key, row)] = (raw, errors);
        return errors;
    }

    /// <summary>For tests and benchmarks: a session driven by the direct evaluator instead of NRules.</summary>
    internal static FormSession Direct(CompiledForm form, DateOnly today) =>
        new(form, new DirectEvaluator(form.Program, new Rules.Functions.FunctionContext(today)));
}
