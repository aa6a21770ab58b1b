using BenchmarkDotNet.Attributes;
using Perizinan.Engine.Evaluation;
using Perizinan.Forms.Package;

namespace Perizinan.Benchmarks;

/// <summary>
/// Cold compile of every sample package: load the folder (files, schema, catalog, scenarios) and
/// <see cref="CompiledForm.Compile"/> (rules parse/bind/analysis, closures, field validators and the NRules network,
/// which the constructor warms). Nothing is cached between iterations; the process's JIT is warm after the warm-up.
/// </summary>
[Config(typeof(CompileConfig))]
public class CompileBenchmarks
{
    /// <summary>The sample packages.</summary>
    public static IEnumerable<string> Packages => Samples.PackageIds;

    /// <summary>The package compiled.</summary>
    [ParamsSource(nameof(Packages))]
    public string Package { get; set; } = "stress-300";

    /// <summary>Load from folder + compile.</summary>
    [Benchmark(Description = "Load + compile")]
    public CompiledForm LoadAndCompile() => Samples.LoadCompiled(Samples.PackageDir(Package));
}

/// <summary>
/// Compile only (no file loading) of stress-300: 300 fields, 200 rules, a repeating group. The goal is ≤ 500 ms.
/// </summary>
[Config(typeof(CompileConfig))]
public class CompileStress300Benchmarks
{
    private FormPackage _package = null!;

    /// <summary>Loads the package once.</summary>
    [GlobalSetup]
    public void Setup() => _package = Samples.LoadPackage(Samples.PackageDir("stress-300"));

    /// <summary>CompiledForm.Compile of the loaded package (200 rules), NRules network included.</summary>
    [Benchmark(Description = "Compile stress-300 (200 rules)")]
    public CompiledForm Compile() => Samples.Compile(_package);
}
