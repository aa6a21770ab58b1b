namespace Perizinan.Engine.Evaluation;

/// <summary>
/// Something wrong with one answer: the concrete path (<c>papan[0].luas</c>), a stable code (<c>required</c>,
/// <c>type</c>, <c>minimum</c>, <c>check.3</c>, …) and a message that names the question and gives an example.
/// </summary>
public sealed record FieldError(string Path, string Code, LocalizedMessage Message);
