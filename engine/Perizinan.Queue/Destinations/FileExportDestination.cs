using Perizinan.Queue.Delivery;
using Perizinan.Queue.Export;

namespace Perizinan.Queue.Destinations;

/// <summary>
/// Writes each submission to <c>&lt;folder&gt;/&lt;tenant&gt;/&lt;registration number&gt;.&lt;ext&gt;</c>: first to a
/// temporary file in the same folder, flushed to disk, then renamed over the final name, so a reader never sees half a
/// file and a retry overwrites instead of duplicating. I/O errors are retried. Thread-safe.
/// </summary>
internal sealed class FileExportDestination : IDestination
{
    private readonly string _folder;
    private readonly FileExportFormat _format;

    public FileExportDestination(FileExportOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(options.Name);
        ArgumentException.ThrowIfNullOrEmpty(options.Folder);
        Name = options.Name;
        _folder = Path.GetFullPath(options.Folder);
        _format = options.Format;
    }

    public string Name { get; }

    public async Task<DeliveryResult> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        var number = request.Submission.RegistrationNumber;
        if (number.Length == 0 || number.IndexOfAny(['/', '\\', '\0']) >= 0 || number is "." or "..")
        {
            return DeliveryResult.Permanent($"registration number '{number}' cannot name a file");
        }

        var bytes = _format switch
        {
            FileExportFormat.Csv => CsvExport.Write(SubmissionPayload.Element(request)),
            FileExportFormat.Xml => XmlExport.Write(SubmissionPayload.Element(request)),
            _ => SubmissionPayload.Utf8(request),
        };
        var folder = Path.Combine(_folder, request.TenantId);
        var target = Path.Combine(folder, number + Extension);
        var temporary = Path.Combine(folder, $".{number}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
            return DeliveryResult.Delivered;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return DeliveryResult.Retry($"cannot write {target}: {e.Message}");
        }
    }

    private string Extension => _format switch
    {
        FileExportFormat.Csv => ".csv",
        FileExportFormat.Xml => ".xml",
        _ => ".json",
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover .tmp file is harmless; the next attempt writes another.
        }
    }
}
