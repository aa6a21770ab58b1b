using System.Text.RegularExpressions;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Rules.Tests.Binding;

/// <summary>
/// Data-driven binder and analysis cases. Each <c>Cases/NAME.pzr</c> is compiled against <c>Cases/catalog.json</c>
/// (or <c>Cases/NAME.catalog.json</c> when present), with <c>Cases/NAME.js</c> as functions.js when present (none
/// otherwise). Its diagnostics, formatted in English one per line and sorted by line and column, must equal
/// <c>Cases/NAME.expected</c>; an empty expected file means "compiles clean". The expected files say what the
/// compiler SHOULD report: where that differs from today's output the case fails on purpose.
/// Set <c>PERIZINAN_UPDATE_EXPECTED=1</c> to rewrite the expected files from the current output (then review the diff:
/// it would also overwrite the deliberate expectations).
/// </summary>
public sealed partial class BinderCaseTests
{
    private static readonly string[] CodesToCover =
    [
        "PZR2001", "PZR2002", "PZR2003", "PZR2004", "PZR2005", "PZR2006", "PZR2007", "PZR2008", "PZR2009", "PZR2010",
        "PZR2011", "PZR2012", "PZR3001", "PZR3002", "PZR3003", "PZR3004", "PZR3005",
    ];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(RulesTestSupport.CasesDirectory, "*.pzr").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compile_Case_DiagnosticsAsExpected(string caseFile)
    {
        var directory = RulesTestSupport.CasesDirectory;
        var name = Path.GetFileNameWithoutExtension(caseFile);
        var text = File.ReadAllText(Path.Combine(directory, caseFile));
        var catalogPath = Path.Combine(directory, name + ".catalog.json");
        var catalog = File.Exists(catalogPath) ? TestCatalog.Load(catalogPath) : RulesTestSupport.SharedCatalog;
        var scriptPath = Path.Combine(directory, name + ".js");
        var script = File.Exists(scriptPath) ? File.ReadAllText(scriptPath) : null;

        var (program, diagnostics) = RulesTestSupport.Compile(text, catalog, script, caseFile);

        var actual = RulesTestSupport.InFileOrder(diagnostics, caseFile).Select(d => d.Format("en")).ToArray();
        var expectedPath = Path.Combine(directory, name + ".expected");
        if (Environment.GetEnvironmentVariable("PERIZINAN_UPDATE_EXPECTED") == "1")
        {
            File.WriteAllText(expectedPath, actual.Length == 0 ? string.Empty : string.Join("\n", actual) + "\n");
        }

        Assert.True(File.Exists(expectedPath), $"Missing {expectedPath}.");
        var expected = File.ReadAllLines(expectedPath).Where(line => line.Length > 0).ToArray();
        Assert.Equal(expected, actual);

        // Independent of the expectations: a program exactly when there is no error, and locations inside the text.
        Assert.Equal(diagnostics.Any(d => d.IsError), program is null);
        var lines = text.Split('\n');
        foreach (var diagnostic in diagnostics.Where(d => d.Location.File == caseFile))
        {
            Assert.InRange(diagnostic.Location.Line, 1, lines.Length);
            Assert.InRange(diagnostic.Location.Column, 1, lines[diagnostic.Location.Line - 1].Length + 1);
        }
    }

    [Fact]
    public void Cases_Folder_CoverEveryBinderAndAnalysisCode()
    {
        var codes = Directory.EnumerateFiles(RulesTestSupport.CasesDirectory, "*.expected")
            .SelectMany(File.ReadAllLines)
            .Select(line => CodePattern().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

        var missing = CodesToCover.Where(code => !codes.Contains(code)).ToArray();
        Assert.True(missing.Length == 0, "No case expects " + string.Join(", ", missing));
    }

    [Fact]
    public void Cases_Folder_HasSeveralCleanFiles()
    {
        var clean = Directory.EnumerateFiles(RulesTestSupport.CasesDirectory, "*.expected")
            .Count(path => File.ReadAllText(path).Trim().Length == 0);

        Assert.True(clean >= 4, $"Only {clean} clean cases.");
    }

    [Fact]
    public void Cases_EveryCase_HasItsExpectedFileAndNoStrayFiles()
    {
        var directory = RulesTestSupport.CasesDirectory;
        var names = Directory.EnumerateFiles(directory, "*.pzr").Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);

        Assert.All(names, name => Assert.True(File.Exists(Path.Combine(directory, name + ".expected")), name));
        foreach (var path in Directory.EnumerateFiles(directory))
        {
            var file = Path.GetFileName(path);
            var owner = file.EndsWith(".catalog.json", StringComparison.Ordinal) ? file[..^".catalog.json".Length]
                : file.EndsWith(".expected", StringComparison.Ordinal) || file.EndsWith(".js", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(file)
                : null;
            Assert.True(owner is null || names.Contains(owner), $"{file} belongs to no case.");
        }
    }

    [GeneratedRegex(@"^\S+\(\d+,\d+\): (?:error|warning) (PZR\d{4}):")]
    private static partial Regex CodePattern();
}
