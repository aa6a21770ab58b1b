namespace Perizinan.Host.Web;

/// <summary>The form texts (see <see cref="UiText"/>).</summary>
internal static partial class UiText
{
    private static readonly Dictionary<string, (string Id, string En)> FormTexts = new(StringComparer.Ordinal)
    {
    };
}
