using System.Security.Cryptography;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Perizinan.Forms.Package;
using Perizinan.Rules.Diagnostics;
using Perizinan.Storage.Forms;
using Perizinan.Storage.Privacy;
using Perizinan.Storage.Tests.Providers;

namespace Perizinan.Storage.Tests.Privacy;

/// <summary>The protector alone (no database): top-level, nested and row paths, every JSON value kind, binding to path and tenant.</summary>
public sealed class PersonalDataProtectorTests
{
    private static readonly IReadOnlySet<string> Paths = new HashSet<string>(StringComparer.Ordinal) { "nik", "pemohon.nik", "anggota[].nik", "anggota[].alias", "hobi" };

    private static readonly PersonalDataProtector Protector = PersonalDataProtector.FromOptions(
        new Dictionary<string, string> { ["a"] = ProviderFixture.KeyA, ["b"] = ProviderFixture.KeyB }, "b");

    [Theory]
    [InlineData("""{"nik": "3174062110790004", "luas": 12.5}""", "nik")]
    [InlineData("""{"pemohon": {"nik": "3174062110790004", "nama": "x"}}""", "pemohon.nik")]
    [InlineData("""{"anggota": [{"nik": "3174062110790004", "umur": 3}, {"nik": null}, {"alias": {"a": [1, true]}}]}""", "anggota[].nik")]
    [InlineData("""{"hobi": ["3174062110790004", "b"], "x": "enc:v1:a:not-mine"}""", "hobi")]
    public void Protect_EncryptsOnlyPersonalValues_AndUnprotectRestoresThem(string answers, string path)
    {
        var stored = Protector.Protect(answers, Paths, "t1");

        Assert.DoesNotContain("3174062110790004", stored, StringComparison.Ordinal);
        Assert.Contains("enc:v1:b:", stored, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(answers), JsonNode.Parse(Protector.Unprotect(stored, Paths, "t1"))), stored);
        var error = Assert.Throws<CryptographicException>(() => Protector.Unprotect(stored, Paths, "t2"));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Protect_LeavesNonPersonalValuesAndNullsAlone()
    {
        const string Answers = """{"luas":12.5,"pemohon":{"nama":"Budi","nik":null},"anggota":[{"umur":3}]}""";
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Answers), JsonNode.Parse(Protector.Protect(Answers, Paths, "t1"))));
    }

    [Fact]
    public void Protect_SameValueTwice_GivesDifferentCiphertexts()
    {
        const string Answers = """{"nik": "3174062110790004"}""";
        Assert.NotEqual(Protector.Protect(Answers, Paths, "t1"), Protector.Protect(Answers, Paths, "t1"));
    }

    [Fact]
    public void TamperedCiphertext_DoesNotDecrypt()
    {
        var stored = JsonNode.Parse(Protector.Protect("""{"nik": "3174062110790004"}""", Paths, "t1"))!;
        var text = stored["nik"]!.GetValue<string>();
        var bytes = Convert.FromBase64String(text[(text.LastIndexOf(':') + 1)..]);
        bytes[^1] ^= 1;
        stored["nik"] = text[..(text.LastIndexOf(':') + 1)] + Convert.ToBase64String(bytes);

        Assert.Throws<CryptographicException>(() => Protector.Unprotect(stored.ToJsonString(), Paths, "t1"));
    }

    [Fact]
    public void RowValue_MovedToAnotherRowField_DoesNotDecrypt()
    {
        var stored = JsonNode.Parse(Protector.Protect("""{"anggota": [{"nik": "3174062110790004"}]}""", Paths, "t1"))!;
        var row = stored["anggota"]![0]!.AsObject();
        row["alias"] = row["nik"]!.GetValue<string>();

        var error = Assert.Throws<CryptographicException>(() => Protector.Unprotect(stored.ToJsonString(), Paths, "t1"));
        Assert.Contains("anggota[].alias", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PersonalValues_RoundTrip_ForAnyText()
    {
        Prop.ForAll(
            Arb.From(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && !s.Any(char.IsSurrogate))),
            Arb.From(Gen.Choose(0, 4)),
            (value, rows) =>
            {
                var answers = new JsonObject
                {
                    ["pemohon"] = new JsonObject { ["nik"] = value, ["nama"] = value },
                    ["anggota"] = new JsonArray([.. Enumerable.Range(0, rows).Select(i => (JsonNode)new JsonObject { ["nik"] = value + i, ["umur"] = i })]),
                };
                var text = answers.ToJsonString();
                Assert.True(JsonNode.DeepEquals(answers, JsonNode.Parse(Protector.Unprotect(Protector.Protect(text, Paths, "t"), Paths, "t"))));
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Reklame_PersonalFieldPaths_ComeFromXPii()
    {
        var files = PackageFolder.Read(Path.Combine(RepositoryRoot(), "samples", "forms", "izin-reklame", "1.0.0"));
        var package = FormPackageLoader.LoadFromFiles(files, "izin-reklame", new DiagnosticBag())!;

        Assert.Contains("pemohon.nik", package.PersonalFieldPaths);
        Assert.Contains("kuasa.nik", package.PersonalFieldPaths);
        Assert.DoesNotContain("pemohon", package.PersonalFieldPaths);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Perizinan.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Perizinan.sln not found above " + AppContext.BaseDirectory);
    }
}
