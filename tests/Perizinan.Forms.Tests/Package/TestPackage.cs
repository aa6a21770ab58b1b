using Perizinan.Forms.Package;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Forms.Tests.Package;

/// <summary>
/// A small valid package held in memory, and ways to break it one place at a time. Every field type, widget family
/// and a repeating group are in it, so that each check has something to bite on.
/// </summary>
internal static class TestPackage
{
    public const string Form = """
        {
          "id": "izin-contoh",
          "version": "1.0.0",
          "title": { "id": "Izin Contoh", "en": "Sample Permit" },
          "description": { "id": "Formulir untuk uji", "en": "A form for tests" },
          "agency": { "id": "DPMPTSP Kota Contoh", "en": "Sample City One-Stop Office" },
          "category": { "id": "Reklame", "en": "Advertising" },
          "region": "Kota Contoh",
          "registrationPrefix": "CTH",
          "legalBasis": ["Perda Kota Contoh No. 1 Tahun 2026"],
          "requirements": [{ "id": "KTP pemohon", "en": "Applicant's identity card" }],
          "pages": [
            {
              "id": "pemohon",
              "title": { "id": "Data Pemohon", "en": "Applicant" },
              "sections": [
                {
                  "id": "identitas",
                  "title": { "id": "Identitas", "en": "Identity" },
                  "fields": [
                    {
                      "path": "pemohon.nik",
                      "widget": "nik",
                      "label": { "id": "NIK pemohon", "en": "Applicant's NIK" },
                      "help": { "id": "16 digit", "en": "16 digits" },
                      "example": "3515144508680002"
                    },
                    {
                      "path": "pemohon.jenis",
                      "widget": "radio",
                      "label": { "id": "Jenis pemohon", "en": "Applicant type" },
                      "options": {
                        "perorangan": { "id": "Perorangan", "en": "Individual" },
                        "badan_usaha": { "id": "Badan usaha", "en": "Business entity" }
                      }
                    }
                  ]
                }
              ]
            },
            {
              "id": "reklame",
              "title": { "id": "Reklame", "en": "Advertisement" },
              "sections": [
                {
                  "id": "papan",
                  "title": { "id": "Papan", "en": "Boards" },
                  "fields": [
                    {
                      "path": "papan",
                      "widget": "repeat",
                      "label": { "id": "Papan reklame", "en": "Billboards" },
                      "itemLabel": { "id": "Papan", "en": "Board" },
                      "fields": [
                        { "path": "papan[].luas", "widget": "number", "unit": "m²", "label": { "id": "Luas", "en": "Area" }, "example": 12 }
                      ]
                    },
                    { "path": "tanggal_pasang", "widget": "date", "label": { "id": "Tanggal pasang", "en": "Installation date" }, "hidden": true },
                    {
                      "path": "dokumen_ktp",
                      "widget": "file",
                      "label": { "id": "Scan KTP", "en": "Scan of the identity card" },
                      "attachment": { "accept": ["application/pdf", "image/jpeg"], "maxSizeKb": 2048 }
                    },
                    { "path": "jenis_usaha", "widget": "checkboxes", "label": { "id": "Jenis usaha", "en": "Business types" } },
                    { "path": "setuju", "widget": "checkbox", "label": { "id": "Saya setuju", "en": "I agree" } },
                    { "path": "total_luas", "widget": "computed", "label": { "id": "Total luas", "en": "Total area" } }
                  ]
                }
              ]
            }
          ],
          "fees": [
            {
              "id": "pajak_reklame",
              "kind": "pajak",
              "label": { "id": "Pajak reklame", "en": "Advertising tax" },
              "legalBasis": "Perda Kota Contoh No. 1 Tahun 2026 Pasal 5"
            }
          ]
        }
        """;

    public const string Schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "properties": {
            "pemohon": {
              "type": "object",
              "title": "Pemohon",
              "x-pii": true,
              "properties": {
                "nik": { "type": "string", "title": "NIK", "pattern": "^[0-9]{16}$", "examples": ["3515144508680002"] },
                "jenis": { "type": "string", "title": "Jenis pemohon", "enum": ["perorangan", "badan_usaha"] }
              },
              "required": ["nik"]
            },
            "papan": {
              "type": "array",
              "title": "Papan",
              "minItems": 1,
              "maxItems": 20,
              "items": {
                "type": "object",
                "properties": {
                  "luas": { "type": "number", "title": "Luas", "minimum": 0 }
                },
                "required": ["luas"]
              }
            },
            "tanggal_pasang": { "type": "string", "format": "date", "title": "Tanggal pasang" },
            "dokumen_ktp": { "type": "string", "title": "Scan KTP" },
            "jenis_usaha": { "type": "array", "title": "Jenis usaha", "items": { "type": "string", "enum": ["toko", "kantor"] }, "uniqueItems": true },
            "setuju": { "type": "boolean", "title": "Setuju" },
            "total_luas": { "type": "number", "readOnly": true, "title": "Total luas" },
            "kategori": { "type": "string", "readOnly": true, "title": "Kategori" }
          },
          "required": ["setuju"]
        }
        """;

    public const string Rules = """
        # Aturan contoh
        rule "Total luas"
        then set total_luas = sum(papan[].luas)
        end
        """;

    public const string Scenario = """
        {
          "name": "Satu papan",
          "today": "2026-11-25",
          "answers": { "pemohon": { "nik": "3515144508680002" }, "papan": [ { "luas": 12 } ] },
          "expect": {
            "visible": ["papan[0].luas"],
            "values": { "total_luas": 12 },
            "errors": [],
            "fees": { "pajak_reklame": 1500000 },
            "total": 1500000,
            "complete": false
          }
        }
        """;

    public static Dictionary<string, string> Files() => new(StringComparer.Ordinal)
    {
        ["form.json"] = Form,
        ["schema.json"] = Schema,
        ["rules.pzr"] = Rules,
        ["scenarios/satu-papan.json"] = Scenario,
    };

    /// <summary>The files with one file's text changed.</summary>
    public static Dictionary<string, string> With(string file, Func<string, string> change)
    {
        var files = Files();
        files[file] = change(files[file]);
        return files;
    }

    /// <summary>The files with one exact piece of text replaced (which must be there, once).</summary>
    public static Dictionary<string, string> Replace(string file, string oldText, string newText) =>
        With(file, text =>
        {
            var index = text.IndexOf(oldText, StringComparison.Ordinal);
            Assert.True(index >= 0, $"\"{oldText}\" is not in {file}.");
            Assert.True(text.IndexOf(oldText, index + 1, StringComparison.Ordinal) < 0, $"\"{oldText}\" is in {file} more than once.");
            return string.Concat(text.AsSpan(0, index), newText, text.AsSpan(index + oldText.Length));
        });

    public static (FormPackage? Package, IReadOnlyList<Diagnostic> Diagnostics) Load(IReadOnlyDictionary<string, string> files)
    {
        var bag = new DiagnosticBag();
        var package = FormPackageLoader.LoadFromFiles(files, "test", bag);
        return (package, bag.Items);
    }

    /// <summary>
    /// The 1-based line and column of the first occurrence of <paramref name="marker"/> in a text (an oracle independent
    /// of the loader: it only counts newlines).
    /// </summary>
    public static (int Line, int Column) Find(string text, string marker, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(marker, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"\"{marker}\" (occurrence {occurrence}) is not in the text.");
        }

        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return (text.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }

    /// <summary>The line and column just after an occurrence of <paramref name="prefix"/> (e.g. the value after a name).</summary>
    public static (int Line, int Column) After(string text, string prefix, int occurrence = 0)
    {
        var (line, column) = Find(text, prefix, occurrence);
        return (line, column + prefix.Length);
    }

    /// <summary>Asserts that exactly one diagnostic has the code, and that it is at the place given.</summary>
    public static Diagnostic AssertOne(IReadOnlyList<Diagnostic> diagnostics, string code, string file, (int Line, int Column) at)
    {
        var found = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, $"Expected one {code}, got:\n{Describe(diagnostics)}");
        var diagnostic = found[0];
        Assert.Equal(file, diagnostic.Location.File);
        Assert.Equal(at, (diagnostic.Location.Line, diagnostic.Location.Column));
        return diagnostic;
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.Format("en")));
}
