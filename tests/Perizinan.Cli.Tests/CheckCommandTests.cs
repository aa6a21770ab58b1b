using System.Text.RegularExpressions;

namespace Perizinan.Cli.Tests;

/// <summary>
/// <c>perizinan check</c>: clean on every sample; on a package with a mistake, a <c>file(line,col): error CODE</c>
/// line pointing at the mistake, exit code 1, and never a stack trace.
/// </summary>
public sealed partial class CheckCommandTests
{
    public static TheoryData<string> Samples() => new(RepoRoot.SamplePackages());

    [Theory]
    [MemberData(nameof(Samples))]
    public void Check_SamplePackage_CleanExitZero(string package)
    {
        var run = CliRun.Of("check", RepoRoot.Sample(package), "--lang", "en");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(": 0 error(s)", run.Lines[^1], StringComparison.Ordinal);
        Assert.Contains("content hash sha256:", run.Lines[^1], StringComparison.Ordinal);
    }

    /// <summary>Each mistake, appended to the scaffolded rules on its own line, and the code it must get.</summary>
    public static TheoryData<string, string, string> RuleMistakes() => new()
    {
        { "syntax error", "rule \"Rusak\" when then show pemohon.nib end", "PZR1" },
        { "unknown field", "rule \"Umur\" when pemohon.umur > 17 then show pemohon.nib end", "PZR2001" },
        { "type mismatch", "rule \"Nama\" when pemohon.nama > 5 then show pemohon.nib end", "PZR2" },
        { "cycle", "rule \"Siklus\" when pemohon.nib = \"1\" then show pemohon.nib end", "PZR3001" },
        { "never-true condition", "rule \"Mustahil\" when pemohon.badan_usaha and not pemohon.badan_usaha then show pemohon.nib end", "PZR3002" },
    };

    [Theory]
    [MemberData(nameof(RuleMistakes))]
    public void Check_RuleMistake_DiagnosticAtItsLineExitOne(string mistake, string rule, string codePrefix)
    {
        using var package = new ScaffoldedPackage();
        package.Append("rules.pzr", "\n" + rule + "\n");
        var line = package.LineOf("rules.pzr", rule);

        var run = CliRun.Of("check", package.Path, "--lang", "en");

        Assert.True(run.ExitCode == 1, $"{mistake}: {run}");
        Assert.False(run.HasStackTrace, run.ToString());
        var diagnostics = run.Lines.Select(l => Diagnostic().Match(l)).Where(m => m.Success).ToList();
        Assert.True(
            diagnostics.Any(m => m.Groups["file"].Value.EndsWith("rules.pzr", StringComparison.Ordinal)
                && int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) == line
                && m.Groups["code"].Value.StartsWith(codePrefix, StringComparison.Ordinal)),
            $"{mistake}: expected rules.pzr({line},…): error {codePrefix}…\n{run}");
    }

    [Fact]
    public void Check_SchemaNotJson_DiagnosticWithPositionExitOne()
    {
        using var package = new ScaffoldedPackage();
        package.Write("schema.json", "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"a\": { \"type\": \"string\" \n  }\n");

        var run = CliRun.Of("check", package.Path, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.False(run.HasStackTrace, run.ToString());
        Assert.Contains(run.Lines, l => Diagnostic().Match(l) is { Success: true } m && m.Groups["file"].Value.EndsWith("schema.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_FolderWithoutPackage_ErrorExitOne()
    {
        var empty = Directory.CreateTempSubdirectory("perizinan-cli-empty");
        try
        {
            var run = CliRun.Of("check", empty.FullName);

            Assert.Equal(1, run.ExitCode);
            Assert.False(run.HasStackTrace, run.ToString());
            Assert.Contains(run.Lines, l => l.Contains("error", StringComparison.Ordinal));
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void Run_UnknownVerb_UsageExitTwo()
    {
        var run = CliRun.Of("publish", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("perizinan check DIR", run.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<file>[^()]+)\((?<line>\d+),(?<col>\d+)\): error (?<code>PZ[A-Z]\d{4}): .+$")]
    private static partial Regex Diagnostic();
}
