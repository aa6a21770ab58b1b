using FsCheck;
using FsCheck.Fluent;
using Perizinan.Rules.Model;
using Perizinan.Rules.Syntax;
using Perizinan.Rules.Syntax.Tree;

namespace Perizinan.Rules.Tests.Syntax;

/// <summary>
/// FsCheck generators of well-formed syntax trees (every span is <c>default</c>): the trees the parser can produce
/// from a valid file. Numbers are non-negative (a negative number is written as a negation) and texts hold only
/// characters a text literal can express.
/// </summary>
internal static class SyntaxGenerators
{
    private static readonly TextSpan NoSpan = default;

    private static readonly string[] Names = ["a", "luas", "pemohon", "x_1", "_tmp", "id", "en", "number", "text", "date", "list", "Nik", "endx"];

    // After a dot any word is a segment, keywords included.
    private static readonly string[] Segments =
        [.. Names, "end", "rule", "show", "if", "then", "else", "not", "in", "is", "empty", "true", "or", "function"];

    private static readonly char[] TextChars = [.. "abcXYZ 09_-.#'\"\\\n\té€m²😀"];

    private static readonly BinaryOperator[] BinaryOperators = Enum.GetValues<BinaryOperator>();

    private static readonly DslType[] Types = [DslType.Number, DslType.Text, DslType.Bool, DslType.Date, DslType.List];

    public static Gen<string> Name { get; } = Gen.Elements(Names);

    public static Gen<string> SafeText { get; } =
        Gen.Sized(size => Gen.Choose(0, Math.Min(size, 12)))
            .SelectMany(length => Gen.ArrayOf(Gen.Elements(TextChars), length))
            .Select(chars => new string(chars));

    public static Gen<decimal> Number { get; } = Gen.OneOf(
        Gen.Choose(0, 2_000_000).Select(n => (decimal)n),
        Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, 6)).Select(t => new decimal(t.Item1, 0, 0, false, (byte)t.Item2)),
        Gen.Elements(0m, 0.0m, 1.50m, 79228162514264337593543950335m, 0.0000000000000000000000000001m));

    public static Gen<PathSyntax> Path { get; } =
        Gen.Zip(Name, Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.OneOf(Gen.Elements(Segments).Select(s => "." + s), Gen.Constant("[]")), n)))
            .Select(t => new PathSyntax(t.Item1 + string.Concat(t.Item2), NoSpan));

    public static Gen<ExpressionSyntax> Expression { get; } = Gen.Sized(size => ExpressionOfSize(Math.Min(size, 40)));

    public static Gen<RulesFileSyntax> File { get; } =
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, Math.Min(size / 10, 4))))
            .SelectMany(count => Gen.ArrayOf(Item, count))
            .Select(items => new RulesFileSyntax(items, NoSpan));

    private static Gen<ItemSyntax> Item => Gen.OneOf(Rule, Check, Function);

    private static Gen<ExpressionSyntax> Leaf => Gen.OneOf(
        Number.Select(n => (ExpressionSyntax)new LiteralSyntax(Value.Number(n), NoSpan)),
        SafeText.Select(s => (ExpressionSyntax)new LiteralSyntax(Value.Text(s), NoSpan)),
        Gen.Elements(Value.True, Value.False, Value.Empty).Select(v => (ExpressionSyntax)new LiteralSyntax(v, NoSpan)),
        Path.Select(p => (ExpressionSyntax)p));

    private static Gen<ExpressionSyntax> ExpressionOfSize(int size)
    {
        if (size <= 0)
        {
            return Leaf;
        }

        var half = Gen.Fresh(() => ExpressionOfSize(size / 2)).SelectMany(g => g);
        var third = Gen.Fresh(() => ExpressionOfSize(size / 3)).SelectMany(g => g);
        var smaller = Gen.Fresh(() => ExpressionOfSize(size - 1)).SelectMany(g => g);
        var list = Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(third, n))
            .Select(items => (ExpressionSyntax)new ListSyntax(items, NoSpan));

        return Gen.Frequency(
        [
            (2, Leaf),
            (6, from op in Gen.Elements(BinaryOperators)
                from left in half
                from right in half
                select (ExpressionSyntax)new BinarySyntax(op, left, right, NoSpan)),
            (2, from op in Gen.Elements(UnaryOperator.Not, UnaryOperator.Negate)
                from operand in smaller
                select (ExpressionSyntax)new UnarySyntax(op, operand, NoSpan)),
            (1, from name in Name
                from arguments in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(third, n))
                select (ExpressionSyntax)new CallSyntax(name, NoSpan, arguments, NoSpan)),
            (1, list),
            (1, from condition in third
                from whenTrue in third
                from whenFalse in third
                select (ExpressionSyntax)new IfSyntax(condition, whenTrue, whenFalse, NoSpan)),
            (2, from operand in half
                from items in Gen.OneOf(list, Path.Select(p => (ExpressionSyntax)p), half)
                from negated in Gen.Elements(true, false)
                select (ExpressionSyntax)new InSyntax(operand, items, negated, NoSpan)),
            (1, from operand in smaller
                from negated in Gen.Elements(true, false)
                select (ExpressionSyntax)new IsEmptySyntax(operand, negated, NoSpan)),
        ]);
    }

    private static Gen<EffectSyntax> Effect => Gen.OneOf(
        Path.Select(p => (EffectSyntax)new ShowEffectSyntax(p, NoSpan)),
        Path.Select(p => (EffectSyntax)new RequireEffectSyntax(p, NoSpan)),
        from target in Path
        from value in Expression
        select (EffectSyntax)new SetEffectSyntax(target, value, NoSpan),
        from id in Name
        from amount in Expression
        select (EffectSyntax)new FeeEffectSyntax(id, NoSpan, amount, NoSpan));

    private static Gen<ItemSyntax> Rule =>
        from name in SafeText
        from condition in Gen.OneOf(Gen.Constant<ExpressionSyntax?>(null), Expression.Select(e => (ExpressionSyntax?)e))
        from effects in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Effect, n))
        select (ItemSyntax)new RuleSyntax(name, NoSpan, condition, effects, NoSpan);

    private static Gen<ItemSyntax> Check =>
        from isWarning in Gen.Elements(true, false)
        from subject in Path
        from condition in Expression
        from messageId in SafeText
        from messageEn in SafeText
        select (ItemSyntax)new CheckSyntax(isWarning, subject, condition, messageId, messageEn, NoSpan);

    private static Gen<ItemSyntax> Function =>
        from name in Name
        from parameters in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Parameter, n))
        from returns in Gen.Elements(Types)
        select (ItemSyntax)new FunctionDeclarationSyntax(name, NoSpan, parameters, new TypeSyntax(returns, NoSpan), NoSpan);

    private static Gen<ParameterSyntax> Parameter =>
        Gen.Zip(Name, Gen.Elements(Types)).Select(t => new ParameterSyntax(t.Item1, new TypeSyntax(t.Item2, NoSpan), NoSpan));

    /// <summary>Random token soups drawn from the language's vocabulary (and some junk), separated by random space.</summary>
    public static Gen<string> TokenSoup { get; } =
        Gen.Sized(size => Gen.Choose(0, size * 3))
            .SelectMany(count => Gen.ArrayOf(Gen.Zip(Gen.Elements(SoupWords), Gen.Elements(" ", "", "\n", "  ", "\t", "\r\n")), count))
            .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));

    private static readonly string[] SoupWords =
    [
        "rule", "when", "then", "end", "show", "require", "set", "fee", "check", "warn", "else", "function", "and",
        "or", "not", "in", "is", "empty", "true", "false", "if", "id", "en", "number", "text", "bool", "date", "list",
        "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", "(", ")", "[", "]", ",", ":", ".", "==",
        "a", "papan", "luas", "12", "1_500", "2.5", "1__0", "\"teks\"", "\"tidak ditutup", "\"\\q\"", "#komentar\n",
        "@", "é", "(((", ")))", "[]", "not not", "rule \"r\" then show a end",
    ];
}
