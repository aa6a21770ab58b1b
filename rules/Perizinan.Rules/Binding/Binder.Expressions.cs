using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;
using Perizinan.Rules.Model.Bound;
using Perizinan.Rules.Syntax;
using Perizinan.Rules.Syntax.Tree;

namespace Perizinan.Rules.Binding;

/// <summary>Binding of expressions: names, types, aggregates.</summary>
internal sealed partial class Binder
{
    private static readonly HashSet<string> AggregateNames = new(StringComparer.Ordinal) { "count", "sum", "any", "all", "min", "max" };

    private BoundExpression BindExpression(ExpressionSyntax syntax) => syntax switch
    {
        LiteralSyntax literal => new BoundLiteral(literal.Value, TypeOf(literal.Value), literal.Span),
        PathSyntax path => BindPath(path),
        UnarySyntax unary => BindUnary(unary),
        BinarySyntax binary => BindBinary(binary),
        InSyntax @in => BindIn(@in),
        IsEmptySyntax isEmpty => new BoundIsEmpty(BindExpression(isEmpty.Operand), isEmpty.Negated, isEmpty.Span),
        CallSyntax call => BindCall(call),
        IfSyntax @if => BindIf(@if),
        ListSyntax list => BindStrayList(list),
        _ => ErrorValue(syntax.Span),
    };

    private static DslType TypeOf(Value value) => value.Kind switch
    {
        ValueKind.Number => DslType.Number,
        ValueKind.Text => DslType.Text,
        ValueKind.Bool => DslType.Bool,
        ValueKind.Date => DslType.Date,
        ValueKind.List => DslType.List,
        _ => DslType.Any,
    };

    private static BoundLiteral ErrorValue(TextSpan span) => new(Value.Empty, DslType.Any, span);

    private BoundExpression BindPath(PathSyntax path)
    {
        if (!TryLookup(path, out var field))
        {
            return ErrorValue(path.Span);
        }

        if (field.Shape != FieldShape.Value)
        {
            GroupAsValue(path.Span, field);
            return ErrorValue(path.Span);
        }

        if (field.RepeatPath is { } repeat)
        {
            if (_aggregateScope is { } scope)
            {
                if (scope.Repeat is null)
                {
                    scope.Repeat = repeat;
                }
                else if (!string.Equals(scope.Repeat, repeat, StringComparison.Ordinal))
                {
                    Error("PZR2008", path.Span,
                        $"Satu agregat hanya bisa membaca baris dari satu kelompok berulang ('{scope.Repeat}'), bukan juga '{repeat}'.",
                        $"One aggregate can read rows of one repeating group only ('{scope.Repeat}'), not also '{repeat}'.");
                }
            }
            else
            {
                EnterRowScope(repeat, path.Span);
            }
        }

        return new BoundField(field, path.Span);
    }

    private BoundExpression BindUnary(UnarySyntax unary)
    {
        var operand = BindExpression(unary.Operand);
        if (unary.Operator == UnaryOperator.Not)
        {
            ExpectType(operand, DslType.Bool, unary.Operand.Span);
            return new BoundUnary(UnaryOperator.Not, operand, DslType.Bool, unary.Span);
        }

        ExpectType(operand, DslType.Number, unary.Operand.Span);
        if (operand is BoundLiteral { Value.Kind: ValueKind.Number } literal)
        {
            return new BoundLiteral(Value.Number(-literal.Value.AsNumber), DslType.Number, unary.Span);
        }

        return new BoundUnary(UnaryOperator.Negate, operand, DslType.Number, unary.Span);
    }

    private BoundExpression BindBinary(BinarySyntax binary)
    {
        var left = BindExpression(binary.Left);
        var right = BindExpression(binary.Right);
        switch (binary.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                ExpectType(left, DslType.Bool, binary.Left.Span);
                ExpectType(right, DslType.Bool, binary.Right.Span);
                return new BoundBinary(binary.Operator, left, right, DslType.Bool, binary.Span);

            case BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Remainder:
                ExpectType(left, DslType.Number, binary.Left.Span);
                ExpectType(right, DslType.Number, binary.Right.Span);
                return new BoundBinary(binary.Operator, left, right, DslType.Number, binary.Span);

            case BinaryOperator.Equal or BinaryOperator.NotEqual:
                ExpectSameType(left, right, binary);
                var negated = binary.Operator == BinaryOperator.NotEqual;
                CheckAllowedValue(left, right, negated);
                CheckAllowedValue(right, left, negated);
                return new BoundBinary(binary.Operator, left, right, DslType.Bool, binary.Span);

            default:
                ExpectSameType(left, right, binary);
                var type = left.Type == DslType.Any ? right.Type : left.Type;
                if (type is DslType.Bool or DslType.List)
                {
                    Error("PZR2003", binary.Span,
                        $"Nilai {TypeNames.Id(type)} tidak bisa dibandingkan dengan <, <=, > atau >=; pakai = atau !=.",
                        $"A {TypeNames.En(type)} value cannot be compared with <, <=, > or >=; use = or !=.");
                }

                return new BoundBinary(binary.Operator, left, right, DslType.Bool, binary.Span);
        }
    }

    private BoundExpression BindIn(InSyntax syntax)
    {
        var operand = BindExpression(syntax.Operand);
        if (syntax.Items is ListSyntax list)
        {
            var items = list.Items.Select(BindExpression).ToList();
            foreach (var item in items)
            {
                if (operand.Type != DslType.Any && item.Type != DslType.Any && item.Type != operand.Type)
                {
                    Mismatch(item.Span, operand.Type, item.Type);
                }

                CheckAllowedValue(operand, item, syntax.Negated);
            }

            return new BoundIn(operand, items, null, syntax.Negated, syntax.Span);
        }

        var listOperand = BindExpression(syntax.Items);
        ExpectType(listOperand, DslType.List, syntax.Items.Span);
        ExpectType(operand, DslType.Text, syntax.Operand.Span);
        CheckAllowedValue(listOperand, operand, syntax.Negated);
        return new BoundIn(operand, null, listOperand, syntax.Negated, syntax.Span);
    }

    private BoundExpression BindStrayList(ListSyntax list)
    {
        Error("PZR2003", list.Span,
            "Daftar [ … ] hanya boleh dipakai setelah 'in'.",
            "A list [ … ] can only be used after 'in'.");
        return ErrorValue(list.Span);
    }

    private BoundExpression BindIf(IfSyntax syntax)
    {
        var condition = BindCondition(syntax.Condition);
        var whenTrue = BindExpression(syntax.WhenTrue);
        var whenFalse = BindExpression(syntax.WhenFalse);
        if (whenTrue.Type != DslType.Any && whenFalse.Type != DslType.Any && whenTrue.Type != whenFalse.Type)
        {
            Mismatch(syntax.WhenFalse.Span, whenTrue.Type, whenFalse.Type);
        }

        var type = whenTrue.Type == DslType.Any ? whenFalse.Type : whenTrue.Type;
        return new BoundIf(condition, whenTrue, whenFalse, type, syntax.Span);
    }

    private BoundExpression BindCall(CallSyntax call)
    {
        if (AggregateNames.Contains(call.Name) && IsAggregateCall(call))
        {
            return BindAggregate(call);
        }

        if (!TryGetFunction(call.Name, out var function))
        {
            var suggestion = Suggestions.Closest(call.Name, BuiltinFunctions.All.Keys.Concat(_packageFunctions.Keys));
            Error("PZR2002", call.NameSpan,
                $"Fungsi '{call.Name}' tidak dikenal.{(suggestion is null ? string.Empty : $" Mungkin maksudnya '{suggestion}'?")}",
                $"Unknown function '{call.Name}'.{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")}");
            foreach (var argument in call.Arguments)
            {
                BindExpression(argument);
            }

            return ErrorValue(call.Span);
        }

        var arguments = call.Arguments.Select(BindExpression).ToList();
        if (!function.AcceptsArgumentCount(arguments.Count))
        {
            var min = function.MinArgs < 0 ? function.Parameters.Count : function.MinArgs;
            var expected = function.Variadic ? $"{min}+" : min == function.Parameters.Count ? $"{min}" : $"{min}–{function.Parameters.Count}";
            Error("PZR2004", call.Span,
                $"Fungsi '{call.Name}' menerima {expected} argumen, bukan {arguments.Count}.",
                $"The function '{call.Name}' takes {expected} argument(s), not {arguments.Count}.");
            return new BoundLiteral(Value.Empty, function.Returns, call.Span);
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            ExpectType(arguments[i], function.ParameterType(i), call.Arguments[i].Span);
        }

        return new BoundCall(function, arguments, call.Span);
    }

    private bool TryGetFunction(string name, out FunctionDefinition function) =>
        _packageFunctions.TryGetValue(name, out function!) || BuiltinFunctions.TryGet(name, out function!);

    /// <summary>
    /// <c>count</c>, <c>sum</c>, <c>any</c> and <c>all</c> always aggregate over rows; <c>min</c> and <c>max</c> do when their
    /// single argument mentions a row field (otherwise they are the plain functions on numbers).
    /// </summary>
    private bool IsAggregateCall(CallSyntax call)
    {
        if (call.Name is "count" or "sum" or "any" or "all")
        {
            return true;
        }

        return call.Arguments.Count == 1 && MentionsRows(call.Arguments[0]);
    }

    private bool MentionsRows(ExpressionSyntax syntax) => syntax switch
    {
        PathSyntax path => _catalog.TryGetField(path.Path, out var f) && f.RepeatPath is not null,
        UnarySyntax u => MentionsRows(u.Operand),
        BinarySyntax b => MentionsRows(b.Left) || MentionsRows(b.Right),
        InSyntax i => MentionsRows(i.Operand) || MentionsRows(i.Items),
        ListSyntax l => l.Items.Any(MentionsRows),
        IsEmptySyntax e => MentionsRows(e.Operand),
        CallSyntax c => c.Arguments.Any(MentionsRows),
        IfSyntax f => MentionsRows(f.Condition) || MentionsRows(f.WhenTrue) || MentionsRows(f.WhenFalse),
        _ => false,
    };

    private BoundExpression BindAggregate(CallSyntax call)
    {
        var kind = call.Name switch
        {
            "count" => AggregateKind.Count,
            "sum" => AggregateKind.Sum,
            "any" => AggregateKind.Any,
            "all" => AggregateKind.All,
            "min" => AggregateKind.Min,
            _ => AggregateKind.Max,
        };
        if (call.Arguments.Count != 1)
        {
            Error("PZR2004", call.Span,
                $"'{call.Name}' menerima tepat 1 argumen.",
                $"'{call.Name}' takes exactly 1 argument.");
            return ErrorValue(call.Span);
        }

        if (_aggregateScope is not null)
        {
            Error("PZR2008", call.Span,
                "Agregat tidak bisa berada di dalam agregat lain.",
                "An aggregate cannot be inside another aggregate.");
            return ErrorValue(call.Span);
        }

        var argument = call.Arguments[0];
        if (kind == AggregateKind.Count && argument is PathSyntax groupPath
            && _catalog.TryGetField(groupPath.Path, out var group) && group.Shape == FieldShape.Repeat)
        {
            return Register(new AggregateModel(_aggregates.Count, kind, group.Path, null, DslType.Number), call.Span);
        }

        _aggregateScope = new AggregateScope(call.Span);
        var errorsBefore = _diagnostics.Items.Count(d => d.IsError);
        var body = BindExpression(argument);
        var repeat = _aggregateScope.Repeat;
        _aggregateScope = null;
        if (repeat is null)
        {
            if (_diagnostics.Items.Count(d => d.IsError) > errorsBefore)
            {
                // The body already has an error (e.g. a misspelt field); one message is enough.
                return ErrorValue(call.Span);
            }

            Error("PZR2008", argument.Span,
                $"'{call.Name}' harus membaca isian baris dari kelompok berulang, misalnya {call.Name}(papan[].luas).",
                $"'{call.Name}' must read a row field of a repeating group, e.g. {call.Name}(papan[].luas).");
            return ErrorValue(call.Span);
        }

        var (bodyType, resultType) = kind switch
        {
            AggregateKind.Count or AggregateKind.Any or AggregateKind.All => (DslType.Bool, kind == AggregateKind.Count ? DslType.Number : DslType.Bool),
            AggregateKind.Sum => (DslType.Number, DslType.Number),
            _ => (DslType.Number, DslType.Number),
        };
        ExpectType(body, bodyType, argument.Span);
        return Register(new AggregateModel(_aggregates.Count, kind, repeat, body, resultType), call.Span);
    }

    private BoundAggregateRead Register(AggregateModel aggregate, TextSpan span)
    {
        aggregate.Reads = aggregate.Body is null ? [] : ReadCollector.Fields(aggregate.Body);
        aggregate.Text = _source.Text.Substring(span.Start, Math.Min(span.Length, _source.Text.Length - span.Start));
        _aggregates.Add(aggregate);
        return new BoundAggregateRead(aggregate, span);
    }

    private void ExpectType(BoundExpression expression, DslType expected, TextSpan span)
    {
        if (expected == DslType.Any || expression.Type == DslType.Any || expression.Type == expected)
        {
            return;
        }

        Mismatch(span, expected, expression.Type);
    }

    private void ExpectSameType(BoundExpression left, BoundExpression right, BinarySyntax binary)
    {
        if (left.Type != DslType.Any && right.Type != DslType.Any && left.Type != right.Type)
        {
            Error("PZR2003", binary.Span,
                $"Tidak bisa membandingkan {TypeNames.Id(left.Type)} dengan {TypeNames.Id(right.Type)}.",
                $"Cannot compare a {TypeNames.En(left.Type)} with a {TypeNames.En(right.Type)}.");
        }
    }

    private void Mismatch(TextSpan span, DslType expected, DslType found) =>
        Error("PZR2003", span,
            $"Di sini diperlukan {TypeNames.Id(expected)}, tetapi nilainya {TypeNames.Id(found)}.",
            $"A {TypeNames.En(expected)} is needed here, but this is a {TypeNames.En(found)}.");

    /// <summary>Reports a text literal compared with a field that cannot hold it (not in its <c>enum</c>).</summary>
    private void CheckAllowedValue(BoundExpression field, BoundExpression literal, bool negated)
    {
        var (consequenceId, consequenceEn) = negated
            ? ("syarat ini selalu terpenuhi", "this condition always holds")
            : ("syarat ini tidak akan pernah terpenuhi", "this condition can never hold");
        CheckAllowedValue(field, literal, consequenceId, consequenceEn);
    }

    /// <summary>Reports a text literal that a field with an <c>enum</c> cannot hold; the consequence ends the message.</summary>
    private void CheckAllowedValue(BoundExpression field, BoundExpression literal, string consequenceId, string consequenceEn)
    {
        if (field is BoundField { Field.AllowedValues: { } allowed } f
            && literal is BoundLiteral { Value.Kind: ValueKind.Text } l
            && !allowed.Contains(l.Value.AsText, StringComparer.Ordinal))
        {
            Error("PZR2005", literal.Span,
                $"{l.Value} bukan pilihan yang ada untuk '{f.Field.Path}' (pilihan: {string.Join(", ", allowed)}); {consequenceId}.",
                $"{l.Value} is not one of the choices of '{f.Field.Path}' (choices: {string.Join(", ", allowed)}); {consequenceEn}.");
        }
    }
}
