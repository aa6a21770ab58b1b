using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Syntax;
using Perizinan.Rules.Syntax.Tree;

namespace Perizinan.Rules.Tests.Syntax;

/// <summary>Short ways to lex and parse a text in tests.</summary>
internal static class SyntaxTestHelper
{
    public static (RulesFileSyntax File, IReadOnlyList<Diagnostic> Diagnostics) ParseFile(string text, string fileName = "test.pzr")
    {
        var bag = new DiagnosticBag();
        var file = Parser.Parse(new SourceText(text, fileName), bag);
        return (file, bag.Items);
    }

    public static (ExpressionSyntax Expression, IReadOnlyList<Diagnostic> Diagnostics) ParseExpression(string text)
    {
        var bag = new DiagnosticBag();
        var expression = Parser.ParseExpression(new SourceText(text, "expr.pzr"), bag);
        return (expression, bag.Items);
    }

    /// <summary>The span-free dump of an expression that must parse without diagnostics.</summary>
    public static string DumpValid(string expressionText)
    {
        var (expression, diagnostics) = ParseExpression(expressionText);
        Assert.Empty(diagnostics);
        return SyntaxDump.Dump(expression);
    }

    public static (IReadOnlyList<Token> Tokens, IReadOnlyList<Diagnostic> Diagnostics) Lex(string text)
    {
        var bag = new DiagnosticBag();
        var tokens = Lexer.Tokenize(new SourceText(text, "lex.pzr"), bag);
        return (tokens, bag.Items);
    }

    public static string[] Format(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => d.Format("en")).ToArray();
}
