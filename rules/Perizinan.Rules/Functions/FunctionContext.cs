namespace Perizinan.Rules.Functions;

/// <summary>
/// What a function may know about the evaluation it runs in. Functions are pure: the only outside input is the
/// evaluation date, given by the caller, so that the same answers on the same date always give the same result.
/// One per evaluation; not thread-safe.
/// </summary>
public sealed class FunctionContext(DateOnly today)
{
    private List<string>? _problems;

    /// <summary>The date the evaluation is for (the caller's clock, not the machine's).</summary>
    public DateOnly Today { get; } = today;

    /// <summary>Problems raised while functions ran (a script that failed or hit a limit), in order.</summary>
    public IReadOnlyList<string> Problems => _problems ?? (IReadOnlyList<string>)[];

    /// <summary>Records that a function could not produce a value; the function then returns empty.</summary>
    public void Report(string problem) => (_problems ??= []).Add(problem);
}
