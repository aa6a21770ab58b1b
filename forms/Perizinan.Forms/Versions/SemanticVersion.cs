namespace Perizinan.Forms.Versions;

/// <summary>
/// A semantic version (2.0.0) compared by precedence: numbers first, then a pre-release is lower than its release;
/// build metadata does not count. Numbers are compared as digit strings, so no version is too large. Immutable.
/// </summary>
public readonly record struct SemanticVersion : IComparable<SemanticVersion>
{
    private SemanticVersion(string major, string minor, string patch, string[] preRelease, string text)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        PreRelease = preRelease;
        Text = text;
    }

    /// <summary>The major number, as digits.</summary>
    public string Major { get; }

    /// <summary>The minor number, as digits.</summary>
    public string Minor { get; }

    /// <summary>The patch number, as digits.</summary>
    public string Patch { get; }

    /// <summary>The dot-separated pre-release identifiers (<c>rc.1</c> gives <c>rc</c>, <c>1</c>); empty for a release.</summary>
    public IReadOnlyList<string> PreRelease { get; }

    /// <summary>The version as written.</summary>
    public string Text { get; }

    /// <summary>Reads a version such as <c>1.2.0</c>, <c>1.2.0-rc.1</c> or <c>1.2.0+build.5</c>; <c>false</c> for anything else.</summary>
    public static bool TryParse(string? text, out SemanticVersion version)
    {
        version = default;
        if (text is null || !Package.PackagePatterns.SemanticVersion().IsMatch(text))
        {
            return false;
        }

        var core = text;
        var plus = core.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            core = core[..plus];
        }

        var dash = core.IndexOf('-', StringComparison.Ordinal);
        var preRelease = dash >= 0 ? core[(dash + 1)..].Split('.') : [];
        var numbers = (dash >= 0 ? core[..dash] : core).Split('.');
        version = new SemanticVersion(numbers[0], numbers[1], numbers[2], preRelease, text);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(SemanticVersion other)
    {
        var byNumbers = CompareNumbers(other);
        if (byNumbers != 0)
        {
            return byNumbers;
        }

        return (PreRelease.Count, other.PreRelease.Count) switch
        {
            (0, 0) => 0,
            (0, _) => 1,
            (_, 0) => -1,
            _ => ComparePreRelease(PreRelease, other.PreRelease),
        };
    }

    /// <summary>Compares the three numbers only (a pre-release of 1.0.0 equals 1.0.0 here).</summary>
    public int CompareNumbers(SemanticVersion other)
    {
        var major = CompareDigits(Major, other.Major);
        if (major != 0)
        {
            return major;
        }

        var minor = CompareDigits(Minor, other.Minor);
        return minor != 0 ? minor : CompareDigits(Patch, other.Patch);
    }

    /// <summary>Whether this version comes after <paramref name="other"/>.</summary>
    public bool IsNewerThan(SemanticVersion other) => CompareTo(other) > 0;

    /// <summary>Two digit strings without leading zeros (the pattern forbids them): the longer is larger, else by characters.</summary>
    internal static int CompareDigits(string a, string b) =>
        a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b) switch { < 0 => -1, > 0 => 1, _ => 0 };

    private static int ComparePreRelease(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var aNumeric = a[i].All(char.IsAsciiDigit);
            var bNumeric = b[i].All(char.IsAsciiDigit);
            var order = (aNumeric, bNumeric) switch
            {
                (true, true) => CompareDigits(a[i], b[i]),
                (true, false) => -1,
                (false, true) => 1,
                _ => Math.Sign(string.CompareOrdinal(a[i], b[i])),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <inheritdoc />
    public bool Equals(SemanticVersion other) => CompareTo(other) == 0;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Major, Minor, Patch, string.Join('.', PreRelease));
}
