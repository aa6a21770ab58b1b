namespace Perizinan.Host.Web;

/// <summary>The embed texts (see <see cref="UiText"/>).</summary>
internal static partial class UiText
{
    private static readonly Dictionary<string, (string Id, string En)> EmbedTexts = new(StringComparer.Ordinal)
    {
    };
}
