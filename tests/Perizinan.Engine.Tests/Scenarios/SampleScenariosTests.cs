using Perizinan.Engine.Evaluation;
using Perizinan.Engine.Scenarios;
using Perizinan.Engine.Tests.TestSupport;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Engine.Tests.Scenarios;

/// <summary>
/// Every sample package (the generated stress packages included) compiles without errors and passes every one of its
/// own scenarios, run through <see cref="ScenarioRunner"/>.
/// </summary>
public sealed class SampleScenariosTests
{
    /// <summary>Sample packages whose scenarios an engine bug breaks, with the bug; each has its own skipped test below.</summary>
    private static readonly Dictionary<string, string> BlockedByEngineBug = new(StringComparer.Ordinal)
    {
        ["sip-tenaga-kesehatan/1.0.0"] = Bug.BoundErrorsThrow,
    };

    public static TheoryData<string> Packages() => new(RepoRoot.SamplePackages().Where(p => !BlockedByEngineBug.ContainsKey(p)));

    [Theory]
    [MemberData(nameof(Packages))]
    public void RunAll_SamplePackage_CompilesAndEveryScenarioPasses(string package)
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

    [Fact(Skip = Bug.BoundErrorsThrow)]
    public void RunAll_SipTenagaKesehatan_CompilesAndEveryScenarioPasses() =>
        RunAll_SamplePackage_CompilesAndEveryScenarioPasses("sip-tenaga-kesehatan/1.0.0");

    [Fact]
    public void SamplePackages_Repository_IncludesGeneratedStressPackagesAndEveryBlockedOne()
    {
        var packages = RepoRoot.SamplePackages();

        Assert.Contains("stress-300/1.0.0", packages);
        Assert.Contains("stress-2000/1.0.0", packages);
        Assert.All(BlockedByEngineBug.Keys, p => Assert.Contains(p, packages));
    }
}
