using Perizinan.Forms.Package;
using Perizinan.Rules.Diagnostics;
using static Perizinan.Forms.Tests.Package.TestPackage;

namespace Perizinan.Forms.Tests.Package;

/// <summary>Each package check, triggered by a small break in the minimal package, at the right file, line and column.</summary>
public sealed class PackageCheckTests
{
    // PZP1001 — a file is missing or cannot be read.

    [Theory]
    [InlineData("form.json")]
    [InlineData("schema.json")]
    public void LoadFromFiles_ManifestOrSchemaMissing_PZP1001AndNoPackage(string file)
    {
        var files = Files();
        files.Remove(file);

        var (package, diagnostics) = Load(files);

        Assert.Null(package);
        AssertOne(diagnostics, "PZP1001", file, (1, 1));
    }

    [Fact]
    public void LoadFromFiles_RulesMissing_PZP1001ButPackageBuilt()
    {
        var files = Files();
        files.Remove("rules.pzr");

        var (package, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1001", "rules.pzr", (1, 1));
        Assert.Equal(string.Empty, package!.RulesSource);
    }

    [Fact]
    public void Load_InvalidUtf8InRules_PZP1001AtByte()
    {
        using var folder = new TempPackageFolder("izin-contoh", "1.0.0", Files());
        folder.Write("rules.pzr", [.. "# ok\nrule "u8, 0xC3, 0x28]);
        var bag = new DiagnosticBag();

        FormPackageLoader.Load(folder.Path, bag);

        AssertOne(bag.Items, "PZP1001", "rules.pzr", (2, 6));
    }

    // PZP1002 — not valid JSON.

    [Fact]
    public void LoadFromFiles_TrailingComma_PZP1002AtClosingBrace()
    {
        var files = Replace("form.json", "\"region\": \"Kota Contoh\",\n  \"registrationPrefix\": \"CTH\",", "\"region\": \"Kota Contoh\",\n  \"registrationPrefix\": \"CTH\",\n}");

        var (package, diagnostics) = Load(files);

        Assert.Null(package);
        AssertOne(diagnostics, "PZP1002", "form.json", Find(files["form.json"], "\n}") is var (line, _) ? (line + 1, 1) : default);
    }

    [Fact]
    public void LoadFromFiles_Comment_PZP1002AtComment()
    {
        var files = Replace("schema.json", "\"type\": \"object\",\n  \"properties\"", "\"type\": \"object\", // answers\n  \"properties\"");

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1002", "schema.json", Find(files["schema.json"], "// answers"));
    }

    [Fact]
    public void LoadFromFiles_RepeatedProperty_PZP1002AtSecondName()
    {
        var files = Replace("form.json", "\"region\": \"Kota Contoh\",", "\"region\": \"Kota Contoh\", \"region\": \"Kota Lain\",");

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1002", "form.json", Find(files["form.json"], "\"region\"", occurrence: 1));
    }

    [Fact]
    public void LoadFromFiles_EmptyForm_PZP1002AtStart()
    {
        var (package, diagnostics) = Load(With("form.json", _ => string.Empty));

        Assert.Null(package);
        AssertOne(diagnostics, "PZP1002", "form.json", (1, 1));
    }

    // PZP1003 — the manifest misses a property or has a wrong one.

    [Fact]
    public void LoadFromFiles_AgencyMissing_PZP1003AtRootObject()
    {
        var files = Replace("form.json", "  \"agency\": { \"id\": \"DPMPTSP Kota Contoh\", \"en\": \"Sample City One-Stop Office\" },\n", string.Empty);

        var (package, diagnostics) = Load(files);

        var diagnostic = AssertOne(diagnostics, "PZP1003", "form.json", (1, 1));
        Assert.Contains("\"agency\"", diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.NotNull(package);
    }

    [Fact]
    public void LoadFromFiles_UnknownProperty_PZP1003AtItsName()
    {
        var files = Replace("form.json", "\"unit\": \"m²\",", "\"unit\": \"m²\", \"lable\": 1,");

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1003", "form.json", Find(files["form.json"], "\"lable\""));
    }

    [Theory]
    [InlineData("\"version\": \"1.0.0\"", "\"version\": \"1.0\"", "\"1.0\"")]
    [InlineData("\"id\": \"izin-contoh\"", "\"id\": \"Izin Contoh\"", "\"Izin Contoh\"")]
    [InlineData("\"widget\": \"date\"", "\"widget\": \"calendar\"", "\"calendar\"")]
    [InlineData("\"kind\": \"pajak\"", "\"kind\": \"denda\"", "\"denda\"")]
    [InlineData("\"maxSizeKb\": 2048", "\"maxSizeKb\": 0", "0 }")]
    [InlineData("\"hidden\": true", "\"hidden\": \"ya\"", "\"ya\"")]
    [InlineData("\"accept\": [\"application/pdf\"", "\"accept\": [\"application/msword\"", "\"application/msword\"")]
    [InlineData("\"perorangan\": { \"id\"", "\"pribadi\": { \"id\"", "\"pribadi\"")]
    public void LoadFromFiles_WrongManifestValue_PZP1003AtValue(string oldText, string newText, string marker)
    {
        var files = Replace("form.json", oldText, newText);

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1003", "form.json", Find(files["form.json"], marker));
    }

    [Fact]
    public void LoadFromFiles_RowFieldOutsideItsRepeat_PZP1003AtPath()
    {
        var files = Replace("form.json", "\"path\": \"setuju\"", "\"path\": \"papan[].setuju\"");

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1003", "form.json", Find(files["form.json"], "\"papan[].setuju\""));
    }

    // PZP1004 — not a valid JSON Schema.

    [Fact]
    public void LoadFromFiles_InvalidKeywordValue_PZP1004AtKeyword()
    {
        var files = Replace("schema.json", "\"pattern\": \"^[0-9]{16}$\"", "\"pattern\": \"^[0-9]{16}$\", \"minLength\": -1");

        var (package, diagnostics) = Load(files);

        Assert.Null(package);
        AssertOne(diagnostics, "PZP1004", "schema.json", After(files["schema.json"], "\"minLength\": "));
    }

    [Fact]
    public void LoadFromFiles_InvalidRegex_PZP1004AtPattern()
    {
        var files = Replace("schema.json", "\"pattern\": \"^[0-9]{16}$\"", "\"pattern\": \"([\"");

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1004", "schema.json", Find(files["schema.json"], "\"([\""));
    }

    [Theory]
    [InlineData("\"type\": \"object\",\n  \"properties\"", "\"type\": \"array\",\n  \"properties\"", "\"array\"")]
    [InlineData("\"https://json-schema.org/draft/2020-12/schema\"", "\"http://json-schema.org/draft-07/schema#\"", "\"http://json-schema.org/draft-07/schema#\"")]
    public void LoadFromFiles_NotA202012ObjectSchema_PZP1004(string oldText, string newText, string marker)
    {
        var files = Replace("schema.json", oldText, newText);

        var (package, diagnostics) = Load(files);

        Assert.Null(package);
        AssertOne(diagnostics, "PZP1004", "schema.json", Find(files["schema.json"], marker));
    }

    // PZP1005 — a part of the schema the engine does not support.

    [Theory]
    [InlineData("\"title\": \"Scan KTP\"", "\"title\": \"Scan KTP\", \"$ref\": \"#/properties/setuju\"", "\"$ref\"")]
    [InlineData("\"required\": [\"setuju\"]", "\"required\": [\"setuju\"], \"if\": { \"required\": [\"setuju\"] }", "\"if\"")]
    [InlineData("\"required\": [\"nik\"]", "\"required\": [\"nik\"], \"dependentRequired\": { \"nik\": [\"jenis\"] }", "\"dependentRequired\"")]
    [InlineData("\"minimum\": 0 }", "\"minimum\": 0 }, \"sisi\": { \"type\": \"array\", \"items\": { \"type\": \"object\" } }", "\"sisi\"")]
    [InlineData("\"items\": { \"type\": \"string\", \"enum\": [\"toko\", \"kantor\"] }", "\"items\": { \"type\": \"number\" }", "\"number\" }")]
    [InlineData("\"setuju\": { \"type\": \"boolean\"", "\"setuju\": { \"type\": [\"boolean\", \"null\"]", "[\"boolean\"")]
    [InlineData("\"setuju\": { \"type\": \"boolean\"", "\"Setuju\": { \"type\": \"boolean\"", "\"Setuju\"")]
    [InlineData("\"pemohon\": {\n      \"type\": \"object\",", "\"pemohon\": {\n      \"type\": \"object\", \"readOnly\": true,", "true,")]
    public void LoadFromFiles_UnsupportedSchemaPart_PZP1005AtIt(string oldText, string newText, string marker)
    {
        var files = Replace("schema.json", oldText, newText);

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1005", "schema.json", Find(files["schema.json"], marker));
    }

    [Fact]
    public void LoadFromFiles_ReferenceInFieldWithExamples_OnlyPZP1005()
    {
        var files = Replace("schema.json", "\"examples\": [\"3515144508680002\"]", "\"examples\": [\"3515144508680002\"], \"$ref\": \"#/nowhere\"");

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1005", "schema.json", Find(files["schema.json"], "\"$ref\""));
        Assert.DoesNotContain(diagnostics, d => d.Code == "PZP1008");
    }

    // PZP1006 — a placed field that is not in the schema.

    [Fact]
    public void LoadFromFiles_PlacedFieldNotInSchema_PZP1006AtPath()
    {
        var files = Replace("form.json", "\"path\": \"setuju\"", "\"path\": \"setuju_syarat\"");

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1006", "form.json", Find(files["form.json"], "\"setuju_syarat\""));
    }

    [Fact]
    public void LoadFromFiles_RenewalNumberFieldNotInSchema_PZP1006AtIt()
    {
        var files = Replace("form.json", "\"pages\": [", "\"renews\": { \"form\": \"izin-contoh\", \"numberField\": \"izin_lama.nomor\" },\n  \"pages\": [");

        var (package, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1006", "form.json", Find(files["form.json"], "\"izin_lama.nomor\""));
        Assert.Equal(new RenewalReference("izin-contoh", "izin_lama.nomor"), package!.Manifest.Renews);
    }

    // PZP1007 — a question with no place in the layout.

    [Fact]
    public void LoadFromFiles_QuestionNotPlaced_PZP1007AtSchemaProperty()
    {
        var files = Replace("form.json", "{ \"path\": \"setuju\", \"widget\": \"checkbox\", \"label\": { \"id\": \"Saya setuju\", \"en\": \"I agree\" } },", string.Empty);

        var (package, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1007", "schema.json", Find(Schema, "\"setuju\": {"));
        Assert.False(package!.Catalog.GetInfo("setuju").Descriptor.InLayout);
    }

    [Fact]
    public void LoadFromFiles_ComputedFieldNotPlaced_NoDiagnostic()
    {
        var files = Replace("form.json", ",\n            { \"path\": \"total_luas\", \"widget\": \"computed\", \"label\": { \"id\": \"Total luas\", \"en\": \"Total area\" } }", string.Empty);

        var (_, diagnostics) = Load(files);

        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
    }

    // PZP1008 — an example the schema does not accept.

    [Fact]
    public void LoadFromFiles_LayoutExampleInvalid_PZP1008AtExample()
    {
        var files = Replace("form.json", "\"example\": \"3515144508680002\"", "\"example\": \"35151445\"");

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1008", "form.json", Find(files["form.json"], "\"35151445\""));
    }

    [Fact]
    public void LoadFromFiles_RowExampleOfWrongType_PZP1008AtExample()
    {
        var files = Replace("form.json", "\"example\": 12", "\"example\": \"dua belas\"");

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1008", "form.json", Find(files["form.json"], "\"dua belas\""));
    }

    [Fact]
    public void LoadFromFiles_SchemaExampleInvalid_PZP1008AtSchemaExample()
    {
        var files = Replace("schema.json", "\"examples\": [\"3515144508680002\"]", "\"examples\": [\"3515144508680002\", \"x\"]");

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1008", "schema.json", Find(files["schema.json"], "\"x\""));
    }

    // PZP1009 — a widget that does not fit.

    [Theory]
    [InlineData("\"widget\": \"date\"", "\"widget\": \"number\"", "\"number\"", 1)]
    [InlineData("\"widget\": \"checkboxes\"", "\"widget\": \"select\"", "\"select\"", 0)]
    [InlineData("\"widget\": \"computed\"", "\"widget\": \"number\"", "\"number\"", 1)]
    [InlineData("\"widget\": \"checkbox\",", "\"widget\": \"computed\",", "\"computed\"", 0)]
    [InlineData("\"widget\": \"repeat\"", "\"widget\": \"text\"", "\"text\"", 0)]
    public void LoadFromFiles_WidgetDoesNotFit_PZP1009AtWidget(string oldText, string newText, string marker, int occurrence)
    {
        var files = Replace("form.json", oldText, newText);

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1009", "form.json", Find(files["form.json"], marker, occurrence));
    }

    [Fact]
    public void LoadFromFiles_GroupPlaced_PZP1009AtPath()
    {
        var files = Replace("form.json", "\"path\": \"pemohon.jenis\"", "\"path\": \"pemohon\"");

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1009", "form.json", After(files["form.json"], "\"path\": ", occurrence: 1));
    }

    // PZP1010 — two places for one field, or two pages/sections with one id.

    [Fact]
    public void LoadFromFiles_FieldPlacedTwice_PZP1010AtSecondPlace()
    {
        var files = Replace("form.json", "\"path\": \"setuju\"", "\"path\": \"tanggal_pasang\"");

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1010", "form.json", Find(files["form.json"], "\"tanggal_pasang\"", occurrence: 1));
        AssertOne(diagnostics, "PZP1007", "schema.json", Find(Schema, "\"setuju\": {"));
    }

    [Fact]
    public void LoadFromFiles_TwoPagesWithOneId_PZP1010AtSecondId()
    {
        var files = Replace("form.json", "\"id\": \"reklame\"", "\"id\": \"pemohon\"");

        var (_, diagnostics) = Load(files);

        var (line, column) = Find(files["form.json"], "\"id\": \"pemohon\"", occurrence: 1);
        AssertOne(diagnostics, "PZP1010", "form.json", (line, column + "\"id\": ".Length));
    }

    // PZP1012 — a scenario file that cannot be read.

    [Fact]
    public void LoadFromFiles_ScenarioWithoutToday_PZP1012AndOtherScenariosLoad()
    {
        var files = Files();
        files["scenarios/a-rusak.json"] = Scenario.Replace("  \"today\": \"2026-11-25\",\n", string.Empty, StringComparison.Ordinal);

        var (package, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1012", "scenarios/a-rusak.json", (1, 1));
        Assert.Equal("scenarios/satu-papan.json", Assert.Single(package!.Scenarios).File);
    }

    [Fact]
    public void LoadFromFiles_ScenarioNotJson_PZP1012AtError()
    {
        var files = Files();
        files["scenarios/b.json"] = "{\n  \"name\": \"x\",\n  \"today\": 2026-11-25\n}";

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1012", "scenarios/b.json", (3, 16));
    }

    [Theory]
    [InlineData("\"visible\": [\"papan[0].luas\"]", "\"visible\": [\"papan.luas\"]", "\"papan.luas\"")]
    [InlineData("\"visible\": [\"papan[0].luas\"]", "\"visible\": [\"Papan[0]\"]", "\"Papan[0]\"")]
    [InlineData("\"fees\": { \"pajak_reklame\"", "\"fees\": { \"retribusi_lain\"", "\"retribusi_lain\"")]
    [InlineData("\"today\": \"2026-11-25\"", "\"today\": \"25-11-2026\"", "\"25-11-2026\"")]
    [InlineData("\"complete\": false", "\"complete\": false, \"selesai\": true", "\"selesai\"")]
    public void LoadFromFiles_ScenarioWrongPart_PZP1012AtIt(string oldText, string newText, string marker)
    {
        var files = Replace("scenarios/satu-papan.json", oldText, newText);

        var (package, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1012", "scenarios/satu-papan.json", Find(files["scenarios/satu-papan.json"], marker));
        Assert.Empty(package!.Scenarios);
    }

    // PZP1013 — a text without its Indonesian or English version.

    [Fact]
    public void LoadFromFiles_TextWithoutEnglish_PZP1013AtText()
    {
        var files = Replace("form.json", "\"title\": { \"id\": \"Reklame\", \"en\": \"Advertisement\" }", "\"title\": { \"id\": \"Reklame\" }");

        var (package, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1013", "form.json", Find(files["form.json"], "{ \"id\": \"Reklame\" }"));
        Assert.Equal(new LocalizedText("Reklame", string.Empty), package!.Manifest.Pages[1].Title);
        Assert.Equal("Reklame", package.Manifest.Pages[1].Title.Get("en"));
    }

    [Fact]
    public void LoadFromFiles_BlankIndonesian_PZP1013AtValue()
    {
        var files = Replace("form.json", "{ \"id\": \"Luas\", \"en\": \"Area\" }", "{ \"id\": \" \", \"en\": \"Area\" }");

        var (_, diagnostics) = Load(files);

        AssertOne(diagnostics, "PZP1013", "form.json", Find(files["form.json"], "\" \""));
    }

    // PZP1014 — the folder's name is not the version (or its parent's not the id).

    [Fact]
    public void Load_FolderNotNamedAfterVersionAndId_PZP1014Twice()
    {
        using var folder = new TempPackageFolder("izin-lain", "1.0.1", Files());
        var bag = new DiagnosticBag();

        FormPackageLoader.Load(folder.Path + Path.DirectorySeparatorChar, bag);

        var found = bag.Items.Where(d => d.Code == "PZP1014").ToList();
        Assert.Equal(2, found.Count);
        Assert.Equal(Find(Form, "\"1.0.0\""), (found[0].Location.Line, found[0].Location.Column));
        Assert.Equal(Find(Form, "\"izin-contoh\""), (found[1].Location.Line, found[1].Location.Column));
    }

    // PZP1011 and PZP1015 — checks the engine makes after compiling the rules.

    [Fact]
    public void CheckSchemaRequiredNotConditional_RequiredFieldShownByRule_PZP1011AtRequiredEntry()
    {
        var package = Load(Files()).Package!;
        var bag = new DiagnosticBag();

        PackageChecks.CheckSchemaRequiredNotConditional(package, new HashSet<string> { "setuju", "tanggal_pasang" }, bag);

        AssertOne(bag.Items, "PZP1011", "schema.json", Find(Schema, "\"setuju\"]"));
    }

    [Fact]
    public void CheckSchemaRequiredNotConditional_GroupShownByRule_PZP1011ForRequiredFieldInside()
    {
        var package = Load(Files()).Package!;
        var bag = new DiagnosticBag();

        PackageChecks.CheckSchemaRequiredNotConditional(package, new HashSet<string> { "pemohon", "papan" }, bag);

        Assert.Equal(["pemohon.nik", "papan[].luas"], bag.Items.Select(d => d.MessageEn.Split('"')[1]));
        Assert.All(bag.Items, d => Assert.Equal("PZP1011", d.Code));
        Assert.Equal(Find(Schema, "\"nik\"]"), (bag.Items[0].Location.Line, bag.Items[0].Location.Column));
    }

    [Fact]
    public void CheckSchemaRequiredNotConditional_NothingShown_NoDiagnostic()
    {
        var bag = new DiagnosticBag();

        PackageChecks.CheckSchemaRequiredNotConditional(Load(Files()).Package!, new HashSet<string>(), bag);

        Assert.Empty(bag.Items);
    }

    [Fact]
    public void CheckFeesUsed_FeeNotCharged_PZP1015WarningAtFeeId()
    {
        var bag = new DiagnosticBag();

        PackageChecks.CheckFeesUsed(Load(Files()).Package!, new HashSet<string>(), bag);

        var diagnostic = AssertOne(bag.Items, "PZP1015", "form.json", Find(Form, "\"pajak_reklame\""));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void CheckFeesUsed_FeeCharged_NoDiagnostic()
    {
        var bag = new DiagnosticBag();

        PackageChecks.CheckFeesUsed(Load(Files()).Package!, new HashSet<string> { "pajak_reklame" }, bag);

        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Diagnostics_EveryMessage_InBothLanguages()
    {
        var broken = Replace("form.json", "\"widget\": \"date\"", "\"widget\": \"number\", \"extra\": 1");
        broken["schema.json"] = broken["schema.json"].Replace("\"title\": \"Scan KTP\"", "\"title\": \"Scan KTP\", \"$ref\": \"#\"", StringComparison.Ordinal);

        var (_, diagnostics) = Load(broken);

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.MessageId));
            Assert.False(string.IsNullOrWhiteSpace(d.MessageEn));
            Assert.NotEqual(d.MessageId, d.MessageEn);
        });
    }
}
