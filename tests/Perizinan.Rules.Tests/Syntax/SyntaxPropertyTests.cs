using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Syntax;

namespace Perizinan.Rules.Tests.Syntax;

public sealed class SyntaxPropertyTests
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(10);

    [Property(MaxTest = 300)]
    public Property PrintThenParse_WellFormedFile_SameTreeAndStablePrint() =>
        Prop.ForAll(Arb.From(SyntaxGenerators.File), tree =>
        {
            var printed = Printer.Print(tree);
            var bag = new DiagnosticBag();

            var parsed = Parser.Parse(new SourceText(printed), bag);

            Assert.True(bag.Items.Count == 0, printed + "\n" + string.Join("\n", bag.Items));
            Assert.Equal(SyntaxDump.Dump(tree), SyntaxDump.Dump(parsed));
            Assert.Equal(printed, Printer.Print(parsed));
        });

    [Property(MaxTest = 300)]
    public Property PrintThenParse_WellFormedExpression_SameTree() =>
        Prop.ForAll(Arb.From(SyntaxGenerators.Expression), tree =>
        {
            var printed = Printer.Print(tree);
            var bag = new DiagnosticBag();

            var parsed = Parser.ParseExpression(new SourceText(printed), bag);

            Assert.True(bag.Items.Count == 0, printed + "\n" + string.Join("\n", bag.Items));
            Assert.Equal(SyntaxDump.Dump(tree), SyntaxDump.Dump(parsed));
            Assert.Equal(printed, Printer.Print(parsed));
        });

    [Property(MaxTest = 300)]
    public Property Parse_RandomText_NoThrowNoHangDiagnosticsInsideText() =>
        Prop.ForAll(Arb.From(Gen.OneOf(
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
                Gen.ArrayOf(Gen.Choose(0, 0x2FF).Select(c => (char)c)).Select(chars => new string(chars)))),
            AssertParsesSafely);

    [Property(MaxTest = 300)]
    public Property Parse_TokenSoup_NoThrowNoHangDiagnosticsInsideText() =>
        Prop.ForAll(Arb.From(SyntaxGenerators.TokenSoup), AssertParsesSafely);

    [Property(MaxTest = 100)]
    public Property Parse_CorruptedValidFile_NoThrowNoHangDiagnosticsInsideText() =>
        Prop.ForAll(
            Arb.From(SyntaxGenerators.File.SelectMany(file =>
            {
                var printed = Printer.Print(file);
                return from at in Gen.Choose(0, printed.Length)
                       from removed in Gen.Choose(0, 20)
                       from inserted in Gen.Elements(SyntaxCorruptions)
                       select printed[..at] + inserted + printed[Math.Min(printed.Length, at + removed)..];
            })),
            AssertParsesSafely);

    private static readonly string[] SyntaxCorruptions = ["", "(", ")", "end", "then", "\"", "not", "[", ",", "==", "@", "rule", "."];

    private static void AssertParsesSafely(string text)
    {
        var source = new SourceText(text, "random.pzr");
        var bag = new DiagnosticBag();

        // A hang fails the test instead of stalling the run.
        var task = Task.Run(() => Parser.Parse(source, bag));
        Assert.True(task.Wait(HangLimit), "Parsing did not finish: " + text);
        Printer.Print(task.Result);

        Assert.InRange(bag.Items.Count, 0, 201);
        var lineCount = text.Count(c => c == '\n') + 1;
        foreach (var diagnostic in bag.Items)
        {
            Assert.StartsWith("PZR100", diagnostic.Code, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.MessageId));
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.MessageEn));
            Assert.InRange(diagnostic.Location.Offset, 0, text.Length);
            Assert.InRange(diagnostic.Location.Offset + diagnostic.Location.Length, diagnostic.Location.Offset, text.Length);
            Assert.InRange(diagnostic.Location.Line, 1, lineCount);
            Assert.True(diagnostic.Location.Column >= 1);
        }
    }
}
