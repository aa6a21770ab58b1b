using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Syntax;

namespace Perizinan.Rules.Tests.Syntax;

/// <summary>
/// Data-driven syntax cases: each <c>Cases/NAME.pzr</c> is parsed and its diagnostics, formatted in English one per
/// line, must equal <c>Cases/NAME.expected</c> (empty for a valid file). Adding a case is adding two files. Set the
/// environment variable <c>PERIZINAN_UPDATE_EXPECTED=1</c> to (re)write the expected files from the current output,
/// then review the diff.
/// </summary>
public sealed class SyntaxCaseTests
{
    private static readonly string CasesDirectory = Path.Combine(
        FindRepositoryRoot(), "tests", "Perizinan.Rules.Tests", "Syntax", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(CasesDirectory, "*.pzr").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Fact]
    public void Cases_Folder_HasAtLeastFifteenCases() =>
        Assert.True(Cases().Count >= 15, $"Only {Cases().Count} cases in {CasesDirectory}.");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_Case_DiagnosticsAsExpected(string caseFile)
    {
        var text = File.ReadAllText(Path.Combine(CasesDirectory, caseFile));
        var bag = new DiagnosticBag();

        var file = Parser.Parse(new SourceText(text, caseFile), bag);

        var actual = bag.Items.Select(d => d.Format("en")).ToArray();
        var expectedPath = Path.Combine(CasesDirectory, Path.ChangeExtension(caseFile, ".expected"));
        if (Environment.GetEnvironmentVariable("PERIZINAN_UPDATE_EXPECTED") == "1")
        {
            File.WriteAllText(expectedPath, actual.Length == 0 ? string.Empty : string.Join("\n", actual) + "\n");
        }

        Assert.True(File.Exists(expectedPath), $"Missing {expectedPath}.");
        var expected = File.ReadAllLines(expectedPath).Where(line => line.Length > 0).ToArray();
        Assert.Equal(expected, actual);
        Assert.All(bag.Items, d => Assert.InRange(d.Location.Offset + d.Location.Length, 0, text.Length));

        if (bag.Items.Count == 0)
        {
            // A valid file prints canonically, and the canonical text is a fixed point.
            var printed = Printer.Print(file);
            var reparsedBag = new DiagnosticBag();
            var reparsed = Parser.Parse(new SourceText(printed, caseFile), reparsedBag);
            Assert.Empty(reparsedBag.Items);
            Assert.Equal(SyntaxDump.Dump(file), SyntaxDump.Dump(reparsed));
            Assert.Equal(printed, Printer.Print(reparsed));
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Perizinan.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Perizinan.sln above {AppContext.BaseDirectory}.");
    }
}
