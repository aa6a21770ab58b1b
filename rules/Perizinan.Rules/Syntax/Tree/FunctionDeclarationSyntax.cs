namespace Perizinan.Rules.Syntax.Tree;

/// <summary><c>function name(param: type, …): type</c> — a function implemented in the package's functions.js.</summary>
public sealed record FunctionDeclarationSyntax(string Name, TextSpan NameSpan, IReadOnlyList<ParameterSyntax> Parameters, TypeSyntax Returns, TextSpan Span)
    : ItemSyntax(Span);
