using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Forms.Package;
using Perizinan.Rules.Binding;
using Perizinan.Rules.Model;
using Perizinan.Rules.Runtime;

namespace Perizinan.Engine.Evaluation;

/// <summary>Builds the <see cref="FormState"/> from the rules' outcome, the answers and per-field validation.</summary>
internal static class StateBuilder
{
    /// <summary>Builds the state. <paramref name="validate"/> validates one present answer (cached by the caller).</summary>
    public static FormState Build(
        CompiledForm form,
        FormRuntimeState state,
        AnswerSnapshot answers,
        Func<string, int, JsonElement, IReadOnlyList<FieldError>> validate)
    {
        var catalog = form.Package.Catalog;
        var visible = new List<string>();
        var required = new List<string>();
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var errors = new List<(int Order, int Row, FieldError Error)>();
        var warnings = new List<(int Order, int Row, FieldError Error)>();
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var requiredAnswered = 0;

        for (var index = 0; index < catalog.Infos.Count; index++)
        {
            var info = catalog.Infos[index];
            var d = info.Descriptor;
            order[d.Path] = index;
            if (d.Shape == FieldShape.Group)
            {
                continue;
            }

            if (d.Shape == FieldShape.Repeat)
            {
                if (!state.IsVisible(d.Path, -1))
                {
                    continue;
                }

                visible.Add(d.Path);
                var rows = state.RowCount(d.Path);
                if (info.SchemaRequired || state.Effects.IsRequired(d.Path, -1))
                {
                    required.Add(d.Path);
                    if (rows == 0)
                    {
                        errors.Add((index, -1, new FieldError(d.Path, "required", Messages.For("rows", info, d.Path))));
                    }
                    else
                    {
                        requiredAnswered++;
                    }
                }

                var validator = form.Validators.GetValueOrDefault(d.Path);
                if (validator?.Keyword("minItems") is { ValueKind: JsonValueKind.Number } min && rows > 0 && rows < min.GetInt32())
                {
                    errors.Add((index, -1, new FieldError(d.Path, "minItems", Messages.For("minItems", info, d.Path, min))));
                }

                if (validator?.Keyword("maxItems") is { ValueKind: JsonValueKind.Number } max && rows > max.GetInt32())
                {
                    errors.Add((index, -1, new FieldError(d.Path, "maxItems", Messages.For("maxItems", info, d.Path, max))));
                }

                continue;
            }

            var repeat = d.RepeatPath;
            if (repeat is not null && !state.IsVisible(repeat, -1))
            {
                continue;
            }

            var rowCount = repeat is null ? 1 : state.RowCount(repeat);
            for (var i = 0; i < rowCount; i++)
            {
                var row = repeat is null ? -1 : i;
                if (!state.IsVisible(d.Path, row))
                {
                    continue;
                }

                var path = AnswerReader.Concrete(d.Path, row);
                visible.Add(path);
                if (d.IsComputed)
                {
                    var v = state.Effective(d.Path, row);
                    if (!v.IsEmpty)
                    {
                        values[path] = ValueJson.ToJson(v);
                    }

                    continue;
                }

                var hasAnswer = answers.Answers.TryGetValue((d.Path, row), out var element) && !IsBlank(element);
                if (info.SchemaRequired || state.Effects.IsRequired(d.Path, row))
                {
                    required.Add(path);
                    if (hasAnswer)
                    {
                        requiredAnswered++;
                    }
                    else
                    {
                        errors.Add((index, row, new FieldError(path, "required", Messages.For("required", info, path))));
                    }
                }

                if (hasAnswer)
                {
                    errors.AddRange(validate(d.Path, row, element).Select(e => (index, row, e)));
                }
            }
        }

        foreach (var failure in state.Effects.Failures)
        {
            var check = failure.Check!;
            var path = AnswerReader.Concrete(check.Subject, failure.Row);
            var error = new FieldError(path, check.Code, Messages.ForCheck(check.MessageId, check.MessageEn));
            (check.IsWarning ? warnings : errors).Add((order.GetValueOrDefault(check.Subject), failure.Row, error));
        }

        foreach (var problem in answers.Problems)
        {
            // An answer the citizen cannot see is ignored (and not submitted), so its shape cannot be wrong.
            if (problem.Key is { } key && !state.IsVisible(key, problem.Row))
            {
                continue;
            }

            var info = problem.Key is { } k && catalog.TryGetInfo(k, out var known) ? known : null;
            var message = problem.Code == "type" ? Messages.ForShape(problem.Shape, info, problem.Path) : Messages.For(problem.Code, info, problem.Path);
            errors.Add((problem.Key is null ? -1 : order.GetValueOrDefault(problem.Key), problem.Row, new FieldError(problem.Path, problem.Code, message)));
        }

        var fees = Fees(form, state);
        var problems = state.Context.Problems
            .Concat(state.Conflicts.Select(c => $"Rules set different values on {AnswerReader.Concrete(c.Key, c.Row)}; the first rule in the file wins."))
            .ToList();
        var sortedErrors = Sort(errors);
        return new FormState
        {
            Visible = visible,
            Required = required,
            Values = values,
            Errors = sortedErrors,
            Warnings = Sort(warnings),
            Fees = fees,
            Total = Total(fees),
            Complete = sortedErrors.Count == 0,
            Progress = required.Count == 0 ? 100 : requiredAnswered * 100 / required.Count,
            NextPage = NextPage(form, sortedErrors),
            Pages = Pages(form, state),
            Problems = problems,
        };
    }

    private static bool IsBlank(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()!.Length == 0,
        JsonValueKind.Array => e.GetArrayLength() == 0,
        JsonValueKind.Null or JsonValueKind.Undefined => true,
        _ => false,
    };

    private static List<FieldError> Sort(List<(int Order, int Row, FieldError Error)> items) =>
        items.OrderBy(e => e.Row).ThenBy(e => e.Order).ThenBy(e => e.Error.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Error.Code, StringComparer.Ordinal).Select(e => e.Error).ToList();

    /// <summary>
    /// The sum of the fee lines, added in ascending order of amount: decimal addition rounds at 28 digits, so adding in
    /// rule order would let the order of rules in the file change the last digit of a total with fractions.
    /// </summary>
    private static decimal Total(List<FeeLine> fees)
    {
        var total = 0m;
        foreach (var amount in fees.Select(f => f.Amount).Order())
        {
            total += amount;
        }

        return ValueJson.Normalize(total);
    }

    private static List<FeeLine> Fees(CompiledForm form, FormRuntimeState state)
    {
        var declared = form.Manifest.Fees.Select((f, i) => (f, i)).ToDictionary(x => x.f.Id, StringComparer.Ordinal);
        return state.Effects.Fees
            .Where(f => f.Value.Kind == ValueKind.Number)
            .OrderBy(f => declared.TryGetValue(f.FeeId!, out var d) ? d.i : int.MaxValue)
            .ThenBy(f => f.Row)
            .ThenBy(f => f.RuleIndex)
            .Select(f =>
            {
                var d = declared[f.FeeId!].f;
                return new FeeLine(d.Id, new LocalizedMessage(d.Label.Id, d.Label.En), d.Kind.ToString().ToLowerInvariant(), d.LegalBasis,
                    f.Row >= 0 ? f.Row : null, ValueJson.Normalize(f.Value.AsNumber));
            })
            .ToList();
    }

    private static string? NextPage(CompiledForm form, List<FieldError> errors)
    {
        if (errors.Count == 0)
        {
            return null;
        }

        var pagesWithErrors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            var generic = PackagePatterns.RowNumber().Replace(error.Path, "[]");
            if (form.Package.Catalog.TryGetInfo(generic, out var info) && info.Page is { } page)
            {
                pagesWithErrors.Add(page.Id);
            }
        }

        return form.Manifest.Pages.Select(p => p.Id).FirstOrDefault(pagesWithErrors.Contains)
            ?? form.Manifest.Pages.FirstOrDefault()?.Id;
    }

    private static List<VisiblePage> Pages(CompiledForm form, FormRuntimeState state)
    {
        var pages = new List<VisiblePage>();
        foreach (var page in form.Manifest.Pages)
        {
            var sections = page.Sections
                .Where(s => s.Fields.Any(f => IsPlacedVisible(form, state, f.Path)))
                .Select(s => s.Id)
                .ToList();
            if (sections.Count > 0)
            {
                pages.Add(new VisiblePage(page.Id, new LocalizedMessage(page.Title.Id, page.Title.En), sections));
            }
        }

        return pages;
    }

    private static bool IsPlacedVisible(CompiledForm form, FormRuntimeState state, string path)
    {
        if (!form.Program.Fields.TryGetValue(path, out var field))
        {
            return false;
        }

        if (field.RepeatPath is { } repeat)
        {
            if (!state.IsVisible(repeat, -1))
            {
                return false;
            }

            for (var r = 0; r < state.RowCount(repeat); r++)
            {
                if (state.IsVisible(path, r))
                {
                    return true;
                }
            }

            return false;
        }

        return state.IsVisible(path, -1);
    }
}
