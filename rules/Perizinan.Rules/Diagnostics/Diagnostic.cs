namespace Perizinan.Rules.Diagnostics;

/// <summary>
/// A problem found in a form package or a rules file, with a stable code (e.g. <c>PZR2001</c>), the place it was
/// found and a message in Indonesian and English. Authors' mistakes are reported as diagnostics, never thrown.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, SourceLocation Location, string MessageId, string MessageEn)
{
    /// <summary>Whether this diagnostic stops the package from running.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>The compiler-style line, e.g. <c>rules.pzr(4,18): error PZR2003: ...</c>, in the given language.</summary>
    public string Format(string language = "id") =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {(language == "en" ? MessageEn : MessageId)}";

    /// <inheritdoc />
    public override string ToString() => Format("en");
}
