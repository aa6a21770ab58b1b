using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Engine.Evaluation;
using Perizinan.Forms.Scenarios;

namespace Perizinan.Engine.Scenarios;

/// <summary>
/// Runs a package's scenarios: evaluates each answer set on its date and compares the outcome with what the
/// scenario expects (lists of paths are "must include" except <c>errors</c> and <c>warnings</c>, which are exact sets).
/// </summary>
public static class ScenarioRunner
{
    /// <summary>Runs every scenario of the form's package.</summary>
    public static IReadOnlyList<ScenarioResult> RunAll(CompiledForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.Package.Scenarios.Select(s => Run(form, s)).ToList();
    }

    /// <summary>Runs one scenario.</summary>
    public static ScenarioResult Run(CompiledForm form, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(scenario);
        var answers = JsonSerializer.SerializeToElement(scenario.Answers);
        var state = form.Evaluate(answers, scenario.Today);
        return new ScenarioResult(scenario.File, scenario.Name, Compare(state, scenario.Expect));
    }

    /// <summary>The expectations that do not hold for <paramref name="state"/>.</summary>
    public static IReadOnlyList<string> Compare(FormState state, ScenarioExpectation expect)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(expect);
        var failures = new List<string>();
        var visible = state.Visible.ToHashSet(StringComparer.Ordinal);
        var required = state.Required.ToHashSet(StringComparer.Ordinal);
        Each(expect.Visible, p => !visible.Contains(p), p => $"expected visible: {p}");
        Each(expect.Hidden, visible.Contains, p => $"expected hidden: {p}");
        Each(expect.Required, p => !required.Contains(p), p => $"expected required: {p}");
        Each(expect.NotRequired, required.Contains, p => $"expected not required: {p}");
        foreach (var (path, value) in expect.Values ?? new Dictionary<string, JsonNode?>())
        {
            state.Values.TryGetValue(path, out var actual);
            if (!SameJson(value, actual))
            {
                failures.Add($"value of {path}: expected {Show(value)}, got {Show(actual)}");
            }
        }

        ExactSet("errors", expect.Errors, state.Errors);
        ExactSet("warnings", expect.Warnings, state.Warnings);
        if (expect.Fees is { } fees)
        {
            var actual = state.Fees.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(f => f.Amount), StringComparer.Ordinal);
            foreach (var id in fees.Keys.Union(actual.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var want = fees.TryGetValue(id, out var w) ? w : (decimal?)null;
                var got = actual.TryGetValue(id, out var g) ? g : (decimal?)null;
                if (want != got)
                {
                    failures.Add($"fee {id}: expected {Money(want)}, got {Money(got)}");
                }
            }
        }

        if (expect.Total is { } total && total != state.Total)
        {
            failures.Add($"total: expected {Money(total)}, got {Money(state.Total)}");
        }

        if (expect.Complete is { } complete && complete != state.Complete)
        {
            failures.Add($"complete: expected {complete.ToString().ToLowerInvariant()}, got {state.Complete.ToString().ToLowerInvariant()}"
                + (state.Errors.Count > 0 ? $" (errors: {string.Join(", ", state.Errors.Select(e => e.Path + " " + e.Code))})" : string.Empty));
        }

        return failures;

        void Each(IReadOnlyList<string>? paths, Func<string, bool> wrong, Func<string, string> describe)
        {
            foreach (var p in paths ?? [])
            {
                if (wrong(p))
                {
                    failures.Add(describe(p));
                }
            }
        }

        void ExactSet(string what, IReadOnlyList<string>? want, IReadOnlyList<FieldError> got)
        {
            if (want is null)
            {
                return;
            }

            var wanted = want.ToHashSet(StringComparer.Ordinal);
            var actual = got.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
            if (!wanted.SetEquals(actual))
            {
                var missing = wanted.Except(actual).Order(StringComparer.Ordinal);
                var extra = got.Where(e => !wanted.Contains(e.Path)).Select(e => $"{e.Path} ({e.Code}: {e.Message.En})");
                failures.Add($"{what}: missing [{string.Join(", ", missing)}], unexpected [{string.Join("; ", extra)}]");
            }
        }
    }

    private static bool SameJson(JsonNode? a, JsonNode? b)
    {
        if (a is JsonValue va && b is JsonValue vb
            && va.GetValueKind() == JsonValueKind.Number && vb.GetValueKind() == JsonValueKind.Number)
        {
            return va.GetValue<decimal>() == vb.GetValue<decimal>();
        }

        return JsonNode.DeepEquals(a, b);
    }

    private static string Show(JsonNode? n) => n?.ToJsonString() ?? "(none)";

    private static string Money(decimal? d) => d is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "(none)";
}
