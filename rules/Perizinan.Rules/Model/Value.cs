using System.Globalization;

namespace Perizinan.Rules.Model;

/// <summary>
/// A value seen by the rules: an answer, a computed value or an intermediate result. Immutable; equality is by
/// content. Numbers are <see cref="decimal"/> so that money (rupiah) is exact.
/// </summary>
public readonly struct Value : IEquatable<Value>
{
    private readonly decimal _number;
    private readonly object? _ref;

    private Value(ValueKind kind, decimal number, object? reference)
    {
        Kind = kind;
        _number = number;
        _ref = reference;
    }

    /// <summary>The empty value.</summary>
    public static Value Empty => default;

    /// <summary>True.</summary>
    public static Value True { get; } = new(ValueKind.Bool, 1, null);

    /// <summary>False.</summary>
    public static Value False { get; } = new(ValueKind.Bool, 0, null);

    /// <summary>What this value holds.</summary>
    public ValueKind Kind { get; }

    /// <summary>Whether this is the empty value.</summary>
    public bool IsEmpty => Kind == ValueKind.Empty;

    /// <summary>Makes a number.</summary>
    public static Value Number(decimal n) => new(ValueKind.Number, n, null);

    /// <summary>Makes a text; <c>null</c> gives <see cref="Empty"/>.</summary>
    public static Value Text(string? s) => s is null ? Empty : new(ValueKind.Text, 0, s);

    /// <summary>Makes a boolean.</summary>
    public static Value Bool(bool b) => b ? True : False;

    /// <summary>Makes a date.</summary>
    public static Value Date(DateOnly d) => new(ValueKind.Date, d.DayNumber, null);

    /// <summary>Makes a list of texts; the array is copied.</summary>
    public static Value List(IEnumerable<string> items) => new(ValueKind.List, 0, items.ToArray());

    /// <summary>The number; throws when this is not a number.</summary>
    public decimal AsNumber => Kind == ValueKind.Number ? _number : throw Mismatch(ValueKind.Number);

    /// <summary>The text; throws when this is not a text.</summary>
    public string AsText => Kind == ValueKind.Text ? (string)_ref! : throw Mismatch(ValueKind.Text);

    /// <summary>The boolean; throws when this is not a boolean.</summary>
    public bool AsBool => Kind == ValueKind.Bool ? _number != 0 : throw Mismatch(ValueKind.Bool);

    /// <summary>The date; throws when this is not a date.</summary>
    public DateOnly AsDate => Kind == ValueKind.Date ? DateOnly.FromDayNumber((int)_number) : throw Mismatch(ValueKind.Date);

    /// <summary>The list items; throws when this is not a list.</summary>
    public IReadOnlyList<string> AsList => Kind == ValueKind.List ? (string[])_ref! : throw Mismatch(ValueKind.List);

    /// <summary>True only for the boolean true: an empty condition does not hold.</summary>
    public bool IsTrue => Kind == ValueKind.Bool && _number != 0;

    private InvalidOperationException Mismatch(ValueKind wanted) =>
        new($"Value of kind {Kind} read as {wanted}.");

    /// <inheritdoc />
    public bool Equals(Value other)
    {
        if (Kind != other.Kind)
        {
            return false;
        }

        return Kind switch
        {
            ValueKind.Empty => true,
            ValueKind.Text => string.Equals((string)_ref!, (string)other._ref!, StringComparison.Ordinal),
            ValueKind.List => ((string[])_ref!).AsSpan().SequenceEqual((string[])other._ref!),
            _ => _number == other._number,
        };
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Value v && Equals(v);

    /// <inheritdoc />
    public override int GetHashCode() => Kind switch
    {
        ValueKind.Empty => 0,
        ValueKind.Text => HashCode.Combine(Kind, ((string)_ref!).GetHashCode(StringComparison.Ordinal)),
        ValueKind.List => HashCode.Combine(Kind, ((string[])_ref!).Length),
        _ => HashCode.Combine(Kind, _number),
    };

    /// <summary>Equality operator.</summary>
    public static bool operator ==(Value left, Value right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(Value left, Value right) => !left.Equals(right);

    /// <summary>A readable form, as the rules language would write it.</summary>
    public override string ToString() => Kind switch
    {
        ValueKind.Empty => "empty",
        ValueKind.Number => _number.ToString(CultureInfo.InvariantCulture),
        ValueKind.Text => "\"" + (string)_ref! + "\"",
        ValueKind.Bool => _number != 0 ? "true" : "false",
        ValueKind.Date => AsDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => "[" + string.Join(", ", ((string[])_ref!).Select(s => "\"" + s + "\"")) + "]",
    };
}
