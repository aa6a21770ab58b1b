using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Rules.Tests.Binding;

/// <summary>
/// Whatever the rules file, the whole compiler (parser, binder, analysis, runtime compilation) reports diagnostics
/// and never throws, finishes quickly, and places every diagnostic inside the text.
/// </summary>
public sealed class CompileRobustnessPropertyTests
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(20); // a hang guard, not a speed test (speed is benchmarked)

    /// <summary>A hang fails the property instead of stalling the run (the time limit is checked separately).</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    private static readonly TestCatalog Catalog = TestCatalog.Load(Path.Combine(RulesTestSupport.CasesDirectory, "computed.json"));

    private static readonly string Functions = File.ReadAllText(Path.Combine(RulesTestSupport.CasesDirectory, "valid-all-constructs.js"));

    private static readonly string[] ValidFiles = Directory
        .EnumerateFiles(RulesTestSupport.CasesDirectory, "valid-*.pzr")
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    private static readonly string[] Vocabulary =
    [
        "rule", "when", "then", "end", "show", "require", "set", "fee", "check", "warn", "else", "function", "and", "or",
        "not", "in", "is", "empty", "true", "false", "if", "id", "en", "number", "text", "bool", "date", "list",
        "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", "(", ")", "[", "]", "[]", ",", ":", ".",
        "0", "24", "2.5", "1_500_000", "-1", "99999999999999999999999999999999", "\"billboard\"", "\"neon\"", "\"\"", "\"a",
        "reklame.luas", "reklame.lua", "reklame.jenis", "reklame", "reklame.permanen", "reklame.tanggal_mulai",
        "usaha.jenis", "papan", "papan[].luas", "papan[].gambar", "papan[].pajak", "anggota", "anggota[].umur",
        "hasil.kategori", "hasil.nsr", "hasil.luas_total", "dokumen", "dokumen.surat_kuasa", "pajak_reklame", "pajak",
        "count", "sum", "any", "all", "min", "max", "round", "today", "date", "nik_valid", "tarif_nsr", "faktor_sisi",
        "\n", "\n", "#", "@", "\t",
    ];

    private static readonly Gen<string> Token = Gen.Elements(Vocabulary);

    private static readonly Gen<string> TokenSoup =
        Gen.Sized(size => Gen.Choose(0, Math.Min(size * 3, 200)))
            .SelectMany(n => Gen.ArrayOf(Token, n))
            .Select(tokens => string.Join(" ", tokens));

    /// <summary>Soups inside the frame of a rule, so that more of them reach the binder and the analysis.</summary>
    private static readonly Gen<string> FramedSoup =
        from count in Gen.Choose(1, 4)
        from parts in Gen.ArrayOf(Gen.Zip(TokenSoup, TokenSoup), count)
        select string.Join("\n", parts.Select((p, i) => $"rule \"r{i}\"\nwhen {p.Item1}\nthen\n  {p.Item2}\nend\n"));

    private static readonly Gen<string> RandomText = Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
        Gen.ArrayOf(Gen.Choose(0, 0x2FF).Select(c => (char)c)).Select(chars => new string(chars)));

    /// <summary>A valid case file with characters or ranges deleted and duplicated here and there.</summary>
    private static readonly Gen<string> MutatedValidFile =
        from file in Gen.Elements(ValidFiles)
        from count in Gen.Choose(1, 6)
        from edits in Gen.ArrayOf(Edit, count)
        select Mutate(file, edits);

    private static Gen<(int At, int Length, bool Duplicate)> Edit =>
        from at in Gen.Choose(0, 1_000_000)
        from length in Gen.Choose(1, 12)
        from duplicate in Gen.Elements(false, true)
        select (at, length, duplicate);

    [Property(MaxTest = 200)]
    public Property Compile_RandomText_NoThrowFastDiagnosticsInsideText() =>
        Prop.ForAll(Arb.From(RandomText), text => { AssertCompilesSafely(text, withFunctions: false); });

    [Property(MaxTest = 200)]
    public Property Compile_TokenSoup_NoThrowFastDiagnosticsInsideText() =>
        Prop.ForAll(Arb.From(Gen.OneOf(TokenSoup, FramedSoup)), text => { AssertCompilesSafely(text, withFunctions: false); });

    [Property(MaxTest = 200)]
    public Property Compile_MutatedValidFile_NoThrowFastDiagnosticsInsideText() =>
        Prop.ForAll(Arb.From(Gen.Zip(MutatedValidFile, Gen.Elements(false, true))), input => { AssertCompilesSafely(input.Item1, input.Item2); });

    [Fact]
    public void Compile_ValidCaseFiles_Clean()
    {
        Assert.True(ValidFiles.Length >= 4);

        // The mutations start from files that bind (only warnings may remain): otherwise they would test little.
        Assert.All(ValidFiles, file => Assert.DoesNotContain(RulesTestSupport.Compile(file, Catalog, Functions).Diagnostics, d => d.IsError));
    }

    [Fact]
    public void Compile_LongConjunction_Clean()
    {
        // 200 conjuncts stay under the parser's nesting limit (256).
        var condition = string.Join(" and ", Enumerable.Range(0, 200).Select(i => $"reklame.luas > {i % 50}"));
        var text = $"rule \"r\"\nwhen {condition}\nthen\n  show dokumen.gambar_konstruksi\nend\n";

        var diagnostics = AssertCompilesSafely(text, withFunctions: false);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void Compile_ThreeHundredRulesAndChecks_Clean()
    {
        var rules = string.Concat(Enumerable.Range(0, 300).Select(i =>
            $"rule \"r{i}\"\nwhen reklame.luas > {i} and papan[].luas < {i} and sum(papan[].luas) > {i}\nthen\n  show papan[].gambar\n  fee pajak_reklame = papan[].luas * {i}\nend\n" +
            $"check reklame.luas: reklame.luas != {i}\n  else id \"x\" en \"x\"\n"));

        var diagnostics = AssertCompilesSafely(rules, withFunctions: false);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    private static string Mutate(string text, IEnumerable<(int At, int Length, bool Duplicate)> edits)
    {
        foreach (var (at, length, duplicate) in edits)
        {
            if (text.Length == 0)
            {
                break;
            }

            var start = at % text.Length;
            var count = Math.Min(length, text.Length - start);
            text = duplicate
                ? text[..(start + count)] + text.Substring(start, count) + text[(start + count)..]
                : text[..start] + text[(start + count)..];
        }

        return text;
    }

    private static IReadOnlyList<Diagnostic> AssertCompilesSafely(string text, bool withFunctions)
    {
        const string fileName = "random.pzr";
        var bag = new DiagnosticBag();
        var stopwatch = Stopwatch.StartNew();
        var task = Task.Run(() => RulesCompiler.Compile(text, Catalog, withFunctions ? Functions : null, bag, fileName));
        Assert.True(task.Wait(HangLimit), "Compiling did not finish:\n" + text);
        var program = task.Result;
        stopwatch.Stop();
        Assert.True(stopwatch.Elapsed < TimeLimit, $"Compiling took {stopwatch.Elapsed.TotalMilliseconds:0} ms:\n{text}");

        Assert.Equal(bag.HasErrors, program is null);
        var lines = text.Split('\n');
        foreach (var diagnostic in bag.Items)
        {
            Assert.Matches(@"^PZR\d{4}$", diagnostic.Code);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.MessageEn), diagnostic.Code);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.MessageId), diagnostic.Code);
            if (diagnostic.Location.File != fileName)
            {
                continue;
            }

            var at = diagnostic.Location;
            Assert.True(at.Line >= 1 && at.Line <= lines.Length, $"{diagnostic} is outside the {lines.Length} lines of:\n{text}");
            Assert.True(at.Column >= 1 && at.Column <= lines[at.Line - 1].Length + 1, $"{diagnostic} is outside line {at.Line} of:\n{text}");
            Assert.True(at.Offset >= 0 && at.Offset + at.Length <= text.Length, $"{diagnostic} spans outside the text:\n{text}");
        }

        return bag.Items;
    }
}
