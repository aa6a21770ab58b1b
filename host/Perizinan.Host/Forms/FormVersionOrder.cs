namespace Perizinan.Host.Forms;

/// <summary>
/// Orders semantic versions (<c>1.10.0</c> after <c>1.9.2</c>; a pre-release such as <c>2.0.0-rc.1</c> before
/// <c>2.0.0</c>). Package versions are checked at load, so every version here is well-formed.
/// </summary>
internal sealed class FormVersionOrder : IComparer<string>
{
    public static FormVersionOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var (coreX, preX) = Split(x ?? string.Empty);
        var (coreY, preY) = Split(y ?? string.Empty);
        for (var i = 0; i < 3; i++)
        {
            var byPart = Part(coreX, i).CompareTo(Part(coreY, i));
            if (byPart != 0)
            {
                return byPart;
            }
        }

        return (preX, preY) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => string.CompareOrdinal(preX, preY),
        };
    }

    private static (string[] Core, string? PreRelease) Split(string version)
    {
        var withoutBuild = version.Split('+')[0];
        var dash = withoutBuild.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? (withoutBuild.Split('.'), null) : (withoutBuild[..dash].Split('.'), withoutBuild[(dash + 1)..]);
    }

    private static long Part(string[] core, int index) =>
        index < core.Length && long.TryParse(core[index], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
}
