using System.Globalization;

namespace Perizinan.Storage.Sql;

/// <summary>
/// One result row read by column name, whatever CLR types the provider returns (SQLite gives text and 64-bit integers,
/// PostgreSQL <see cref="DateTime"/> in UTC, SQL Server <see cref="DateTime"/> of unspecified kind).
/// </summary>
internal readonly struct Row(IDictionary<string, object?> values)
{
    public static Row Of(object dapperRow) => new((IDictionary<string, object?>)dapperRow);

    public string Text(string column) => TextOrNull(column) ?? throw new InvalidOperationException($"Column '{column}' is null.");

    public string? TextOrNull(string column) => Get(column) switch
    {
        null => null,
        string s => s,
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    public long Long(string column) => Convert.ToInt64(Get(column) ?? throw new InvalidOperationException($"Column '{column}' is null."), CultureInfo.InvariantCulture);

    public DateTimeOffset Time(string column) => TimeOrNull(column) ?? throw new InvalidOperationException($"Column '{column}' is null.");

    public DateTimeOffset? TimeOrNull(string column) => Get(column) switch
    {
        null => null,
        DateTimeOffset d => d.ToUniversalTime(),
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        var other => throw new InvalidOperationException($"Column '{column}' holds {other.GetType().Name}, not a time."),
    };

    public Guid Id(string column) => Guid.Parse(Text(column));

    private object? Get(string column)
    {
        if (!values.TryGetValue(column, out var value))
        {
            throw new InvalidOperationException($"The result has no column '{column}'.");
        }

        return value is DBNull ? null : value;
    }
}
