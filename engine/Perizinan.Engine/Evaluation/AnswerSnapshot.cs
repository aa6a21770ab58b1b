using System.Text.Json;

namespace Perizinan.Engine.Evaluation;

/// <summary>
/// A set of answers read against the form's fields: each present answer by (generic path, row), the number of
/// rows of each group, and what did not fit (unknown fields, a group that is not a list). Immutable once read.
/// </summary>
internal sealed class AnswerSnapshot
{
    /// <summary>The present (non-null) answers.</summary>
    public Dictionary<(string Key, int Row), JsonElement> Answers { get; } = [];

    /// <summary>Rows per repeating group.</summary>
    public Dictionary<string, int> RowCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>Problems with the shape of the answers.</summary>
    public List<AnswerProblem> Problems { get; } = [];
}
