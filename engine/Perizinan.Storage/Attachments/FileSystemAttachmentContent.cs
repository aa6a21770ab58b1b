using System.Security.Cryptography;

namespace Perizinan.Storage.Attachments;

/// <summary>
/// Attachment bytes in a folder: <c>&lt;folder&gt;/&lt;tenant&gt;/&lt;first two hex digits&gt;/&lt;sha256&gt;</c>. A write goes
/// to a temporary file, is flushed to disk, then renamed into place, so a file under its hash is always complete.
/// Thread-safe (concurrent writes of the same bytes rename the same content).
/// </summary>
public sealed class FileSystemAttachmentContent : IAttachmentContent
{
    private readonly string _folder;

    /// <summary>Uses (and creates when needed) <paramref name="folder"/>.</summary>
    public FileSystemAttachmentContent(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        _folder = Path.GetFullPath(folder);
    }

    /// <inheritdoc />
    public async Task<(string Sha256, long Size)> WriteAsync(string tenant, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var tenantFolder = Path.Combine(_folder, TenantId.Check(tenant));
        var temporary = Path.Combine(tenantFolder, "tmp");
        Directory.CreateDirectory(temporary);
        var temporaryFile = Path.Combine(temporary, Guid.NewGuid().ToString("N"));
        try
        {
            string sha256;
            long size;
            var file = new FileStream(temporaryFile, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await using (file.ConfigureAwait(false))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }

                file.Flush(flushToDisk: true);
                size = file.Length;
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var target = PathOf(tenantFolder, sha256);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(temporaryFile, target, overwrite: true);
            return (sha256, size);
        }
        finally
        {
            File.Delete(temporaryFile);
        }
    }

    /// <inheritdoc />
    public Task<Stream?> OpenReadAsync(string tenant, string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            return Task.FromResult<Stream?>(null);
        }

        var path = PathOf(Path.Combine(_folder, TenantId.Check(tenant)), sha256);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    private static string PathOf(string tenantFolder, string sha256) => Path.Combine(tenantFolder, sha256[..2], sha256);
}
