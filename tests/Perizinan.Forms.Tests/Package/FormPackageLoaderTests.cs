using System.Text.Json;
using Perizinan.Forms.Package;
using Perizinan.Rules.Binding;
using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Model;
using static Perizinan.Forms.Tests.Package.TestPackage;

namespace Perizinan.Forms.Tests.Package;

public sealed class FormPackageLoaderTests
{
    [Fact]
    public void LoadFromFiles_MinimalPackage_LoadsWithoutDiagnostics()
    {
        var (package, diagnostics) = Load(Files());

        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
        Assert.NotNull(package);
        Assert.Equal("test", package.Directory);
        Assert.Equal("izin-contoh", package.Manifest.Id);
        Assert.Equal("1.0.0", package.Manifest.Version);
        Assert.Equal("Sample Permit", package.Manifest.Title.Get("en"));
        Assert.Equal("Izin Contoh", package.Manifest.Title.Get("id"));
        Assert.Equal(Schema, package.SchemaText);
        Assert.Equal(TestPackage.Rules, package.RulesSource);
        Assert.Equal("rules.pzr", package.RulesFileName);
        Assert.Null(package.FunctionsSource);
        Assert.Matches("^[0-9a-f]{64}$", package.ContentHash);
    }

    [Fact]
    public void LoadFromFiles_MinimalPackage_ManifestReadCompletely()
    {
        var manifest = Load(Files()).Package!.Manifest;

        Assert.Equal(["pemohon", "reklame"], manifest.Pages.Select(p => p.Id));
        Assert.Equal("CTH", manifest.RegistrationPrefix);
        Assert.Equal("Kota Contoh", manifest.Region);
        Assert.Single(manifest.LegalBasis);
        Assert.Equal(new LocalizedText("KTP pemohon", "Applicant's identity card"), Assert.Single(manifest.Requirements));
        Assert.Null(manifest.Renews);
        var fee = Assert.Single(manifest.Fees);
        Assert.Equal(new FeeDeclaration("pajak_reklame", FeeKind.Pajak, new LocalizedText("Pajak reklame", "Advertising tax"), "Perda Kota Contoh No. 1 Tahun 2026 Pasal 5"), fee);

        var repeat = manifest.Pages[1].Sections[0].Fields[0];
        Assert.Equal("repeat", repeat.Widget);
        Assert.Equal(new LocalizedText("Papan", "Board"), repeat.ItemLabel);
        var luas = Assert.Single(repeat.Fields!);
        Assert.Equal("papan[].luas", luas.Path);
        Assert.Equal("m²", luas.Unit);
        Assert.Equal(12, luas.Example!.GetValue<int>());

        var jenis = manifest.Pages[0].Sections[0].Fields[1];
        Assert.Equal(["perorangan", "badan_usaha"], jenis.Options!.Keys);
        var file = manifest.Pages[1].Sections[0].Fields[2];
        Assert.Equal(new[] { "application/pdf", "image/jpeg" }, file.Attachment!.Accept);
        Assert.Equal(2048, file.Attachment.MaxSizeKb);
        Assert.True(manifest.Pages[1].Sections[0].Fields[1].Hidden);
    }

    [Fact]
    public void LoadFromFiles_MinimalPackage_CatalogHasEveryFieldParentsFirst()
    {
        var catalog = Load(Files()).Package!.Catalog;

        Assert.Equal(
            ["pemohon", "pemohon.nik", "pemohon.jenis", "papan", "papan[].luas", "tanggal_pasang", "dokumen_ktp", "jenis_usaha", "setuju", "total_luas", "kategori"],
            catalog.Fields.Select(f => f.Path));
        Assert.Equal(
            ["pemohon.nik", "pemohon.jenis", "papan[].luas", "tanggal_pasang", "dokumen_ktp", "jenis_usaha", "setuju", "total_luas", "kategori"],
            catalog.ValueFieldPaths);
        Assert.True(catalog.HasFee("pajak_reklame"));
        Assert.False(catalog.HasFee("retribusi_lain"));
        Assert.False(catalog.TryGetField("papan.luas", out _));
    }

    [Theory]
    [InlineData("pemohon", FieldShape.Group, DslType.Any)]
    [InlineData("pemohon.nik", FieldShape.Value, DslType.Text)]
    [InlineData("papan", FieldShape.Repeat, DslType.Any)]
    [InlineData("papan[].luas", FieldShape.Value, DslType.Number)]
    [InlineData("tanggal_pasang", FieldShape.Value, DslType.Date)]
    [InlineData("jenis_usaha", FieldShape.Value, DslType.List)]
    [InlineData("setuju", FieldShape.Value, DslType.Bool)]
    [InlineData("total_luas", FieldShape.Value, DslType.Number)]
    public void LoadFromFiles_SchemaTypes_MappedToShapeAndType(string path, FieldShape shape, DslType type)
    {
        var catalog = Load(Files()).Package!.Catalog;

        Assert.True(catalog.TryGetField(path, out var field));
        Assert.Equal(shape, field.Shape);
        Assert.Equal(type, field.Type);
    }

    [Fact]
    public void GetInfo_FieldsOfMinimalPackage_CarryLayoutSchemaAndFlags()
    {
        var catalog = Load(Files()).Package!.Catalog;

        var nik = catalog.GetInfo("pemohon.nik");
        Assert.True(nik.SchemaRequired);
        Assert.True(nik.IsPersonal);
        Assert.Equal("NIK", nik.Title);
        Assert.Equal("pemohon", nik.Page!.Id);
        Assert.Equal("identitas", nik.Section!.Id);
        Assert.Equal("nik", nik.Layout!.Widget);
        Assert.NotNull(nik.Schema);
        Assert.Equal(Find(Form, "\"pemohon.nik\""), (nik.Descriptor.LayoutLocation!.Value.Line, nik.Descriptor.LayoutLocation.Value.Column));
        Assert.Equal("form.json", nik.Descriptor.LayoutLocation.Value.File);

        var jenis = catalog.GetInfo("pemohon.jenis");
        Assert.Equal(["perorangan", "badan_usaha"], jenis.Descriptor.AllowedValues!);
        Assert.False(jenis.SchemaRequired);

        var luas = catalog.GetInfo("papan[].luas");
        Assert.Equal("papan", luas.Descriptor.RepeatPath);
        Assert.True(luas.SchemaRequired);
        Assert.Equal("reklame", luas.Page!.Id);
        Assert.False(luas.IsPersonal);

        Assert.Equal(["toko", "kantor"], catalog.GetInfo("jenis_usaha").Descriptor.AllowedValues!);
        Assert.True(catalog.GetInfo("tanggal_pasang").Descriptor.MarkedHidden);
        Assert.True(catalog.GetInfo("total_luas").Descriptor.IsComputed);
        Assert.True(catalog.GetInfo("total_luas").Descriptor.InLayout);
        Assert.True(catalog.GetInfo("pemohon").Descriptor.InLayout);
        Assert.Null(catalog.GetInfo("pemohon").Schema);
        Assert.NotNull(catalog.GetInfo("papan").Schema);

        var kategori = catalog.GetInfo("kategori");
        Assert.False(kategori.Descriptor.InLayout);
        Assert.Null(kategori.Layout);
        Assert.Null(kategori.Descriptor.LayoutLocation);
        Assert.Throws<KeyNotFoundException>(() => catalog.GetInfo("tidak_ada"));
    }

    [Fact]
    public void GetInfo_FieldSchema_ValidatesOneAnswer()
    {
        var catalog = Load(Files()).Package!.Catalog;
        var nik = catalog.GetInfo("pemohon.nik").Schema!;
        var date = catalog.GetInfo("tanggal_pasang").Schema!;

        Assert.True(nik.Evaluate(JsonSerializer.SerializeToElement("3515144508680002")).IsValid);
        Assert.False(nik.Evaluate(JsonSerializer.SerializeToElement("123")).IsValid);
        Assert.True(date.Evaluate(JsonSerializer.SerializeToElement("2026-11-25")).IsValid);
    }

    [Fact]
    public void LoadFromFiles_MinimalPackage_ScenarioRead()
    {
        var scenario = Assert.Single(Load(Files()).Package!.Scenarios);

        Assert.Equal("scenarios/satu-papan.json", scenario.File);
        Assert.Equal("Satu papan", scenario.Name);
        Assert.Equal(new DateOnly(2026, 11, 25), scenario.Today);
        Assert.Equal("3515144508680002", scenario.Answers["pemohon"]!["nik"]!.GetValue<string>());
        Assert.Equal(["papan[0].luas"], scenario.Expect.Visible!);
        Assert.Null(scenario.Expect.Hidden);
        Assert.Empty(scenario.Expect.Errors!);
        Assert.Equal(12, scenario.Expect.Values!["total_luas"]!.GetValue<int>());
        Assert.Equal(1_500_000m, scenario.Expect.Fees!["pajak_reklame"]);
        Assert.Equal(1_500_000m, scenario.Expect.Total);
        Assert.False(scenario.Expect.Complete);
        var at = scenario.LocationOf("/expect/total");
        Assert.Equal(Find(Scenario, "1500000,"), (at.Line, at.Column));
    }

    [Fact]
    public void LoadFromFiles_FunctionsAndUnrelatedFiles_FunctionsKeptOthersIgnored()
    {
        var files = Files();
        files["functions.js"] = "function tarif(x) { return 1; }\n";
        files["README.md"] = "# not part of the package";
        files["scenarios/nested/deep.json"] = "not even json";

        var (package, diagnostics) = Load(files);

        Assert.True(diagnostics.Count == 0, Describe(diagnostics));
        Assert.Equal("function tarif(x) { return 1; }\n", package!.FunctionsSource);
        Assert.Single(package.Scenarios);
    }

    [Fact]
    public void LoadFromFiles_BackslashPaths_Normalized()
    {
        var files = Files();
        files.Remove("scenarios/satu-papan.json");
        files["scenarios\\satu-papan.json"] = Scenario;

        var (package, diagnostics) = Load(files);

        Assert.Empty(diagnostics);
        Assert.Equal("scenarios/satu-papan.json", Assert.Single(package!.Scenarios).File);
    }

    [Fact]
    public void LoadFromFiles_ByteOrderMark_IgnoredInTextAndPositions()
    {
        var (package, diagnostics) = Load(With("form.json", text => "\uFEFF" + text.Replace("\"CTH\"", "\"cth\"", StringComparison.Ordinal)));

        var diagnostic = AssertOne(diagnostics, "PZP1003", "form.json", Find(Form, "\"CTH\""));
        Assert.NotNull(package);
        Assert.Contains("cth", diagnostic.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Directory_SameAsInMemory()
    {
        using var folder = new TempPackageFolder("izin-contoh", "1.0.0", Files());
        var bag = new DiagnosticBag();

        var package = FormPackageLoader.Load(folder.Path, bag);

        Assert.True(bag.Items.Count == 0, Describe(bag.Items));
        Assert.NotNull(package);
        Assert.Equal(folder.Path, package.Directory);
        Assert.Equal(Load(Files()).Package!.ContentHash, package.ContentHash);
        Assert.Single(package.Scenarios);
    }

    [Fact]
    public void Load_MissingDirectory_PZP1001AndNull()
    {
        var bag = new DiagnosticBag();

        var package = FormPackageLoader.Load(Path.Combine(Path.GetTempPath(), "perizinan-tidak-ada", Guid.NewGuid().ToString("N")), bag);

        Assert.Null(package);
        Assert.Equal("PZP1001", Assert.Single(bag.Items).Code);
    }
}
