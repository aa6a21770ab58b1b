using Perizinan.Rules.Model;
using Perizinan.Rules.Syntax.Tree;

namespace Perizinan.Rules.Syntax;

/// <summary>Items: rules with their effects, checks and warnings, function declarations.</summary>
internal sealed partial class Parser
{
    private static readonly (string Id, string En) ExpectedItem =
        ("'rule', 'check', 'warn' atau 'function'", "'rule', 'check', 'warn' or 'function'");

    private static readonly (string Id, string En) ExpectedEffect =
        ("'show', 'require', 'set' atau 'fee'", "'show', 'require', 'set' or 'fee'");

    private static readonly (string Id, string En) ExpectedEffectOrEnd =
        ("'show', 'require', 'set', 'fee' atau 'end'", "'show', 'require', 'set', 'fee' or 'end'");

    private static readonly (string Id, string En) ExpectedWhenOrThen = ("'when' atau 'then'", "'when' or 'then'");

    private static readonly (string Id, string En) ExpectedRuleName =
        ("nama aturan dalam tanda kutip", "the rule name in quotes");

    private static readonly (string Id, string En) ExpectedField = ("nama field", "a field name");

    private static readonly (string Id, string En) ExpectedFeeId = ("id biaya", "a fee id");

    private static readonly (string Id, string En) ExpectedFunctionName = ("nama fungsi", "a function name");

    private static readonly (string Id, string En) ExpectedParameterName = ("nama parameter", "a parameter name");

    private static readonly (string Id, string En) ExpectedText = ("teks dalam tanda kutip", "a text in quotes");

    private static readonly (string Id, string En) ExpectedType =
        ("tipe (number, text, bool, date atau list)", "a type (number, text, bool, date or list)");

    private RulesFileSyntax ParseFile(TextSpan span)
    {
        var items = new List<ItemSyntax>();
        while (Current.Kind != TokenKind.EndOfFile)
        {
            switch (Current.Kind)
            {
                case TokenKind.Rule:
                    items.Add(ParseRule());
                    break;
                case TokenKind.Check or TokenKind.Warn:
                    items.Add(ParseCheck());
                    break;
                case TokenKind.Function:
                    items.Add(ParseFunction());
                    break;
                default:
                    ReportExpected(ExpectedItem);
                    SkipPastThenUntil(AtItemStart);
                    break;
            }
        }

        return new RulesFileSyntax(items, span);
    }

    private RuleSyntax ParseRule()
    {
        var keyword = Next();
        var name = string.Empty;
        TextSpan nameSpan;
        if (Current.Kind == TokenKind.String)
        {
            var token = Next();
            name = (string)token.Value!;
            nameSpan = token.Span;
        }
        else
        {
            nameSpan = HereEmpty;
            ReportExpected(ExpectedRuleName);
        }

        ExpressionSyntax? condition = null;
        var hasWhen = Accept(TokenKind.When);
        if (hasWhen)
        {
            condition = ParseTopExpression();
        }

        if (!Accept(TokenKind.Then))
        {
            ReportExpected(hasWhen ? Quote(TokenKind.Then) : ExpectedWhenOrThen);
            SkipUntil(() => Current.Kind is TokenKind.Then or TokenKind.End || AtEffectStart() || AtItemStart());
            Accept(TokenKind.Then);
        }

        var effects = ParseEffects();
        return new RuleSyntax(name, nameSpan, condition, effects, SpanFrom(keyword.Span));
    }

    private List<EffectSyntax> ParseEffects()
    {
        var effects = new List<EffectSyntax>();
        while (true)
        {
            if (AtEffectStart())
            {
                effects.Add(ParseEffect());
                continue;
            }

            if (Current.Kind == TokenKind.End)
            {
                if (effects.Count == 0)
                {
                    ReportExpected(ExpectedEffect);
                }

                Next();
                return effects;
            }

            if (Current.Kind == TokenKind.EndOfFile || AtItemStart())
            {
                // The rule lacks its `end`; the next item is parsed normally.
                ReportExpected(effects.Count == 0 ? ExpectedEffectOrEnd : Quote(TokenKind.End));
                return effects;
            }

            ReportExpected(ExpectedEffectOrEnd);
            SkipPastThenUntil(() => Current.Kind == TokenKind.End || AtEffectStart() || AtItemStart());
        }
    }

    private EffectSyntax ParseEffect()
    {
        var keyword = Next();
        switch (keyword.Kind)
        {
            case TokenKind.Show:
                return new ShowEffectSyntax(ParseTargetPath(), SpanFrom(keyword.Span));
            case TokenKind.Require:
                return new RequireEffectSyntax(ParseTargetPath(), SpanFrom(keyword.Span));
            case TokenKind.Set:
            {
                var target = ParseTargetPath();
                Expect(TokenKind.Equal);
                var value = ParseTopExpression();
                return new SetEffectSyntax(target, value, SpanFrom(keyword.Span));
            }

            default:
            {
                var feeId = string.Empty;
                var feeIdSpan = HereEmpty;
                if (Current.Kind == TokenKind.Identifier)
                {
                    var token = Next();
                    feeId = token.Text;
                    feeIdSpan = token.Span;
                }
                else
                {
                    ReportExpected(ExpectedFeeId);
                }

                Expect(TokenKind.Equal);
                var amount = ParseTopExpression();
                return new FeeEffectSyntax(feeId, feeIdSpan, amount, SpanFrom(keyword.Span));
            }
        }
    }

    /// <summary>The field an effect or a check is about; an empty path (after an error) when there is none.</summary>
    private PathSyntax ParseTargetPath()
    {
        if (Current.Kind == TokenKind.Identifier)
        {
            return ParsePath();
        }

        ReportExpected(ExpectedField);
        return new PathSyntax(string.Empty, HereEmpty);
    }

    private CheckSyntax ParseCheck()
    {
        var keyword = Next();
        var subject = ParseTargetPath();
        Expect(TokenKind.Colon);
        var condition = ParseTopExpression();
        Expect(TokenKind.Else);
        string messageId, messageEn;
        if (AtContextual("en") && Peek(1).Kind == TokenKind.String && Peek(2).Kind == TokenKind.Identifier && Peek(2).Text == "id")
        {
            // Both messages given, English first: one error, and both messages are kept.
            ReportExpected(("'id'", "'id'"));
            Next();
            messageEn = ExpectText();
            Next();
            messageId = ExpectText();
        }
        else
        {
            ExpectContextual("id");
            messageId = ExpectText();
            ExpectContextual("en");
            messageEn = ExpectText();
        }

        return new CheckSyntax(keyword.Kind == TokenKind.Warn, subject, condition, messageId, messageEn, SpanFrom(keyword.Span));
    }

    private bool AtContextual(string word) => Current.Kind == TokenKind.Identifier && Current.Text == word;

    private void ExpectContextual(string word)
    {
        if (AtContextual(word))
        {
            Next();
            return;
        }

        ReportExpected(($"'{word}'", $"'{word}'"));
    }

    private string ExpectText()
    {
        if (Current.Kind == TokenKind.String)
        {
            return (string)Next().Value!;
        }

        ReportExpected(ExpectedText);
        return string.Empty;
    }

    private FunctionDeclarationSyntax ParseFunction()
    {
        var keyword = Next();
        var name = string.Empty;
        var nameSpan = HereEmpty;
        if (Current.Kind == TokenKind.Identifier)
        {
            var token = Next();
            name = token.Text;
            nameSpan = token.Span;
        }
        else
        {
            ReportExpected(ExpectedFunctionName);
        }

        var parameters = new List<ParameterSyntax>();

        // `function f a: text): number` still reads its parameters after reporting the missing '('.
        var open = Expect(TokenKind.OpenParen);
        if (open || (Current.Kind == TokenKind.Identifier && Peek(1).Kind == TokenKind.Colon))
        {
            if (Current.Kind != TokenKind.CloseParen)
            {
                do
                {
                    parameters.Add(ParseParameter());
                }
                while (Accept(TokenKind.Comma));
            }

            Expect(TokenKind.CloseParen);
        }

        Expect(TokenKind.Colon);
        var returns = ParseType();
        return new FunctionDeclarationSyntax(name, nameSpan, parameters, returns, SpanFrom(keyword.Span));
    }

    private ParameterSyntax ParseParameter()
    {
        var start = HereEmpty;
        var name = string.Empty;
        if (Current.Kind == TokenKind.Identifier)
        {
            name = Next().Text;
        }
        else
        {
            ReportExpected(ExpectedParameterName);
        }

        Expect(TokenKind.Colon);
        var type = ParseType();
        return new ParameterSyntax(name, type, SpanFrom(start));
    }

    private TypeSyntax ParseType()
    {
        if (Current.Kind != TokenKind.Identifier)
        {
            ReportExpected(ExpectedType);
            return new TypeSyntax(DslType.Any, HereEmpty);
        }

        var token = Next();
        var type = SyntaxFacts.TypeFromName(token.Text);
        if (type is null)
        {
            Error("PZR1003", token.Span,
                $"Tipe '{token.Text}' tidak dikenal; yang boleh: number, text, bool, date atau list",
                $"Unknown type '{token.Text}'; expected number, text, bool, date or list");
        }

        return new TypeSyntax(type ?? DslType.Any, token.Span);
    }
}
