using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Perizinan.Forms.Package;

/// <summary>
/// The content hash of a package: the same files give the same hash on every machine, whatever their line endings,
/// byte order mark or the order they were listed in.
/// </summary>
/// <remarks>
/// The hash is SHA-256, written as 64 lower-case hexadecimal digits, over the package files (<c>form.json</c>,
/// <c>schema.json</c>, <c>rules.pzr</c>, <c>functions.js</c> when present, <c>scenarios/*.json</c>) taken in ordinal
/// order of their relative paths (written with <c>/</c>). Each file adds, in UTF-8:
/// <code>
/// relative/path \n decimal byte length of the content \n content
/// </code>
/// where the content is the file's text without a byte order mark and with every CRLF turned into LF, and the length
/// counts the UTF-8 bytes of that content. Nothing separates one file from the next: the length says where it ends.
/// Changing this recipe changes the hash of every published version, so it never changes.
/// </remarks>
internal static class PackageHash
{
    /// <summary>Computes the content hash of a package's files.</summary>
    public static string Compute(PackageFiles files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, text) in files.Texts.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var content = Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal));
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\n" + content.Length.ToString(CultureInfo.InvariantCulture) + "\n"));
            hash.AppendData(content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
