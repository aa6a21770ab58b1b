using System.Globalization;
using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;
using Perizinan.Rules.Runtime;
using Perizinan.Rules.Tests.Binding;

namespace Perizinan.Rules.Tests.Runtime;

/// <summary>
/// Drives one evaluation (the NRules <see cref="RuleSession"/> or the <see cref="DirectEvaluator"/>) through
/// <see cref="FormRuntimeState"/>: answers and row counts in, effects and effective values out. Rules are compiled
/// against the cases' catalog with its computed fields (<c>Binding/Cases/computed.json</c>).
/// </summary>
internal sealed class RuntimeDriver
{
    public const string Session = "session";
    public const string Direct = "direct";

    public static readonly DateOnly Today = new(2026, 6, 1);

    private RuntimeDriver(IRuleEvaluation evaluation) => Evaluation = evaluation;

    /// <summary>The catalog every runtime test compiles against.</summary>
    public static TestCatalog Catalog { get; } = TestCatalog.Load(Path.Combine(RulesTestSupport.CasesDirectory, "computed.json"));

    public IRuleEvaluation Evaluation { get; }

    public FormRuntimeState State => Evaluation.State;

    /// <summary>Compiles a rules text that must have no errors (warnings such as PZR3005 are fine here).</summary>
    public static RuleProgram Compile(string rules) => RulesTestSupport.CompileValid(rules, Catalog);

    /// <summary>Starts an evaluation of the given kind (<see cref="Session"/> or <see cref="Direct"/>).</summary>
    public static RuntimeDriver Start(RuleProgram program, string kind) => kind switch
    {
        Session => new RuntimeDriver(new RuleSession(program, new FunctionContext(Today))),
        Direct => new RuntimeDriver(new DirectEvaluator(program, new FunctionContext(Today))),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Sets an answer (null clears it) and runs.</summary>
    public RuntimeDriver Answer(string key, object? value, int row = -1)
    {
        State.SetRaw(key, row, ToValue(value));
        Evaluation.Run();
        return this;
    }

    /// <summary>Sets the number of rows of a group and runs.</summary>
    public RuntimeDriver Rows(string repeat, int count)
    {
        State.SetRowCount(repeat, count);
        Evaluation.Run();
        return this;
    }

    public RuntimeDriver Run()
    {
        Evaluation.Run();
        return this;
    }

    public Value Get(string key, int row = -1) => State.Effective(key, row);

    public bool Shown(string path, int row = -1) => State.Effects.IsShown(path, row);

    public bool Required(string path, int row = -1) => State.Effects.IsRequired(path, row);

    /// <summary>The fee lines that hold, as <c>id[row]=amount</c>, sorted.</summary>
    public string[] Fees() =>
        State.Effects.Fees.Select(f => $"{f.FeeId}[{f.Row}]={f.Value}").Order(StringComparer.Ordinal).ToArray();

    /// <summary>The failed checks and warnings, as <c>code:subject[row]</c>, sorted.</summary>
    public string[] Failures() =>
        State.Effects.Failures.Select(f => $"{f.Check!.Code}:{f.Target}[{f.Row}]").Order(StringComparer.Ordinal).ToArray();

    /// <summary>The computed fields on which rules disagree, as <c>key[row]</c>, sorted.</summary>
    public string[] Conflicts() =>
        State.Conflicts.Select(c => $"{c.Key}[{c.Row}]").Order(StringComparer.Ordinal).ToArray();

    /// <summary>Turns a test literal into a value: numbers, text, yes/no, dates, lists of texts; null is empty.</summary>
    public static Value ToValue(object? value) => value switch
    {
        null => Value.Empty,
        Value v => v,
        int i => Value.Number(i),
        long l => Value.Number(l),
        decimal d => Value.Number(d),
        double d => Value.Number((decimal)d),
        string s => Value.Text(s),
        bool b => Value.Bool(b),
        DateOnly d => Value.Date(d),
        string[] items => Value.List(items),
        _ => throw new ArgumentException($"No rules value for {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>A value as a number, for assertions.</summary>
    public static string Show(Value value) => value.Kind == ValueKind.Number
        ? value.AsNumber.ToString("0.############", CultureInfo.InvariantCulture)
        : value.ToString();
}
