using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Perizinan.Queue.Delivery;
using Perizinan.Queue.Destinations;

namespace Perizinan.Queue.Tests.Destinations;

/// <summary>File exports into a temporary folder: names, formats, atomic overwrite on retry.</summary>
public sealed class FileExportDestinationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "perizinan-export-" + Guid.NewGuid().ToString("N"));

    private IDestination Export(FileExportFormat format) =>
        new FileExportDestination(new FileExportOptions { Name = "arsip", Folder = _folder, Format = format });

    [Theory]
    [InlineData(FileExportFormat.Json, "json")]
    [InlineData(FileExportFormat.Csv, "csv")]
    [InlineData(FileExportFormat.Xml, "xml")]
    public async Task Deliver_Twice_OneFileNamedByRegistrationNumberNoTemporaries(FileExportFormat format, string extension)
    {
        var export = Export(format);

        Assert.Equal(DeliveryResult.Delivered, await export.DeliverAsync(Submissions.Request(), CancellationToken.None));
        Assert.Equal(DeliveryResult.Delivered, await export.DeliverAsync(Submissions.Request(), CancellationToken.None));

        var file = Assert.Single(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
        Assert.Equal(Path.Combine(_folder, "kota-bekasi", "REK-2026-000123." + extension), file);
    }

    [Fact]
    public async Task Deliver_Json_IsTheWebhookPayload()
    {
        await Export(FileExportFormat.Json).DeliverAsync(Submissions.Request(), CancellationToken.None);

        var bytes = await File.ReadAllBytesAsync(Path.Combine(_folder, "kota-bekasi", "REK-2026-000123.json"));
        Assert.Equal(SubmissionPayload.Utf8(Submissions.Request()), bytes);
    }

    [Fact]
    public async Task Deliver_Csv_OneRowFormulaCellsEscaped()
    {
        var request = Submissions.Request("""{"nama": "=HYPERLINK(\"http://x\",\"klik\")", "catatan": "+62 21", "kode": "@SUM(A1)", "alamat": "Jl. Merdeka, No. 1", "tab": "\tx", "biasa": "Budi"}""");

        await Export(FileExportFormat.Csv).DeliverAsync(request, CancellationToken.None);

        var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Path.Combine(_folder, "kota-bekasi", "REK-2026-000123.csv")));
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("answers.nama", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"", lines[1], StringComparison.Ordinal);
        Assert.Contains(",'+62 21,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",'@SUM(A1),", lines[1], StringComparison.Ordinal);
        Assert.Contains(",\"Jl. Merdeka, No. 1\",", lines[1], StringComparison.Ordinal);
        Assert.Contains(",'\tx,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",Budi,", lines[1], StringComparison.Ordinal);
        Assert.Contains("REK-2026-000123", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@x", "'@x")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void CsvCell_Escape(string value, string expected) => Assert.Equal(expected, Export_CsvCell(value));

    private static string Export_CsvCell(string value) => Perizinan.Queue.Export.CsvCell.Escape(value);

    [Fact]
    public async Task Deliver_Xml_WellFormedWithAnswersAndControlCharactersReplaced()
    {
        var request = Submissions.Request("""{"pemohon": {"nama": "Budi \u0001 <b>"}, "daftar": [1, 2], "kosong": null}""");

        await Export(FileExportFormat.Xml).DeliverAsync(request, CancellationToken.None);

        var document = XDocument.Load(Path.Combine(_folder, "kota-bekasi", "REK-2026-000123.xml"));
        XNamespace ns = "urn:perizinan:submission:1";
        var fields = document.Root!.Elements(ns + "field").ToDictionary(e => (string)e.Attribute("name")!);
        Assert.Equal("REK-2026-000123", fields["registrationNumber"].Value);
        var nama = fields["answers"].Elements(ns + "field").Single(e => (string)e.Attribute("name")! == "pemohon").Elements(ns + "field").Single();
        Assert.Equal("Budi \uFFFD <b>", nama.Value);
        Assert.Equal(2, fields["answers"].Elements(ns + "field").Single(e => (string)e.Attribute("name")! == "daftar").Elements(ns + "item").Count());
    }

    [Fact]
    public async Task Deliver_FolderIsAFile_RetryNotThrow()
    {
        await File.WriteAllTextAsync(_folder, "not a folder");
        try
        {
            var result = await Export(FileExportFormat.Json).DeliverAsync(Submissions.Request(), CancellationToken.None);

            Assert.Equal(DeliveryOutcome.Retry, result.Outcome);
        }
        finally
        {
            File.Delete(_folder);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
