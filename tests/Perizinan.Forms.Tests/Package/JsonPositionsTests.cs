using Perizinan.Forms.Package;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Forms.Tests.Package;

public sealed class JsonPositionsTests
{
    private const string Text = "{\n  \"a\": [1, {\"b/c\": \"é😀\", \"d~e\": true}],\n  \"f\": {\"g\": null}\n}";

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("/a", 2, 8)]
    [InlineData("/a/0", 2, 9)]
    [InlineData("/a/1", 2, 12)]
    [InlineData("/a/1/b~1c", 2, 20)]
    [InlineData("/a/1/d~0e", 2, 34)]
    [InlineData("/f", 3, 8)]
    [InlineData("/f/g", 3, 14)]
    public void At_Pointer_LineAndColumnOfValue(string pointer, int line, int column)
    {
        var positions = Read(Text);

        var at = positions.At(pointer);

        Assert.Equal((line, column), (at.Line, at.Column));
        Assert.Equal("test.json", at.File);
    }

    [Fact]
    public void NameAt_Property_LocationOfItsName()
    {
        var at = Read(Text).NameAt("/a/1/d~0e");

        Assert.Equal((2, 27), (at.Line, at.Column));
    }

    [Fact]
    public void At_MissingPointer_NearestExistingParent()
    {
        var at = Read(Text).At("/f/missing/deeper");

        Assert.Equal((3, 8), (at.Line, at.Column));
    }

    [Fact]
    public void At_Values_OffsetAndLengthInText()
    {
        var positions = Read(Text);

        var text = positions.At("/a/1/b~1c");
        var array = positions.At("/a");

        Assert.Equal("\"é😀\"", Text.Substring(text.Offset, text.Length));
        Assert.Equal("[1, {\"b/c\": \"é😀\", \"d~e\": true}]", Text.Substring(array.Offset, array.Length));
    }

    [Fact]
    public void Read_ByteOrderMark_ColumnsWithoutIt()
    {
        var positions = Read("\uFEFF{\"a\": 1}");

        var at = positions.At("/a");

        Assert.Equal((1, 7), (at.Line, at.Column));
        Assert.Equal(7, at.Offset);
    }

    [Theory]
    [InlineData("{\"a\": 1,}", 1, 9)]
    [InlineData("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3)]
    [InlineData("[1, 2", 1, 6)]
    [InlineData("{\"é\": x}", 1, 7)]
    [InlineData("{} {}", 1, 4)]
    [InlineData("", 1, 1)]
    public void Read_NotJson_PZP1002AtReaderPosition(string json, int line, int column)
    {
        var bag = new DiagnosticBag();

        var positions = JsonPositions.Read("bad.json", json, bag);

        Assert.Null(positions);
        var diagnostic = Assert.Single(bag.Items);
        Assert.Equal("PZP1002", diagnostic.Code);
        Assert.Equal(("bad.json", line, column), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.DoesNotContain("LineNumber", diagnostic.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CrlfLineEndings_SameLinesAndColumns()
    {
        var positions = Read(Text.Replace("\n", "\r\n", StringComparison.Ordinal));

        var at = positions.At("/f/g");

        Assert.Equal((3, 14), (at.Line, at.Column));
    }

    private static JsonPositions Read(string json)
    {
        var bag = new DiagnosticBag();
        var positions = JsonPositions.Read("test.json", json, bag);
        Assert.Empty(bag.Items);
        return positions!;
    }
}
