namespace Perizinan.Forms.Package;

/// <summary>
/// The stable codes of the problems found in a form package (<c>form-packages.md</c>, section 4). Messages are written
/// where each problem is found, in Indonesian and English.
/// </summary>
internal static class PackageDiagnostics
{
    /// <summary>A file of the package is missing or cannot be read.</summary>
    public const string FileUnreadable = "PZP1001";

    /// <summary>A file is not valid JSON.</summary>
    public const string InvalidJson = "PZP1002";

    /// <summary>The manifest misses a property or has a wrong one.</summary>
    public const string ManifestProblem = "PZP1003";

    /// <summary><c>schema.json</c> is not a valid JSON Schema.</summary>
    public const string InvalidSchema = "PZP1004";

    /// <summary>A part of the schema the engine does not support.</summary>
    public const string UnsupportedSchema = "PZP1005";

    /// <summary>A placed field that is not in the schema.</summary>
    public const string UnknownPlacedField = "PZP1006";

    /// <summary>A question of the schema with no place in the layout.</summary>
    public const string UnplacedField = "PZP1007";

    /// <summary>An example value that the schema does not accept.</summary>
    public const string InvalidExample = "PZP1008";

    /// <summary>A widget that does not fit the field's type.</summary>
    public const string WidgetMismatch = "PZP1009";

    /// <summary>Two places for one field, or two pages, sections or fees with the same id.</summary>
    public const string Duplicate = "PZP1010";

    /// <summary><c>required</c> in the schema on a question that a rule shows.</summary>
    public const string RequiredButConditional = "PZP1011";

    /// <summary>A scenario file that cannot be read.</summary>
    public const string ScenarioProblem = "PZP1012";

    /// <summary>A text that misses its Indonesian or English version.</summary>
    public const string MissingTranslation = "PZP1013";

    /// <summary>The folder's name is not the manifest's version (or its parent's name not the id).</summary>
    public const string FolderMismatch = "PZP1014";

    /// <summary>Warning: a fee declared in <c>form.json</c> that no rule charges.</summary>
    public const string UnusedFee = "PZP1015";

    /// <summary>
    /// A <c>migrations</c> declaration that cannot be used: a malformed version or range, a range that holds this version,
    /// a malformed path, a rename to a path not in <c>schema.json</c>, two renames to one path, a path renamed and dropped.
    /// </summary>
    public const string MigrationProblem = "PZP1016";
}
