using System.Text.RegularExpressions;

namespace Perizinan.Forms.Package;

/// <summary>The shapes of names in a package (ids, versions, paths), as compiled regular expressions.</summary>
internal static partial class PackagePatterns
{
    /// <summary>A form id: lower-case words (letters, digits) joined by <c>-</c>: <c>izin-reklame</c>.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    public static partial Regex FormId();

    /// <summary>A semantic version 2.0.0: <c>1.0.0</c>, <c>1.2.0-rc.1</c>, <c>2.0.0+build.5</c>.</summary>
    [GeneratedRegex(
        @"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)"
        + @"(-(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(\.(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*)?"
        + @"(\+[0-9a-zA-Z-]+(\.[0-9a-zA-Z-]+)*)?$",
        RegexOptions.CultureInvariant)]
    public static partial Regex SemanticVersion();

    /// <summary>A name the rules can write: a property of the answers or a fee id (<c>pajak_reklame</c>).</summary>
    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    public static partial Regex Name();

    /// <summary>The id of a page or a section: <c>pemohon</c>, <c>data-usaha</c>.</summary>
    [GeneratedRegex("^[a-z][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    public static partial Regex LayoutId();

    /// <summary>A registration number prefix: 1–10 upper-case letters or digits, starting with a letter (<c>REK</c>).</summary>
    [GeneratedRegex("^[A-Z][A-Z0-9]{0,9}$", RegexOptions.CultureInvariant)]
    public static partial Regex RegistrationPrefix();

    /// <summary>A media type of an attachment slot: <c>application/pdf</c>, <c>image/*</c>.</summary>
    [GeneratedRegex(@"^[a-z]+/([a-z0-9][a-z0-9.+-]*|\*)$", RegexOptions.CultureInvariant)]
    public static partial Regex MediaType();

    /// <summary>A field path as form.json writes it, rows as <c>[]</c>: <c>pemohon.nama</c>, <c>papan[].luas</c>, <c>papan</c>.</summary>
    [GeneratedRegex(@"^[a-z][a-z0-9_]*(\[\])?(\.[a-z][a-z0-9_]*(\[\])?)*$", RegexOptions.CultureInvariant)]
    public static partial Regex FieldPath();

    /// <summary>A path with row numbers, as scenarios write it: <c>papan[0].luas</c>.</summary>
    [GeneratedRegex(@"^[a-z][a-z0-9_]*(\[[0-9]+\])?(\.[a-z][a-z0-9_]*(\[[0-9]+\])?)*$", RegexOptions.CultureInvariant)]
    public static partial Regex RowPath();

    /// <summary>A row number in a path (<c>[0]</c>), to turn <c>papan[0].luas</c> into the field <c>papan[].luas</c>.</summary>
    [GeneratedRegex(@"\[[0-9]+\]", RegexOptions.CultureInvariant)]
    public static partial Regex RowNumber();
}
