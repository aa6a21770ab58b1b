using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;
using Perizinan.Rules.Model.Bound;
using Perizinan.Rules.Syntax;
using Perizinan.Rules.Syntax.Tree;

namespace Perizinan.Rules.Binding;

/// <summary>
/// Resolves the names of a parsed rules file against the form's fields and the functions, checks types, decides
/// which rules run per row, and lowers everything (checks included) to the backend-neutral <see cref="RuleSet"/>.
/// One instance per compilation; not thread-safe.
/// </summary>
internal sealed partial class Binder
{
    private readonly SourceText _source;
    private readonly IFieldCatalog _catalog;
    private readonly IReadOnlyDictionary<string, FunctionDefinition> _packageFunctions;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<AggregateModel> _aggregates = [];

    // Per item being bound.
    private string? _ruleRepeat;
    private TextSpan _ruleRepeatSpan;
    private AggregateScope? _aggregateScope;

    private Binder(SourceText source, IFieldCatalog catalog, IReadOnlyDictionary<string, FunctionDefinition> packageFunctions, DiagnosticBag diagnostics)
    {
        _source = source;
        _catalog = catalog;
        _packageFunctions = packageFunctions;
        _diagnostics = diagnostics;
    }

    /// <summary>Binds a parsed file. Reports problems to <paramref name="diagnostics"/>; always returns a model (possibly partial).</summary>
    public static RuleSet Bind(
        RulesFileSyntax file,
        SourceText source,
        IFieldCatalog catalog,
        IReadOnlyDictionary<string, FunctionDefinition> packageFunctions,
        DiagnosticBag diagnostics)
    {
        var binder = new Binder(source, catalog, packageFunctions, diagnostics);
        return binder.BindFile(file);
    }

    private RuleSet BindFile(RulesFileSyntax file)
    {
        var rules = new List<RuleModel>();
        var checks = new List<CheckModel>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in file.Items)
        {
            _ruleRepeat = null;
            _aggregateScope = null;
            switch (item)
            {
                case RuleSyntax rule:
                    if (rule.Name.Length > 0 && !names.Add(rule.Name))
                    {
                        Error("PZR2010", rule.NameSpan,
                            $"Nama aturan \"{rule.Name}\" sudah dipakai; setiap aturan harus bernama unik.",
                            $"The rule name \"{rule.Name}\" is already used; every rule needs a unique name.");
                    }

                    rules.AddRange(BindRule(rule, rules.Count));
                    break;
                case CheckSyntax check:
                    var (checkModel, lowered) = BindCheck(check, checks.Count, rules.Count);
                    checks.Add(checkModel);
                    rules.Add(lowered);
                    break;
            }
        }

        return new RuleSet(rules, checks, _aggregates, _packageFunctions);
    }

    /// <summary>Binds a rule: one model, or two when a rule with no row in its condition has effects on both the form and the rows.</summary>
    private IReadOnlyList<RuleModel> BindRule(RuleSyntax rule, int index)
    {
        var condition = rule.Condition is null
            ? new BoundLiteral(Value.True, DslType.Bool, rule.NameSpan)
            : BindCondition(rule.Condition);
        var effects = new List<EffectModel>();
        foreach (var effect in rule.Effects)
        {
            var bound = BindEffect(effect);
            if (bound is not null)
            {
                effects.Add(bound);
            }
        }

        // "when x then show papan; require papan[].nomor": the condition reads no row, so the group-level effects must
        // hold with no rows at all (or the first row could never be added) and the row-level ones hold in every row.
        if (_ruleRepeat is not null && !ReadsRow(condition))
        {
            var rowEffects = effects.Where(IsRowEffect).ToList();
            var formEffects = effects.Where(e => !IsRowEffect(e)).ToList();
            if (rowEffects.Count > 0 && formEffects.Count > 0)
            {
                return [Model(index, null, formEffects), Model(index + 1, _ruleRepeat, rowEffects)];
            }
        }

        return [Model(index, _ruleRepeat, effects)];

        RuleModel Model(int at, string? repeat, List<EffectModel> its)
        {
            var model = new RuleModel(at, rule.Name, Locate(rule.Span), repeat, condition, its);
            model.Reads = ReadCollector.Collect(condition, its.Select(e => e.Value));
            return model;
        }
    }

    private static bool ReadsRow(BoundExpression? expression) =>
        expression is not null && ReadCollector.Collect(expression, []).Any(r => r is BoundField { IsRowField: true });

    private static bool IsRowEffect(EffectModel effect) =>
        effect.Target?.Contains("[]", StringComparison.Ordinal) == true || ReadsRow(effect.Value);

    private (CheckModel Check, RuleModel Rule) BindCheck(CheckSyntax check, int checkIndex, int ruleIndex)
    {
        var subject = BindTarget(check.Subject, allowGroups: false);
        var condition = BindCondition(check.Condition);
        var model = new CheckModel(checkIndex, check.IsWarning, check.Subject.Path, check.MessageId, check.MessageEn, Locate(check.Span));

        // A check fails while its subject is visible and answered (reads as non-empty) and the condition is false. A
        // condition that is empty (a function given an empty argument, such as nik_matches before the birth date is
        // answered) is not known to be false: the check waits for the answers it needs.
        BoundExpression lowered = condition;
        if (subject is not null)
        {
            var answered = new BoundIsEmpty(new BoundField(subject, check.Subject.Span), negated: true, check.Subject.Span);
            var isFalse = new BoundLiteral(Value.False, DslType.Bool, check.Condition.Span);
            var fails = new BoundBinary(BinaryOperator.Equal, condition, isFalse, DslType.Bool, check.Condition.Span);
            lowered = new BoundBinary(BinaryOperator.And, answered, fails, DslType.Bool, check.Span);
        }

        IReadOnlyList<EffectModel> effects = subject is null ? [] : [new EffectModel(EffectKind.Fail, subject.Path, Check: model)];
        var name = (check.IsWarning ? "warn " : "check ") + check.Subject.Path + " #" + checkIndex;
        var rule = new RuleModel(ruleIndex, name, model.Location, _ruleRepeat, lowered, effects);
        rule.Reads = ReadCollector.Collect(lowered, []);
        return (model, rule);
    }

    private EffectModel? BindEffect(EffectSyntax effect)
    {
        switch (effect)
        {
            case ShowEffectSyntax show:
                {
                    var target = BindTarget(show.Target, allowGroups: true);
                    if (target is null)
                    {
                        return null;
                    }

                    if (target.IsComputed)
                    {
                        ComputedNotAsked(show.Target, "show");
                        return null;
                    }

                    return new EffectModel(EffectKind.Show, target.Path);
                }

            case RequireEffectSyntax require:
                {
                    var target = BindTarget(require.Target, allowGroups: true);
                    if (target is null)
                    {
                        return null;
                    }

                    if (target.IsComputed)
                    {
                        ComputedNotAsked(require.Target, "require");
                        return null;
                    }

                    if (target.Shape == FieldShape.Group)
                    {
                        Error("PZR2012", require.Target.Span,
                            $"'{target.Path}' adalah kelompok pertanyaan; wajibkan pertanyaannya satu per satu.",
                            $"'{target.Path}' is a group of questions; require its questions one by one.");
                        return null;
                    }

                    return new EffectModel(EffectKind.Require, target.Path);
                }

            case SetEffectSyntax set:
                {
                    var target = BindTarget(set.Target, allowGroups: false);
                    var value = BindExpression(set.Value);
                    if (target is null)
                    {
                        return null;
                    }

                    if (!target.IsComputed)
                    {
                        Error("PZR2006", set.Target.Span,
                            $"'{target.Path}' diisi oleh pemohon; hanya isian bertanda \"readOnly\": true di schema.json yang boleh dihitung dengan 'set'.",
                            $"'{target.Path}' is answered by the applicant; only fields marked \"readOnly\": true in schema.json can be computed with 'set'.");
                        return null;
                    }

                    ExpectType(value, target.Type, set.Value.Span);
                    CheckAllowedValue(new BoundField(target, set.Target.Span), value,
                        "formulir akan menghitung nilai yang tidak diizinkan schema-nya",
                        "the form would compute a value its schema does not allow");
                    return new EffectModel(EffectKind.Set, target.Path, value);
                }

            case FeeEffectSyntax fee:
                {
                    var amount = BindExpression(fee.Amount);
                    ExpectType(amount, DslType.Number, fee.Amount.Span);
                    if (fee.FeeId.Length == 0)
                    {
                        return null; // the parser already reported the missing id
                    }

                    if (!_catalog.HasFee(fee.FeeId))
                    {
                        Error("PZR2009", fee.FeeIdSpan,
                            $"Biaya '{fee.FeeId}' tidak dinyatakan di form.json (bagian \"fees\").",
                            $"The fee '{fee.FeeId}' is not declared in form.json (the \"fees\" list).");
                        return null;
                    }

                    return new EffectModel(EffectKind.Fee, null, amount, fee.FeeId);
                }

            default:
                return null;
        }
    }

    private void ComputedNotAsked(PathSyntax target, string keyword) =>
        Error("PZR2007", target.Span,
            $"'{target.Path}' dihitung oleh formulir (readOnly), jadi tidak bisa dipakai dengan '{keyword}'.",
            $"'{target.Path}' is computed by the form (readOnly), so it cannot be used with '{keyword}'.");

    /// <summary>Binds the path an effect or check applies to. Row targets make the rule per-row.</summary>
    private FieldDescriptor? BindTarget(PathSyntax path, bool allowGroups)
    {
        if (!TryLookup(path, out var field))
        {
            return null;
        }

        if (!allowGroups && field.Shape != FieldShape.Value)
        {
            GroupAsValue(path.Span, field);
            return null;
        }

        var repeat = field.Shape == FieldShape.Repeat ? null : field.RepeatPath;
        if (repeat is not null)
        {
            EnterRowScope(repeat, path.Span);
        }

        return field;
    }

    private BoundExpression BindCondition(ExpressionSyntax syntax)
    {
        var bound = BindExpression(syntax);
        ExpectType(bound, DslType.Bool, syntax.Span);
        return bound;
    }

    private void EnterRowScope(string repeat, TextSpan span)
    {
        if (_ruleRepeat is null)
        {
            _ruleRepeat = repeat;
            _ruleRepeatSpan = span;
        }
        else if (!string.Equals(_ruleRepeat, repeat, StringComparison.Ordinal))
        {
            var first = Locate(_ruleRepeatSpan);
            Error("PZR2008", span,
                $"Satu aturan tidak bisa memakai baris dari dua kelompok berulang ('{_ruleRepeat}' di baris {first.Line} dan '{repeat}'). Pakai count, sum, any atau all untuk salah satunya.",
                $"One rule cannot use rows of two repeating groups ('{_ruleRepeat}' at line {first.Line} and '{repeat}'). Use count, sum, any or all for one of them.");
        }
    }

    private bool TryLookup(PathSyntax path, out FieldDescriptor field)
    {
        if (path.Path.Length == 0)
        {
            field = null!;
            return false; // the parser already reported the missing name
        }

        if (_catalog.TryGetField(path.Path, out field!))
        {
            return true;
        }

        var suggestion = Suggestions.Closest(path.Path, _catalog.Fields.Select(f => f.Path));
        var hintId = suggestion is null ? string.Empty : $" Mungkin maksudnya '{suggestion}'?";
        var hintEn = suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";
        Error("PZR2001", path.Span,
            $"Isian '{path.Path}' tidak ada di schema.json.{hintId}",
            $"The field '{path.Path}' is not in schema.json.{hintEn}");
        return false;
    }

    private void GroupAsValue(TextSpan span, FieldDescriptor field)
    {
        if (field.Shape == FieldShape.Repeat)
        {
            Error("PZR2012", span,
                $"'{field.Path}' adalah kelompok berulang, bukan satu nilai: pakai count({field.Path}), sum({field.Path}[].…), any(…) atau all(…), atau isian barisnya '{field.Path}[].…'.",
                $"'{field.Path}' is a repeating group, not one value: use count({field.Path}), sum({field.Path}[].…), any(…) or all(…), or a row field '{field.Path}[].…'.");
        }
        else
        {
            Error("PZR2012", span,
                $"'{field.Path}' adalah kelompok pertanyaan, bukan satu nilai; sebut salah satu isiannya.",
                $"'{field.Path}' is a group of questions, not one value; name one of its fields.");
        }
    }

    private void Error(string code, TextSpan span, string id, string en) => _diagnostics.Error(code, Locate(span), id, en);

    private SourceLocation Locate(TextSpan span) => _source.Locate(span);

    /// <summary>The aggregate being bound: its group once known, and what its body reads.</summary>
    private sealed class AggregateScope(TextSpan span)
    {
        public string? Repeat { get; set; }

        public TextSpan Span { get; } = span;
    }
}
