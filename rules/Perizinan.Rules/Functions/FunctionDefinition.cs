using Perizinan.Rules.Model;

namespace Perizinan.Rules.Functions;

/// <summary>
/// A function that rules can call: its name, parameter and result types (checked by the binder) and its body.
/// Bodies must be pure and must never throw for any argument values: they return <see cref="Value.Empty"/> where no
/// answer exists (most functions return empty when an argument is empty). Immutable and thread-safe.
/// </summary>
/// <param name="Name">The name used in rules files, e.g. <c>nik_valid</c>.</param>
/// <param name="Parameters">The parameter types; with <paramref name="Variadic"/> the last one repeats.</param>
/// <param name="Returns">The result type.</param>
/// <param name="Body">The implementation; receives exactly the arguments written in the rule.</param>
/// <param name="Variadic">Whether the last parameter may be given any number of times (at least once).</param>
/// <param name="MinArgs">The fewest arguments accepted (for optional trailing parameters); <c>-1</c> means all.</param>
/// <param name="SummaryId">One line for the language reference, in Indonesian.</param>
/// <param name="SummaryEn">One line for the language reference, in English.</param>
internal sealed record FunctionDefinition(
    string Name,
    IReadOnlyList<DslType> Parameters,
    DslType Returns,
    Func<Value[], FunctionContext, Value> Body,
    bool Variadic = false,
    int MinArgs = -1,
    string SummaryId = "",
    string SummaryEn = "")
{
    /// <summary>Whether <paramref name="count"/> arguments are accepted.</summary>
    public bool AcceptsArgumentCount(int count)
    {
        var min = MinArgs < 0 ? Parameters.Count : MinArgs;
        return Variadic ? count >= min : count >= min && count <= Parameters.Count;
    }

    /// <summary>The declared type of argument <paramref name="index"/>.</summary>
    public DslType ParameterType(int index) =>
        index < Parameters.Count ? Parameters[index] : Parameters[^1];
}
