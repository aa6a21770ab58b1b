namespace Perizinan.Queue.Destinations;

/// <summary>
/// A destination that writes each submission into a folder, as <c>&lt;folder&gt;/&lt;tenant&gt;/&lt;registration
/// number&gt;.&lt;json|csv|xml&gt;</c>. A plain options class.
/// </summary>
public sealed class FileExportOptions
{
    /// <summary>A JSON export into <c>exports/</c> named <c>export</c>.</summary>
    public static FileExportOptions Default => new();

    /// <summary>The destination's name, as submissions name it.</summary>
    public string Name { get; set; } = "export";

    /// <summary>The folder the files go to (one sub-folder per tenant).</summary>
    public string Folder { get; set; } = "exports";

    /// <summary>The file format.</summary>
    public FileExportFormat Format { get; set; } = FileExportFormat.Json;
}
