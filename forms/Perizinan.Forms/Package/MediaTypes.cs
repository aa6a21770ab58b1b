namespace Perizinan.Forms.Package;

/// <summary>
/// The file types an attachment slot may accept: only those the engine can recognise by their first bytes (their
/// "magic"), because the name and the type a browser claims for an upload are chosen by the uploader.
/// </summary>
public static class MediaTypes
{
    /// <summary>The media types a slot may list in <c>accept</c>.</summary>
    public static IReadOnlyList<string> Recognised { get; } = ["application/pdf", "image/jpeg", "image/png"];

    /// <summary>A media type as people know it (<c>PDF</c>, <c>JPEG</c>, <c>PNG</c>); an unknown one as it is.</summary>
    public static string ShortName(string mediaType) => mediaType switch
    {
        "application/pdf" => "PDF",
        "image/jpeg" => "JPEG",
        "image/png" => "PNG",
        _ => mediaType,
    };

    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>How many first bytes <see cref="Detect"/> needs.</summary>
    public const int SignatureLength = 8;

    /// <summary>The media type the content starts like, or <c>null</c> when it is none of <see cref="Recognised"/>.</summary>
    /// <param name="head">The first bytes of the file (at least <see cref="SignatureLength"/> when the file is that long).</param>
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (head.StartsWith(JpegMagic))
        {
            return "image/jpeg";
        }

        if (head.StartsWith(PngMagic))
        {
            return "image/png";
        }

        return null;
    }
}
