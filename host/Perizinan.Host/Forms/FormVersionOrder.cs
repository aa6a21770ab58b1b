using Perizinan.Forms.Versions;

namespace Perizinan.Host.Forms;

/// <summary>
/// Orders version strings by semantic-version precedence (<c>1.10.0</c> after <c>1.9.2</c>; <c>2.0.0-rc.1</c> before
/// <c>2.0.0</c>). Published versions were checked at load; a string that is not a version sorts first.
/// </summary>
internal sealed class FormVersionOrder : IComparer<string>
{
    public static FormVersionOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var hasX = SemanticVersion.TryParse(x, out var a);
        var hasY = SemanticVersion.TryParse(y, out var b);
        return hasX && hasY ? a.CompareTo(b) : hasX.CompareTo(hasY);
    }
}
