namespace Perizinan.Queue.Export;

/// <summary>
/// One CSV cell, safe to open in a spreadsheet: a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or
/// carriage return gets a leading <c>'</c> so it is shown as text and never run as a formula (CSV injection); then
/// RFC 4180 quoting when it holds a comma, quote or line break.
/// </summary>
internal static class CsvCell
{
    public static string Escape(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
