using System.Text;
using System.Text.Json;

namespace Perizinan.Queue.Export;

/// <summary>
/// A submission as CSV: a header row of dotted paths (<c>answers.pemohon.nama</c>, <c>fees.lines[0].amount</c>) and one
/// row of values, RFC 4180 quoting, UTF-8 with a byte order mark (so spreadsheet programs read it as UTF-8).
/// </summary>
internal static class CsvExport
{
    public static byte[] Write(JsonElement payload)
    {
        var cells = new List<KeyValuePair<string, string>>();
        JsonFlattener.Flatten(payload, string.Empty, cells);
        var text = new StringBuilder();
        text.AppendJoin(',', cells.Select(c => CsvCell.Escape(c.Key))).Append("\r\n");
        text.AppendJoin(',', cells.Select(c => CsvCell.Escape(c.Value))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
