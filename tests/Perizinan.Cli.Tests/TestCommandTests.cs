namespace Perizinan.Cli.Tests;

/// <summary><c>perizinan test</c> and <c>perizinan new</c>: every sample's scenarios pass; a new package passes at once.</summary>
public sealed class TestCommandTests
{
    public static TheoryData<string> Samples() => new(RepoRoot.SamplePackages());

    [Theory]
    [MemberData(nameof(Samples))]
    public void Test_SamplePackage_AllScenariosPassExitZero(string package)
    {
        var run = CliRun.Of("test", RepoRoot.Sample(package), "--lang", "en");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^[1-9]\d* passed, 0 failed$", run.Lines[^1]);
    }

    [Fact]
    public void New_Scaffold_PassesCheckAndTest()
    {
        using var package = new ScaffoldedPackage("izin-baru");

        var check = CliRun.Of("check", package.Path);
        var test = CliRun.Of("test", package.Path);

        Assert.Equal(0, package.NewRun.ExitCode);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.True(test.ExitCode == 0, test.ToString());
        Assert.Matches(@"^[1-9]\d* passed, 0 failed$", test.Lines[^1]);
    }

    [Fact]
    public void Test_ScenarioExpectsWrongTotal_FailureNamedExitOne()
    {
        using var package = new ScaffoldedPackage();
        var file = Path.Combine(package.Path, "scenarios", "01-perorangan.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"total\": 0", "\"total\": 5", StringComparison.Ordinal));

        var run = CliRun.Of("test", package.Path, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.False(run.HasStackTrace, run.ToString());
        Assert.Contains("1 failed", run.Lines[^1], StringComparison.Ordinal);
        Assert.Contains(run.Lines, l => l.Contains("total", StringComparison.Ordinal) && l.Contains('5'));
    }
}
