using System.Text.Json.Nodes;
using Perizinan.Engine.Tests.TestSupport;
using Perizinan.Forms.Package;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Engine.Tests.Migration;

/// <summary>Two versions of one test form for migrations: 1.0.0 as written, and a newer one with a <c>migrations</c> section.</summary>
internal static class MigrationPackages
{
    /// <summary>Loads package files (no rules compiled: a migration needs the fields only); fails the test on any error.</summary>
    public static FormPackage Load(IReadOnlyDictionary<string, string> files)
    {
        var bag = new DiagnosticBag();
        var package = FormPackageLoader.LoadFromFiles(files, "test", bag);
        Assert.True(package is not null && !bag.HasErrors, TestPackage.Describe(bag.Items));
        return package;
    }

    /// <summary>The files with another version and, when given, a <c>migrations</c> section (JSON text).</summary>
    public static Dictionary<string, string> Version(IReadOnlyDictionary<string, string> files, string version, string? migrations = null)
    {
        var form = JsonNode.Parse(files["form.json"])!.AsObject();
        form["version"] = version;
        if (migrations is not null)
        {
            form["migrations"] = JsonNode.Parse(migrations);
        }

        return new Dictionary<string, string>(files, StringComparer.Ordinal) { ["form.json"] = form.ToJsonString() };
    }
}
