namespace Perizinan.Host.Web;

/// <summary>The account texts (see <see cref="UiText"/>).</summary>
internal static partial class UiText
{
    private static readonly Dictionary<string, (string Id, string En)> AccountTexts = new(StringComparer.Ordinal)
    {
    };
}
