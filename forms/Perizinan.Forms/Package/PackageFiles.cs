using System.Text;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Forms.Package;

/// <summary>
/// The texts of a package's files, by relative path with <c>/</c> (<c>form.json</c>, <c>scenarios/besar.json</c>), in
/// ordinal order: <c>form.json</c>, <c>schema.json</c>, <c>rules.pzr</c>, <c>functions.js</c> and the top-level
/// <c>scenarios/*.json</c>; other files of the folder are not part of the package. Texts are UTF-8 with any byte order
/// mark removed; line endings are kept as written. Immutable.
/// </summary>
internal sealed class PackageFiles
{
    /// <summary>The manifest and layout.</summary>
    public const string Form = "form.json";

    /// <summary>The schema of the answers.</summary>
    public const string Schema = "schema.json";

    /// <summary>The rules.</summary>
    public const string Rules = "rules.pzr";

    /// <summary>The optional package functions.</summary>
    public const string Functions = "functions.js";

    /// <summary>The folder of the scenarios.</summary>
    public const string ScenariosFolder = "scenarios";

    /// <summary>The largest file a package may hold, in bytes: a package is a few small texts.</summary>
    public const int MaxFileBytes = 8 * 1024 * 1024;

    private static readonly string[] Required = [Form, Schema, Rules];
    private static readonly string[] Optional = [Functions];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SortedDictionary<string, string> _texts;

    private PackageFiles(SortedDictionary<string, string> texts) => _texts = texts;

    /// <summary>Every readable file of the package, by relative path, in ordinal order.</summary>
    public IReadOnlyDictionary<string, string> Texts => _texts;

    /// <summary>The scenario files, in ordinal order of their paths.</summary>
    public IEnumerable<(string Path, string Text)> Scenarios =>
        _texts.Where(f => f.Key.StartsWith(ScenariosFolder + "/", StringComparison.Ordinal)).Select(f => (f.Key, f.Value));

    /// <summary>The text of a file, or <c>null</c> when it is missing or could not be read.</summary>
    public string? Get(string path) => _texts.GetValueOrDefault(path);

    /// <summary>Whether a relative path (with <c>/</c>) names a file of the package.</summary>
    public static bool IsPackageFile(string path) =>
        Required.Contains(path) || Optional.Contains(path)
        || (path.StartsWith(ScenariosFolder + "/", StringComparison.Ordinal)
            && path.EndsWith(".json", StringComparison.Ordinal)
            && path.IndexOf('/', ScenariosFolder.Length + 1) < 0
            && path.Length > ScenariosFolder.Length + 1 + ".json".Length);

    /// <summary>
    /// Takes an in-memory package. Paths may use <c>\</c> or start with <c>./</c>; files that are not part of a package
    /// are ignored. Reports the required files that are missing (<c>PZP1001</c>).
    /// </summary>
    public static PackageFiles FromDictionary(IReadOnlyDictionary<string, string> files, DiagnosticBag diagnostics)
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var path = Normalize(key);
            if (IsPackageFile(path) && text is not null)
            {
                texts.TryAdd(path, StripBom(text));
            }
        }

        ReportMissing(texts, unreadable: [], diagnostics);
        return new PackageFiles(texts);
    }

    /// <summary>
    /// Reads a package folder. Returns <c>null</c> (after <c>PZP1001</c>) when the folder does not exist; otherwise
    /// the files it could read, having reported each missing or unreadable one.
    /// </summary>
    public static PackageFiles? FromDirectory(string directory, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(directory) || !Directory.Exists(directory))
        {
            diagnostics.Error(PackageDiagnostics.FileUnreadable, SourceLocation.OfFile(directory),
                $"Folder paket \"{directory}\" tidak ditemukan",
                $"The package folder \"{directory}\" was not found");
            return null;
        }

        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Required.Concat(Optional).Concat(ScenarioPaths(directory, diagnostics)))
        {
            var fullPath = Path.Combine(directory, path);
            if (!File.Exists(fullPath))
            {
                continue;
            }

            if (ReadText(fullPath, path, diagnostics) is { } text)
            {
                texts[path] = text;
            }
            else
            {
                unreadable.Add(path);
            }
        }

        ReportMissing(texts, unreadable, diagnostics);
        return new PackageFiles(texts);
    }

    private static IEnumerable<string> ScenarioPaths(string directory, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(directory, ScenariosFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        try
        {
            // Case-sensitive everywhere, so that the same folder gives the same package (and hash) on every machine.
            var options = new EnumerationOptions { MatchCasing = MatchCasing.CaseSensitive, RecurseSubdirectories = false };
            return [.. Directory.EnumerateFiles(folder, "*.json", options)
                .Select(f => ScenariosFolder + "/" + Path.GetFileName(f))
                .Where(IsPackageFile)
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics.Error(PackageDiagnostics.ScenarioProblem, SourceLocation.OfFile(ScenariosFolder),
                $"Folder skenario tidak bisa dibaca: {e.Message}",
                $"The scenarios folder cannot be read: {e.Message}");
            return [];
        }
    }

    private static string? ReadText(string fullPath, string path, DiagnosticBag diagnostics)
    {
        var isScenario = path.StartsWith(ScenariosFolder + "/", StringComparison.Ordinal);
        var readCode = isScenario ? PackageDiagnostics.ScenarioProblem : PackageDiagnostics.FileUnreadable;
        byte[] bytes;
        try
        {
            if (new FileInfo(fullPath).Length > MaxFileBytes)
            {
                diagnostics.Error(readCode, SourceLocation.OfFile(path),
                    $"Berkas {path} terlalu besar (paling besar {MaxFileBytes / (1024 * 1024)} MB)",
                    $"The file {path} is too large (at most {MaxFileBytes / (1024 * 1024)} MB)");
                return null;
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics.Error(readCode, SourceLocation.OfFile(path),
                $"Berkas {path} tidak bisa dibaca: {e.Message}",
                $"The file {path} cannot be read: {e.Message}");
            return null;
        }

        try
        {
            return StripBom(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            var code = isScenario ? PackageDiagnostics.ScenarioProblem
                : path.EndsWith(".json", StringComparison.Ordinal) ? PackageDiagnostics.InvalidJson
                : PackageDiagnostics.FileUnreadable;
            diagnostics.Error(code, LocateInvalidUtf8(path, bytes),
                $"Berkas {path} bukan teks UTF-8 yang sah",
                $"The file {path} is not valid UTF-8 text");
            return null;
        }
    }

    private static void ReportMissing(IDictionary<string, string> texts, HashSet<string> unreadable, DiagnosticBag diagnostics)
    {
        foreach (var path in Required.Where(p => !texts.ContainsKey(p) && !unreadable.Contains(p)))
        {
            diagnostics.Error(PackageDiagnostics.FileUnreadable, SourceLocation.OfFile(path),
                $"Paket tidak punya berkas {path}",
                $"The package has no {path} file");
        }
    }

    /// <summary>The line and column of the first byte that is not UTF-8.</summary>
    private static SourceLocation LocateInvalidUtf8(string path, byte[] bytes)
    {
        var offset = 0;
        while (offset < bytes.Length && Rune.DecodeFromUtf8(bytes.AsSpan(offset), out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }

        var before = Encoding.UTF8.GetString(bytes, 0, offset);
        var lineStart = before.LastIndexOf('\n') + 1;
        var line = before.AsSpan().Count('\n') + 1;
        return new SourceLocation(path, line, before.Length - lineStart + 1, before.Length, 1);
    }

    private static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.StartsWith("./", StringComparison.Ordinal) ? normalized[2..] : normalized;
    }

    private static string StripBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
}
