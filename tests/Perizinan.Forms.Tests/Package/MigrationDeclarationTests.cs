using Perizinan.Forms.Package;
using static Perizinan.Forms.Tests.Package.TestPackage;

namespace Perizinan.Forms.Tests.Package;

public sealed class MigrationDeclarationTests
{
    private const string Code = "PZP1016";

    /// <summary>The test package as version 1.1.0 with the given <c>migrations</c> section.</summary>
    private static Dictionary<string, string> WithMigrations(string migrations)
    {
        var files = Replace("form.json", "\"version\": \"1.0.0\",", "\"version\": \"1.1.0\",");
        files["form.json"] = files["form.json"].Replace("  \"fees\": [", "  \"migrations\": " + migrations + ",\n  \"fees\": [", StringComparison.Ordinal);
        return files;
    }

    [Fact]
    public void Load_ValidMigrations_ReadWithoutDiagnostics()
    {
        var files = WithMigrations("""
            [
                { "from": ["1.0.x", ">=0.9.0 <1.0.0"],
                  "rename": { "papan[].luas_m2": "papan[].luas", "pemohon.tipe": "pemohon.jenis", "reklame": "papan" },
                  "drop": ["pemohon.npwp"] },
                { "from": "0.5.0" }
              ]
            """);

        var (package, diagnostics) = Load(files);

        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
        var migrations = package!.Manifest.Migrations;
        Assert.Equal(2, migrations.Count);
        Assert.Equal(["1.0.x", ">=0.9.0 <1.0.0"], migrations[0].From.Select(r => r.Text));
        Assert.Equal(new FieldRename("papan[].luas_m2", "papan[].luas"), migrations[0].Renames[0]);
        Assert.Equal(["pemohon.npwp"], migrations[0].Drops);
        Assert.True(migrations[0].Accepts("1.0.7"));
        Assert.True(migrations[0].Accepts("0.9.3"));
        Assert.False(migrations[0].Accepts("0.5.0"));
        Assert.True(migrations[1].Accepts("0.5.0"));
        Assert.Empty(migrations[1].Renames);
    }

    [Fact]
    public void Load_NoMigrations_EmptyList()
    {
        Assert.Empty(Load(Files()).Package!.Manifest.Migrations);
    }

    [Fact]
    public void Load_RenameToUnknownPath_ErrorAtTheNewPath()
    {
        var files = WithMigrations("""[{ "from": "1.0.0", "rename": { "pemohon.nama": "pemohon.nama_lengkap" } }]""");

        var (_, diagnostics) = Load(files);

        var d = AssertOne(diagnostics, Code, "form.json", Find(files["form.json"], "\"pemohon.nama_lengkap\""));
        Assert.Contains("\"pemohon.nama_lengkap\" (for \"pemohon.nama\") is not in schema.json", d.MessageEn, StringComparison.Ordinal);
        Assert.Contains("tidak ada di schema.json", d.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoRenamesToOnePath_ErrorAtTheSecond()
    {
        var files = WithMigrations("""[{ "from": "1.0.0", "rename": { "pemohon.tipe": "pemohon.jenis", "pemohon.kind": "pemohon.jenis" } }]""");

        var (_, diagnostics) = Load(files);

        var d = AssertOne(diagnostics, Code, "form.json", Find(files["form.json"], "\"pemohon.jenis\"", occurrence: 2));
        Assert.Contains("already the new name of \"pemohon.tipe\"", d.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("v1.0.0")]
    [InlineData(">=1.0.0 <")]
    [InlineData("1.x.x")]
    [InlineData("01.x")]
    [InlineData("~1.0.0")]
    public void Load_MalformedFrom_ErrorAtTheVersion(string from)
    {
        var files = WithMigrations($$"""[{ "from": ["1.0.0", "{{from}}"] }]""");

        var (_, diagnostics) = Load(files);

        var d = AssertOne(diagnostics, Code, "form.json", Find(files["form.json"], $"\"{from}\""));
        Assert.Contains("cannot be read", d.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.x")]
    [InlineData(">=1.0.0")]
    [InlineData("1.1.0")]
    public void Load_FromHoldsOwnVersion_Error(string from)
    {
        var files = WithMigrations($$"""[{ "from": "{{from}}" }]""");

        var (_, diagnostics) = Load(files);

        var occurrence = from == "1.1.0" ? 1 : 0;   // the package's own version comes first
        var d = AssertOne(diagnostics, Code, "form.json", Find(files["form.json"], $"\"{from}\"", occurrence));
        Assert.Contains("includes this version itself (1.1.0)", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FromMissingOrEmpty_Error()
    {
        var missing = WithMigrations("""[{ "drop": ["a"] }]""");
        var empty = WithMigrations("""[{ "from": [] }]""");

        AssertOne(Load(missing).Diagnostics, Code, "form.json", Find(missing["form.json"], "{ \"drop\""));
        AssertOne(Load(empty).Diagnostics, Code, "form.json", Find(empty["form.json"], "[] }"));
    }

    [Theory]
    [InlineData("papan[]")]
    [InlineData("a[].b[].c")]
    [InlineData("Pemohon.Nama")]
    [InlineData("papan[0].luas")]
    public void Load_MalformedOldPath_ErrorAtTheName(string path)
    {
        var files = WithMigrations($$"""[{ "from": "1.0.0", "rename": { "{{path}}": "setuju" } }]""");

        var (_, diagnostics) = Load(files);

        var d = AssertOne(diagnostics, Code, "form.json", Find(files["form.json"], $"\"{path}\""));
        Assert.Contains("is not a field path", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RenameIntoRows_Error()
    {
        var files = WithMigrations("""[{ "from": "1.0.0", "rename": { "luas_total": "papan[].luas" } }]""");

        var (_, diagnostics) = Load(files);

        var d = AssertOne(diagnostics, Code, "form.json", Find(files["form.json"], "\"papan[].luas\"", occurrence: 1));
        Assert.Contains("cannot move into or out of a repeating group's rows", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RenamedAndDropped_ErrorAtTheDrop()
    {
        var files = WithMigrations("""[{ "from": "1.0.0", "rename": { "pemohon.tipe": "pemohon.jenis" }, "drop": ["pemohon.tipe", "x", "x"] }]""");

        var (_, diagnostics) = Load(files);

        var found = diagnostics.Where(d => d.Code == Code).ToList();
        Assert.True(found.Count == 2, Describe(diagnostics));
        Assert.Equal(Find(files["form.json"], "\"pemohon.tipe\"", occurrence: 1), (found[0].Location.Line, found[0].Location.Column));
        Assert.Contains("both renamed to \"pemohon.jenis\" and dropped", found[0].MessageEn, StringComparison.Ordinal);
        Assert.Equal(Find(files["form.json"], "\"x\"", occurrence: 1), (found[1].Location.Line, found[1].Location.Column));
    }

    [Fact]
    public void Load_UnknownPropertyInMigration_Pzp1016AtTheName()
    {
        var files = WithMigrations("""[{ "from": "1.0.0", "renames": {} }]""");

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, Code, "form.json", Find(files["form.json"], "\"renames\""));
    }
}
