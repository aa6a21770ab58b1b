using System.Runtime.CompilerServices;
using System.Text;
using Perizinan.Rules.Model;
using Perizinan.Rules.Syntax.Tree;
using Parsed = (Perizinan.Rules.Syntax.Tree.ExpressionSyntax Node, int Height);

namespace Perizinan.Rules.Syntax;

/// <summary>
/// Expressions, loosest first: or; and; not; comparisons, in, is empty (non-associative); + -; * / %; unary -;
/// primaries. Every method returns the node with the height of its tree so that the height can be bounded too:
/// a long flat chain such as <c>a + a + … + a</c> is built by a loop here but would be walked recursively later.
/// </summary>
internal sealed partial class Parser
{
    private static readonly (string Id, string En) ExpectedExpression = ("ekspresi", "an expression");

    private static readonly (string Id, string En) ExpectedNameAfterDot = ("nama setelah '.'", "a name after '.'");

    private readonly StringBuilder _pathBuilder = new();
    private int _depth;
    private bool _heightReported;

    /// <summary>An expression that stands on its own (a condition, a value or an amount).</summary>
    private ExpressionSyntax ParseTopExpression()
    {
        _heightReported = false;
        return ParseNested().Node;
    }

    /// <summary>A full expression, one level deeper than the caller (parentheses, arguments, list items, if parts).</summary>
    private Parsed ParseNested()
    {
        if (!TryEnter())
        {
            return (new MissingSyntax(HereEmpty), 1);
        }

        var result = ParseOr();
        _depth--;
        return result;
    }

    /// <summary>
    /// Goes one level deeper, or reports PZR1006 and skips the rest of the nested expression when the limit (or the
    /// stack) is reached. Skipping consumes at least one token whenever the current token can start an expression.
    /// </summary>
    private bool TryEnter()
    {
        if (_depth < MaxDepth && RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth++;
            return true;
        }

        ReportTooDeep(Current.Span);

        // The enclosing nodes are then too high as well; one report per expression is enough.
        _heightReported = true;
        SkipNested();
        return false;
    }

    private void ReportTooDeep(TextSpan at) =>
        Error("PZR1006", at,
            $"Ekspresi bersarang terlalu dalam (lebih dari {MaxDepth} tingkat); pecah menjadi beberapa aturan atau nilai",
            $"Expression nested too deeply (more than {MaxDepth} levels); split it into several rules or values");

    /// <summary>Skips the rest of an expression that is too deep: up to a closing bracket of an outer level or a word that ends expressions.</summary>
    private void SkipNested()
    {
        var balance = 0;
        while (Current.Kind != TokenKind.EndOfFile)
        {
            switch (Current.Kind)
            {
                case TokenKind.OpenParen or TokenKind.OpenBracket:
                    balance++;
                    break;
                case TokenKind.CloseParen or TokenKind.CloseBracket:
                    if (balance == 0)
                    {
                        return;
                    }

                    balance--;
                    break;
                case TokenKind.Then or TokenKind.Else or TokenKind.End or TokenKind.Comma or TokenKind.Colon
                    or TokenKind.Show or TokenKind.Require or TokenKind.Set or TokenKind.Fee
                    or TokenKind.Rule or TokenKind.Check or TokenKind.Warn or TokenKind.Function:
                    if (balance == 0)
                    {
                        return;
                    }

                    break;
            }

            Next();
        }
    }

    /// <summary>Builds a node of the given height, or keeps <paramref name="fallback"/> when the tree would be too high.</summary>
    private Parsed Make(ExpressionSyntax node, int height, Parsed fallback, TextSpan at)
    {
        if (height <= MaxDepth)
        {
            return (node, height);
        }

        if (!_heightReported)
        {
            _heightReported = true;
            ReportTooDeep(at);
        }

        return fallback;
    }

    private Parsed Binary(BinaryOperator op, Parsed left, Parsed right, Token operatorToken) =>
        Make(
            new BinarySyntax(op, left.Node, right.Node, TextSpan.Cover(left.Node.Span, right.Node.Span)),
            1 + Math.Max(left.Height, right.Height),
            left,
            operatorToken.Span);

    private Parsed ParseOr()
    {
        var left = ParseAnd();
        while (Current.Kind == TokenKind.Or)
        {
            var op = Next();
            left = Binary(BinaryOperator.Or, left, ParseAnd(), op);
        }

        return left;
    }

    private Parsed ParseAnd()
    {
        var left = ParseNot();
        while (Current.Kind == TokenKind.And)
        {
            var op = Next();
            left = Binary(BinaryOperator.And, left, ParseNot(), op);
        }

        return left;
    }

    private Parsed ParseNot()
    {
        if (Current.Kind != TokenKind.Not)
        {
            return ParseComparison();
        }

        var op = Next();
        if (!TryEnter())
        {
            return (new MissingSyntax(HereEmpty), 1);
        }

        var operand = ParseNot();
        _depth--;
        return Make(
            new UnarySyntax(UnaryOperator.Not, operand.Node, TextSpan.Cover(op.Span, operand.Node.Span)),
            operand.Height + 1,
            operand,
            op.Span);
    }

    private static BinaryOperator? ComparisonOperator(TokenKind kind) => kind switch
    {
        TokenKind.Equal => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
        TokenKind.Greater => BinaryOperator.Greater,
        TokenKind.GreaterOrEqual => BinaryOperator.GreaterOrEqual,
        _ => null,
    };

    private Parsed ParseComparison()
    {
        var left = ParseAdditive();
        var isFirst = true;
        while (true)
        {
            var opToken = Current;
            var isComparison = ComparisonOperator(opToken.Kind) is not null || opToken.Kind is TokenKind.In or TokenKind.Is
                || (opToken.Kind == TokenKind.Not && Peek(1).Kind == TokenKind.In);
            if (!isComparison)
            {
                return left;
            }

            if (!isFirst)
            {
                // Reported before the right operand is read, so that errors come in source order.
                Error("PZR1003", opToken.Span,
                    "Perbandingan tidak dapat dirangkai; gunakan 'and', mis. 'a < b and b < c'",
                    "Comparisons cannot be chained; use 'and', e.g. 'a < b and b < c'");
            }

            Parsed result;
            if (ComparisonOperator(opToken.Kind) is { } op)
            {
                Next();
                result = Binary(op, left, ParseAdditive(), opToken);
            }
            else if (opToken.Kind is TokenKind.In or TokenKind.Not)
            {
                var negated = opToken.Kind == TokenKind.Not;
                Next();
                if (negated)
                {
                    Next();
                }

                var items = ParseAdditive();
                result = Make(
                    new InSyntax(left.Node, items.Node, negated, TextSpan.Cover(left.Node.Span, items.Node.Span)),
                    1 + Math.Max(left.Height, items.Height),
                    left,
                    opToken.Span);
            }
            else
            {
                Next(); // 'is'
                var negated = Accept(TokenKind.Not);
                Expect(TokenKind.Empty);
                result = Make(
                    new IsEmptySyntax(left.Node, negated, SpanFrom(left.Node.Span)),
                    left.Height + 1,
                    left,
                    opToken.Span);
            }

            isFirst = false;
            left = result;
        }
    }

    private Parsed ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Next();
            var right = ParseMultiplicative();
            left = Binary(op.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract, left, right, op);
        }

        return left;
    }

    private Parsed ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash or TokenKind.Percent)
        {
            var op = Next();
            var right = ParseUnary();
            var kind = op.Kind switch
            {
                TokenKind.Star => BinaryOperator.Multiply,
                TokenKind.Slash => BinaryOperator.Divide,
                _ => BinaryOperator.Remainder,
            };
            left = Binary(kind, left, right, op);
        }

        return left;
    }

    private Parsed ParseUnary()
    {
        if (Current.Kind != TokenKind.Minus)
        {
            return ParsePrimary();
        }

        // `-5` stays a negation of 5: the binder folds it, and the printer prints it back the same way.
        var op = Next();
        if (!TryEnter())
        {
            return (new MissingSyntax(HereEmpty), 1);
        }

        var operand = ParseUnary();
        _depth--;
        return Make(
            new UnarySyntax(UnaryOperator.Negate, operand.Node, TextSpan.Cover(op.Span, operand.Node.Span)),
            operand.Height + 1,
            operand,
            op.Span);
    }

    /// <summary>Whether a token can begin an expression (used to guess a missing comma).</summary>
    private static bool CanStartExpression(TokenKind kind) => kind is TokenKind.Number or TokenKind.String
        or TokenKind.True or TokenKind.False or TokenKind.Empty or TokenKind.Identifier or TokenKind.OpenParen
        or TokenKind.OpenBracket or TokenKind.If or TokenKind.Minus or TokenKind.Not;

    private Parsed ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Next();
                return (new LiteralSyntax(Value.Number((decimal)token.Value!), token.Span), 1);
            case TokenKind.String:
                Next();
                return (new LiteralSyntax(Value.Text((string)token.Value!), token.Span), 1);
            case TokenKind.True or TokenKind.False:
                Next();
                return (new LiteralSyntax(Value.Bool(token.Kind == TokenKind.True), token.Span), 1);
            case TokenKind.Empty:
                Next();
                return (new LiteralSyntax(Value.Empty, token.Span), 1);
            case TokenKind.Identifier when Peek(1).Kind == TokenKind.OpenParen:
                return ParseCall();
            case TokenKind.Identifier:
                return (ParsePath(), 1);
            case TokenKind.OpenParen:
            {
                // Parentheses leave no node: the printer puts back the ones precedence needs.
                Next();
                var inner = ParseNested();
                Expect(TokenKind.CloseParen);
                return inner;
            }

            case TokenKind.OpenBracket:
                return ParseList();
            case TokenKind.If:
                return ParseIf();
            default:
                ReportExpected(ExpectedExpression);
                return (new MissingSyntax(HereEmpty), 1);
        }
    }

    /// <summary>A path, starting at an identifier: segments after a dot may be any word, keywords included.</summary>
    private PathSyntax ParsePath()
    {
        var first = Next();
        if (Current.Kind is not (TokenKind.Dot or TokenKind.OpenBracket))
        {
            return new PathSyntax(first.Text, first.Span);
        }

        _pathBuilder.Clear().Append(first.Text);
        while (true)
        {
            if (Current.Kind == TokenKind.Dot)
            {
                Next();
                if (!SyntaxFacts.IsWord(Current.Kind))
                {
                    ReportExpected(ExpectedNameAfterDot);
                    break;
                }

                _pathBuilder.Append('.').Append(Next().Text);
            }
            else if (Current.Kind == TokenKind.OpenBracket && Peek(1).Kind == TokenKind.CloseBracket)
            {
                Next();
                Next();
                _pathBuilder.Append("[]");
            }
            else
            {
                break;
            }
        }

        return new PathSyntax(_pathBuilder.ToString(), SpanFrom(first.Span));
    }

    private Parsed ParseCall()
    {
        var name = Next();
        Next(); // '('
        var (arguments, height) = ParseSequence(TokenKind.CloseParen);
        var call = new CallSyntax(name.Text, name.Span, arguments, SpanFrom(name.Span));
        return Make(call, height + 1, (call with { Arguments = [] }, 1), name.Span);
    }

    private Parsed ParseList()
    {
        var open = Next();
        var (items, height) = ParseSequence(TokenKind.CloseBracket);
        var list = new ListSyntax(items, SpanFrom(open.Span));
        return Make(list, height + 1, (list with { Items = [] }, 1), open.Span);
    }

    /// <summary>
    /// Comma-separated expressions up to and including <paramref name="close"/> (the opener is already consumed).
    /// A missing comma between two expressions is reported and the list goes on.
    /// </summary>
    private (List<ExpressionSyntax> Items, int Height) ParseSequence(TokenKind close)
    {
        var items = new List<ExpressionSyntax>();
        var height = 0;
        var expected = Quote(close);
        var expectedMore = ($"',' atau {expected.Id}", $"',' or {expected.En}");
        if (Accept(close))
        {
            return (items, height);
        }

        while (true)
        {
            var item = ParseNested();
            items.Add(item.Node);
            height = Math.Max(height, item.Height);
            if (Accept(TokenKind.Comma))
            {
                continue;
            }

            if (Accept(close))
            {
                return (items, height);
            }

            ReportExpected(expectedMore);
            if (!CanStartExpression(Current.Kind))
            {
                return (items, height);
            }
        }
    }

    private Parsed ParseIf()
    {
        var keyword = Next();
        var condition = ParseNested();
        Expect(TokenKind.Then);
        var whenTrue = ParseNested();
        Expect(TokenKind.Else);
        var whenFalse = ParseNested();
        Expect(TokenKind.End);
        var node = new IfSyntax(condition.Node, whenTrue.Node, whenFalse.Node, SpanFrom(keyword.Span));
        var height = 1 + Math.Max(condition.Height, Math.Max(whenTrue.Height, whenFalse.Height));
        return Make(node, height, (new MissingSyntax(keyword.Span), 1), keyword.Span);
    }
}
