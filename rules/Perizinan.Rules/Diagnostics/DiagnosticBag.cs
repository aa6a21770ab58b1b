namespace Perizinan.Rules.Diagnostics;

/// <summary>Collects diagnostics while a stage runs. Not thread-safe: one per compilation.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The diagnostics so far, in the order they were reported.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>Whether any error was reported.</summary>
    public bool HasErrors => _items.Exists(d => d.IsError);

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Adds an error.</summary>
    public void Error(string code, SourceLocation at, string messageId, string messageEn) =>
        _items.Add(new Diagnostic(code, Severity.Error, at, messageId, messageEn));

    /// <summary>Adds a warning.</summary>
    public void Warning(string code, SourceLocation at, string messageId, string messageEn) =>
        _items.Add(new Diagnostic(code, Severity.Warning, at, messageId, messageEn));

    /// <summary>Adds every diagnostic of another list.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
