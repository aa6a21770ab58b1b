namespace Perizinan.Forms.Versions;

/// <summary>
/// A set of versions a newer form version takes drafts from, written in <c>form.json</c> as one of: an exact version
/// (<c>1.0.0</c>); a wildcard (<c>1.x</c>, <c>1.0.x</c>: every version with those numbers, pre-releases included); or
/// comparators separated by spaces that must all hold (<c>&gt;=1.0.0 &lt;1.2.0</c>; operators <c>&gt;=</c>, <c>&gt;</c>,
/// <c>&lt;=</c>, <c>&lt;</c>, <c>=</c>). Comparison follows semantic-version precedence (<c>1.1.0-rc.1 &lt; 1.1.0</c>).
/// Immutable and thread-safe.
/// </summary>
public sealed class VersionRange
{
    private readonly IReadOnlyList<Func<SemanticVersion, bool>> _terms;

    private VersionRange(string text, IReadOnlyList<Func<SemanticVersion, bool>> terms)
    {
        Text = text;
        _terms = terms;
    }

    /// <summary>The range as written.</summary>
    public string Text { get; }

    /// <summary>Whether a version is in the range; <c>false</c> for text that is not a semantic version.</summary>
    public bool Contains(string version) =>
        SemanticVersion.TryParse(version, out var parsed) && Contains(parsed);

    /// <inheritdoc />
    public override string ToString() => Text;

    internal bool Contains(SemanticVersion version) => _terms.All(term => term(version));

    /// <summary>Reads a range; <c>null</c> when it is not one of the three forms.</summary>
    internal static VersionRange? TryParse(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var terms = new List<Func<SemanticVersion, bool>>(parts.Length);
        foreach (var part in parts)
        {
            if (Term(part) is not { } term)
            {
                return null;
            }

            terms.Add(term);
        }

        return new VersionRange(text, terms);
    }

    private static Func<SemanticVersion, bool>? Term(string part)
    {
        if (Wildcard(part) is { } wildcard)
        {
            return wildcard;
        }

        var (op, rest) = part switch
        {
            _ when part.StartsWith(">=", StringComparison.Ordinal) => (">=", part[2..]),
            _ when part.StartsWith("<=", StringComparison.Ordinal) => ("<=", part[2..]),
            _ when part.StartsWith('>') => (">", part[1..]),
            _ when part.StartsWith('<') => ("<", part[1..]),
            _ when part.StartsWith('=') => ("=", part[1..]),
            _ => ("=", part),
        };
        if (!SemanticVersion.TryParse(rest, out var bound))
        {
            return null;
        }

        return op switch
        {
            ">=" => v => v.CompareTo(bound) >= 0,
            "<=" => v => v.CompareTo(bound) <= 0,
            ">" => v => v.CompareTo(bound) > 0,
            "<" => v => v.CompareTo(bound) < 0,
            _ => v => v.CompareTo(bound) == 0,
        };
    }

    /// <summary><c>1.x</c> or <c>1.0.x</c>: the numbers before the <c>x</c> must match.</summary>
    private static Func<SemanticVersion, bool>? Wildcard(string part)
    {
        if (!part.EndsWith(".x", StringComparison.Ordinal))
        {
            return null;
        }

        var numbers = part[..^2].Split('.');
        if (numbers.Length is < 1 or > 2 || !numbers.All(IsNumber))
        {
            return null;
        }

        return numbers.Length == 1
            ? v => SemanticVersion.CompareDigits(v.Major, numbers[0]) == 0
            : v => SemanticVersion.CompareDigits(v.Major, numbers[0]) == 0 && SemanticVersion.CompareDigits(v.Minor, numbers[1]) == 0;
    }

    private static bool IsNumber(string text) =>
        text.Length > 0 && text.All(char.IsAsciiDigit) && (text == "0" || text[0] != '0');
}
