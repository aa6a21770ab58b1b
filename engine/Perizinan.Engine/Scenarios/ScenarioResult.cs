namespace Perizinan.Engine.Scenarios;

/// <summary>The outcome of one scenario: its name and file, and each expectation that did not hold (none when it passed).</summary>
public sealed record ScenarioResult(string File, string Name, IReadOnlyList<string> Failures)
{
    /// <summary>Whether every expectation held.</summary>
    public bool Passed => Failures.Count == 0;
}
