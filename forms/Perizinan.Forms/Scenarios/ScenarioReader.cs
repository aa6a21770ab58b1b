using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Forms.Package;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Forms.Scenarios;

/// <summary>
/// Reads one scenario file. Every problem is reported as <c>PZP1012</c> with its position; a file with any problem
/// gives no scenario, and the other files still load. Paths and fee ids are checked against the form's catalog.
/// </summary>
internal static class ScenarioReader
{
    private const string Code = PackageDiagnostics.ScenarioProblem;

    /// <summary>Reads a scenario, or returns <c>null</c> after reporting why it cannot be read.</summary>
    public static Scenario? Read(string file, string text, FieldCatalog catalog, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var scenario = ReadInto(file, text, catalog, local);
        diagnostics.AddRange(local.Items);
        return local.HasErrors ? null : scenario;
    }

    private static Scenario? ReadInto(string file, string text, FieldCatalog catalog, DiagnosticBag diagnostics)
    {
        var positions = JsonPositions.Read(file, text, diagnostics, Code);
        if (positions is null)
        {
            return null;
        }

        if (!JsonText.TryParse(text, out var root))
        {
            diagnostics.Error(Code, SourceLocation.OfFile(file), "Berkas skenario bukan JSON yang sah", "The scenario file is not valid JSON");
            return null;
        }

        var r = JsonObjectReader.Open(root, string.Empty, positions, diagnostics, Code);
        if (r is null)
        {
            return null;
        }

        var name = r.String("name", required: true) ?? string.Empty;
        var description = r.String("description", required: false);
        var today = ReadToday(r);
        var answers = ReadAnswers(r);
        var expect = ReadExpectation(r, catalog);
        r.ReportUnknown();

        return new Scenario(file, name, description, today, answers, expect ?? new ScenarioExpectation()) { Positions = positions };
    }

    private static DateOnly ReadToday(JsonObjectReader r)
    {
        var text = r.String("today", required: true);
        if (text is null)
        {
            return default;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
        {
            return today;
        }

        r.Diagnostics.Error(Code, r.LocationOf("today"),
            $"\"today\" harus berupa tanggal tttt-bb-hh (contoh: 2026-11-25), bukan \"{text}\"",
            $"\"today\" must be a date yyyy-mm-dd (e.g. 2026-11-25), not \"{text}\"");
        return default;
    }

    private static JsonObject ReadAnswers(JsonObjectReader r)
    {
        if (!r.TryGet("answers", required: true, out var answers))
        {
            return [];
        }

        if (answers.ValueKind != JsonValueKind.Object)
        {
            r.WrongType("answers", "objek ({ … })", "an object ({ … })");
            return [];
        }

        return JsonNode.Parse(answers.GetRawText())!.AsObject();
    }

    private static ScenarioExpectation? ReadExpectation(JsonObjectReader root, FieldCatalog catalog)
    {
        var r = root.Object("expect", required: true);
        if (r is null)
        {
            return null;
        }

        var expectation = new ScenarioExpectation(
            Visible: Paths(r, "visible", catalog),
            Hidden: Paths(r, "hidden", catalog),
            Required: Paths(r, "required", catalog),
            NotRequired: Paths(r, "notRequired", catalog),
            Values: Values(r, catalog),
            Errors: Paths(r, "errors", catalog),
            Warnings: Paths(r, "warnings", catalog),
            Fees: Fees(r, catalog),
            Total: Decimal(r, "total"),
            Complete: r.Bool("complete"));
        r.ReportUnknown();
        return expectation;
    }

    private static List<string>? Paths(JsonObjectReader r, string name, FieldCatalog catalog)
    {
        var items = r.Array(name, required: false);
        if (items is null)
        {
            return null;
        }

        var paths = new List<string>(items.Count);
        foreach (var (item, pointer) in items)
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                r.Diagnostics.Error(Code, r.Positions.At(pointer), "Di sini harus ada path isian (teks)", "A field path (a text) is expected here");
                continue;
            }

            var path = item.GetString()!;
            if (CheckPath(r, path, r.Positions.At(pointer), catalog))
            {
                paths.Add(path);
            }
        }

        return paths;
    }

    private static Dictionary<string, JsonNode?>? Values(JsonObjectReader expect, FieldCatalog catalog)
    {
        var r = expect.Object("values", required: false);
        if (r is null)
        {
            return null;
        }

        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (path, value) in r.Properties())
        {
            if (CheckPath(r, path, r.Positions.NameAt(r.PointerOf(path)), catalog))
            {
                values[path] = JsonNode.Parse(value.GetRawText());
            }
        }

        return values;
    }

    private static Dictionary<string, decimal>? Fees(JsonObjectReader expect, FieldCatalog catalog)
    {
        var r = expect.Object("fees", required: false);
        if (r is null)
        {
            return null;
        }

        var fees = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (id, amount) in r.Properties())
        {
            if (!catalog.HasFee(id))
            {
                r.Diagnostics.Error(Code, r.Positions.NameAt(r.PointerOf(id)),
                    $"Biaya \"{id}\" tidak dinyatakan di \"fees\" pada form.json",
                    $"The fee \"{id}\" is not declared under \"fees\" in form.json");
            }
            else if (Decimal(r, id) is { } value)
            {
                fees[id] = value;
            }
        }

        return fees;
    }

    private static decimal? Decimal(JsonObjectReader r, string name)
    {
        if (!r.TryGet(name, required: false, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        r.WrongType(name, "bilangan (rupiah)", "a number (rupiah)");
        return null;
    }

    /// <summary>Checks a path with row numbers (<c>papan[0].luas</c>) against the catalog.</summary>
    private static bool CheckPath(JsonObjectReader r, string path, SourceLocation at, FieldCatalog catalog)
    {
        if (!PackagePatterns.RowPath().IsMatch(path))
        {
            r.Diagnostics.Error(Code, at,
                $"\"{path}\" bukan path isian: tulis nama dipisah titik, dengan nomor baris mulai 0 (contoh: papan[0].luas)",
                $"\"{path}\" is not a field path: write names joined by dots, with row numbers from 0 (e.g. papan[0].luas)");
            return false;
        }

        var fieldPath = PackagePatterns.RowNumber().Replace(path, "[]");
        if (!catalog.TryGetField(fieldPath, out _))
        {
            r.Diagnostics.Error(Code, at,
                $"Isian \"{path}\" tidak ada di formulir",
                $"The form has no field \"{path}\"");
            return false;
        }

        return true;
    }
}
