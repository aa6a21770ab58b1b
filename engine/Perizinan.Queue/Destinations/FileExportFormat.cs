namespace Perizinan.Queue.Destinations;

/// <summary>The file format of a <see cref="FileExportOptions"/> destination.</summary>
public enum FileExportFormat
{
    /// <summary>The webhook's JSON payload, one file per submission.</summary>
    Json,

    /// <summary>A header row and one row per submission, answers flattened to dotted paths, formula injection escaped.</summary>
    Csv,

    /// <summary>An XML document per submission.</summary>
    Xml,
}
