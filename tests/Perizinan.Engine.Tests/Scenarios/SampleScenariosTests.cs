using Perizinan.Engine.Evaluation;
using Perizinan.Engine.Scenarios;
using Perizinan.Engine.Tests.TestSupport;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Engine.Tests.Scenarios;

/// <summary>
/// Every sample package compiles without errors and passes every one of its own scenarios, run through
/// <see cref="ScenarioRunner"/>. The generated stress packages are in <see cref="GeneratedSampleScenariosTests"/>, a class
/// of its own so that their long compile runs in parallel with the other tests.
/// </summary>
public sealed class SampleScenariosTests
{
    public static TheoryData<string> Packages() => new(RepoRoot.SamplePackages().Where(p => !IsGenerated(p)));

    [Theory]
    [MemberData(nameof(Packages))]
    public void RunAll_SamplePackage_CompilesAndEveryScenarioPasses(string package) => AssertCompilesAndPasses(package);

    [Fact]
    public void SamplePackages_Repository_HandWrittenAndGeneratedPackagesAllTested()
    {
        var packages = RepoRoot.SamplePackages();

        Assert.Contains("stress-300/1.0.0", packages);
        Assert.Contains("stress-2000/1.0.0", packages);
        Assert.Contains("izin-reklame/1.0.0", packages);
        var tested = new List<string>();
        foreach (var row in Packages().Concat<object?[]>(GeneratedSampleScenariosTests.Packages()))
        {
            tested.Add((string)row[0]!);
        }

        Assert.Equal(packages, tested.Order(StringComparer.Ordinal));
    }

    /// <summary>Whether a package is written by <c>StressPackageGenerator</c> (<c>stress-*</c>).</summary>
    internal static bool IsGenerated(string package) => package.StartsWith("stress-", StringComparison.Ordinal);

    /// <summary>Loads and compiles <c>samples/forms/<paramref name="package"/></c> and runs its scenarios, showing every failure.</summary>
    internal static void AssertCompilesAndPasses(string package)
    {
        var bag = new DiagnosticBag();

        var form = CompiledForm.Load(Path.Combine(RepoRoot.Path, "samples", "forms", package), bag);

        var errors = bag.Items.Where(d => d.IsError).Select(d => d.Format("en")).ToList();
        Assert.True(form is not null && errors.Count == 0, $"{package} does not compile:\n{string.Join("\n", errors)}");
        Assert.NotEmpty(form.Package.Scenarios);
        var results = ScenarioRunner.RunAll(form);
        Assert.Equal(form.Package.Scenarios.Count, results.Count);
        var failed = results.Where(r => !r.Passed)
            .Select(r => $"{r.File} ({r.Name}):\n    {string.Join("\n    ", r.Failures)}")
            .ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} of {results.Count} scenarios of {package} failed:\n{string.Join("\n", failed)}");
    }
}

/// <summary>The generated stress packages (<c>stress-300</c>, <c>stress-2000</c>) compile and pass their own scenarios.</summary>
public sealed class GeneratedSampleScenariosTests
{
    public static TheoryData<string> Packages() => new(RepoRoot.SamplePackages().Where(SampleScenariosTests.IsGenerated));

    [Theory]
    [MemberData(nameof(Packages))]
    public void RunAll_GeneratedPackage_CompilesAndEveryScenarioPasses(string package) =>
        SampleScenariosTests.AssertCompilesAndPasses(package);
}
