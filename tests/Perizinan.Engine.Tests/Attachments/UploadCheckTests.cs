using Perizinan.Engine.Attachments;
using Perizinan.Engine.Evaluation;
using Perizinan.Engine.Tests.TestSupport;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Engine.Tests.Attachments;

/// <summary>Uploads are judged by their slot in the package and by their content, never by their name.</summary>
public sealed class UploadCheckTests
{
    private static readonly byte[] Pdf = "%PDF-1.7\n%âãÏÓ\n"u8.ToArray();
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F'];
    private static readonly byte[] Exe = "MZ\x90\0\x03\0\0\0"u8.ToArray();

    private static readonly Lazy<CompiledForm> Reklame = new(() =>
        CompiledForm.Load(Path.Combine(RepoRoot.Path, "samples", "forms", "izin-reklame", "1.0.0"), new DiagnosticBag())!);

    [Fact]
    public void Check_PdfIntoPdfSlot_AcceptedWithDetectedType()
    {
        var result = UploadCheck.Check(Reklame.Value, "dokumen.formulir", 10_000, Pdf);

        Assert.True(result.Accepted);
        Assert.Equal("application/pdf", result.MediaType);
    }

    [Fact]
    public void Check_ImageIntoRowSlot_RowNumberIgnoredAccepted()
    {
        var result = UploadCheck.Check(Reklame.Value, "papan[3].foto_lokasi", 10_000, Jpeg);

        Assert.Equal("image/jpeg", result.MediaType);
    }

    [Theory]
    [InlineData("png")]
    [InlineData("exe")]
    public void Check_OtherContentIntoPdfSlot_MediaTypeErrorNamingTheQuestion(string content)
    {
        var result = UploadCheck.Check(Reklame.Value, "dokumen.formulir", 10_000, content == "png" ? Png : Exe);

        Assert.False(result.Accepted);
        Assert.Null(result.MediaType);
        Assert.Equal(("dokumen.formulir", "mediaType"), (result.Error!.Path, result.Error.Code));
        Assert.Contains("PDF", result.Error.Message.Id, StringComparison.Ordinal);
        Assert.Contains("PDF", result.Error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OneByteOverTheLimit_TooLargeWithTheLimit()
    {
        var result = UploadCheck.Check(Reklame.Value, "dokumen.ktp", (2048 * 1024) + 1, Pdf);

        Assert.Equal("tooLarge", result.Error!.Code);
        Assert.Contains("2.048 KB", result.Error.Message.Id, StringComparison.Ordinal);
        Assert.Contains("2,048 KB", result.Error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExactlyTheLimit_Accepted()
    {
        Assert.True(UploadCheck.Check(Reklame.Value, "dokumen.ktp", 2048 * 1024, Png).Accepted);
    }

    [Theory]
    [InlineData("dokumen.tidak_ada")]
    [InlineData("pemohon.nik")]
    [InlineData("")]
    public void Check_NotAFileQuestion_SlotError(string slot)
    {
        var result = UploadCheck.Check(Reklame.Value, slot, 100, Pdf);

        Assert.Equal("slot", result.Error!.Code);
    }

    [Fact]
    public void Check_EmptyFile_EmptyError()
    {
        Assert.Equal("empty", UploadCheck.Check(Reklame.Value, "dokumen.ktp", 0, []).Error!.Code);
    }
}
