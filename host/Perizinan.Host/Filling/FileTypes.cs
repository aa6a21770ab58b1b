namespace Perizinan.Host.Filling;

/// <summary>Media types as people know them (PDF, JPG, PNG).</summary>
internal static class FileTypes
{
    /// <summary>"PDF, JPG atau PNG"-style list of the accepted types (the short names are the same in both languages).</summary>
    public static string Describe(IEnumerable<string> mediaTypes) => string.Join(", ", mediaTypes.Select(Short).Distinct());

    private static string Short(string mediaType) => mediaType switch
    {
        "application/pdf" => "PDF",
        "image/jpeg" => "JPG",
        "image/png" => "PNG",
        _ => mediaType,
    };
}
