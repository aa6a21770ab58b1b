namespace Perizinan.Rules.Scripting;

/// <summary>
/// The bounds every call into a package's <c>functions.js</c> runs under (and the one-off run of its top-level code
/// when an engine is prepared). Immutable.
/// </summary>
/// <param name="Timeout">Wall-clock time one call may take; also the limit for one regular-expression match.</param>
/// <param name="MaxStatements">Statements one call may execute.</param>
/// <param name="MemoryBytes">Bytes one call may allocate (measured on the calling thread).</param>
/// <param name="MaxRecursion">How many times one function may be on the call stack at once.</param>
internal sealed record ScriptLimits(TimeSpan Timeout, int MaxStatements, long MemoryBytes, int MaxRecursion)
{
    /// <summary>200 ms, 100 000 statements, 4 MiB, recursion depth 64: far above what a tariff calculation needs.</summary>
    public static ScriptLimits Default { get; } = new(TimeSpan.FromMilliseconds(200), 100_000, 4L * 1024 * 1024, 64);
}
