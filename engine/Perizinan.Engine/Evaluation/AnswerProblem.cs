namespace Perizinan.Engine.Evaluation;

/// <summary>What did not fit the form in a set of answers.</summary>
/// <param name="Path">The concrete path of the answer (<c>papan[1]</c>), empty for the whole answers.</param>
/// <param name="Code">The error code: <c>type</c>, <c>unknown</c> or <c>maxItems</c>.</param>
/// <param name="Shape">What the field expects, for a <c>type</c> problem of a known field.</param>
/// <param name="Key">The generic path of the known field it belongs to (so that it is ignored while hidden), or <c>null</c>.</param>
/// <param name="Row">The row of <paramref name="Key"/>, or -1.</param>
internal sealed record AnswerProblem(string Path, string Code, AnswerShape Shape, string? Key, int Row);

/// <summary>What shape of answer a field expects.</summary>
internal enum AnswerShape
{
    /// <summary>Not known (the whole answers, an unknown field).</summary>
    None,

    /// <summary>An object of answers (a group).</summary>
    Group,

    /// <summary>A list of rows (a repeating group).</summary>
    Rows,

    /// <summary>One row of a repeating group (an object).</summary>
    Row,
}
