namespace Perizinan.Rules.Diagnostics;

/// <summary>How serious a diagnostic is. A package with any error never runs.</summary>
public enum Severity
{
    /// <summary>Worth a look; the package still runs.</summary>
    Warning,
    /// <summary>The package cannot run until this is fixed.</summary>
    Error,
}
