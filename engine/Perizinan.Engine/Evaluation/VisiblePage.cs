namespace Perizinan.Engine.Evaluation;

/// <summary>A page of the form that has at least one visible question, with its visible sections.</summary>
public sealed record VisiblePage(string Id, LocalizedMessage Title, IReadOnlyList<string> Sections);
