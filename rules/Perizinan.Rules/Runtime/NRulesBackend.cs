using System.Linq.Expressions;
using System.Reflection;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Perizinan.Rules.Runtime;

/// <summary>
/// Translates compiled rules into NRules rule definitions: one pattern for the form, one for the row (per-row rules),
/// one per value read, the condition on the last pattern, and an action that keeps the effects as linked facts so
/// that NRules withdraws them when the condition stops holding.
/// </summary>
internal static class NRulesBackend
{
    private static readonly MethodInfo HoldsMethod =
        typeof(CompiledRule).GetMethod(nameof(CompiledRule.Holds), [typeof(FormFact), typeof(FieldFact[])])!;

    private static readonly MethodInfo FireMethod = typeof(CompiledRule).GetMethod(nameof(CompiledRule.Fire))!;

    private static readonly PropertyInfo FieldKey = typeof(FieldFact).GetProperty(nameof(FieldFact.Key))!;
    private static readonly PropertyInfo FieldRow = typeof(FieldFact).GetProperty(nameof(FieldFact.Row))!;
    private static readonly PropertyInfo RowRepeat = typeof(RowFact).GetProperty(nameof(RowFact.Repeat))!;
    private static readonly PropertyInfo RowRow = typeof(RowFact).GetProperty(nameof(RowFact.Row))!;
    private static readonly PropertyInfo RowVisible = typeof(RowFact).GetProperty(nameof(RowFact.Visible))!;

    /// <summary>Builds the session factory of a program.</summary>
    public static ISessionFactory Compile(RuleProgram program)
    {
        var definitions = program.Rules.Select(Define).ToList();
        var compiler = new RuleCompiler { ExpressionCompiler = new FastRuleExpressionCompiler() };
        return compiler.Compile(definitions);
    }

    private static IRuleDefinition Define(CompiledRule rule)
    {
        var builder = new RuleBuilder();
        builder.Name($"{rule.Model.Index}: {rule.Model.Name}");
        var lhs = builder.LeftHandSide();

        var form = lhs.Pattern(typeof(FormFact), "form");
        var formParam = Expression.Parameter(typeof(FormFact), "form");

        ParameterExpression? rowParam = null;
        if (rule.Model.RepeatPath is { } repeat)
        {
            var row = lhs.Pattern(typeof(RowFact), "row");
            rowParam = Expression.Parameter(typeof(RowFact), "row");
            row.Condition(Expression.Lambda(
                Expression.Equal(Expression.Property(rowParam, RowRepeat), Expression.Constant(repeat)), rowParam));
            row.Condition(Expression.Lambda(Expression.Property(rowParam, RowVisible), rowParam));
        }

        var fieldParams = new List<ParameterExpression>();
        PatternBuilder last = form;
        for (var i = 0; i < rule.Inputs.Length; i++)
        {
            var input = rule.Inputs[i];
            var name = "f" + i;
            var pattern = lhs.Pattern(typeof(FieldFact), name);
            var p = Expression.Parameter(typeof(FieldFact), name);
            pattern.Condition(Expression.Lambda(
                Expression.Equal(Expression.Property(p, FieldKey), Expression.Constant(input.Key)), p));
            if (input.PerRow && rowParam is not null)
            {
                pattern.Condition(Expression.Lambda(
                    Expression.Equal(Expression.Property(p, FieldRow), Expression.Property(rowParam, RowRow)), p, rowParam));
            }
            else
            {
                pattern.Condition(Expression.Lambda(
                    Expression.Equal(Expression.Property(p, FieldRow), Expression.Constant(-1)), p));
            }

            fieldParams.Add(p);
            last = pattern;
        }

        var facts = Expression.NewArrayInit(typeof(FieldFact), fieldParams);
        var holds = Expression.Call(Expression.Constant(rule), HoldsMethod, formParam, facts);
        var conditionParams = new List<ParameterExpression> { formParam };
        conditionParams.AddRange(fieldParams);
        last.Condition(Expression.Lambda(holds, conditionParams));

        var context = Expression.Parameter(typeof(IContext), "ctx");
        var rowIndex = rowParam is null ? (Expression)Expression.Constant(-1) : Expression.Property(rowParam, RowRow);
        var fire = Expression.Call(Expression.Constant(rule), FireMethod, context, formParam, rowIndex, facts);
        var actionParams = new List<ParameterExpression> { context, formParam };
        if (rowParam is not null)
        {
            actionParams.Add(rowParam);
        }

        actionParams.AddRange(fieldParams);
        builder.RightHandSide().Action(Expression.Lambda(fire, actionParams), ActionTrigger.Activated | ActionTrigger.Reactivated);
        return builder.Build();
    }
}
