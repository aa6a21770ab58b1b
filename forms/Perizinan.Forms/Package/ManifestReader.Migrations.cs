using System.Text.Json;
using Perizinan.Forms.Versions;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Forms.Package;

/// <summary>
/// Reads <c>migrations</c>: which earlier versions' drafts this version takes and how their answers move. Everything
/// that can be judged without the schema is checked here (<c>PZP1016</c>); that each rename's new path exists is
/// checked by <see cref="MigrationChecks"/> once the fields are known.
/// </summary>
internal sealed partial class ManifestReader
{
    private List<MigrationDeclaration> ReadMigrations(JsonObjectReader root, string version)
    {
        var migrations = new List<MigrationDeclaration>();
        var ownVersion = SemanticVersion.TryParse(version, out var parsed) ? parsed : (SemanticVersion?)null;
        foreach (var (item, pointer) in root.Array("migrations", required: false) ?? [])
        {
            var r = JsonObjectReader.Open(item, pointer, root.Positions, _diagnostics, PackageDiagnostics.MigrationProblem);
            if (r is null)
            {
                continue;
            }

            var from = ReadFrom(r, ownVersion);
            var renames = ReadRenames(r);
            var drops = ReadDrops(r, renames);
            r.ReportUnknown();
            var migration = new MigrationDeclaration(from, renames, drops);
            _pointers.Add(migration, pointer);
            migrations.Add(migration);
        }

        return migrations;
    }

    private List<VersionRange> ReadFrom(JsonObjectReader r, SemanticVersion? ownVersion)
    {
        var ranges = new List<VersionRange>();
        if (!r.TryGet("from", required: true, out var value))
        {
            return ranges;
        }

        var pointer = r.PointerOf("from");
        IEnumerable<(JsonElement Item, string Pointer)> items = value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select((item, i) => (item, JsonPositions.Child(pointer, i))).ToList()
            : [(value, pointer)];
        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0)
        {
            Migration(r.LocationOf("from"),
                "\"from\" harus berisi paling sedikit satu versi asal",
                "\"from\" must list at least one earlier version");
        }

        foreach (var (item, at) in items)
        {
            var location = r.Positions.At(at);
            if (item.ValueKind != JsonValueKind.String)
            {
                Migration(location,
                    "Versi asal harus berupa teks: sebuah versi (1.0.0), pola (1.x, 1.0.x) atau batas (>=1.0.0 <1.1.0)",
                    "An earlier version must be a text: a version (1.0.0), a pattern (1.x, 1.0.x) or bounds (>=1.0.0 <1.1.0)");
                continue;
            }

            var text = item.GetString()!;
            if (VersionRange.TryParse(text) is not { } range)
            {
                Migration(location,
                    $"Versi asal \"{text}\" tidak bisa dibaca: tulis sebuah versi (1.0.0), pola (1.x, 1.0.x) atau batas (>=1.0.0 <1.1.0)",
                    $"The earlier version \"{text}\" cannot be read: write a version (1.0.0), a pattern (1.x, 1.0.x) or bounds (>=1.0.0 <1.1.0)");
                continue;
            }

            if (ownVersion is { } own && range.Contains(own))
            {
                Migration(location,
                    $"Versi asal \"{text}\" mencakup versi ini sendiri ({own}): sebuah versi hanya menerima draf dari versi sebelumnya",
                    $"The earlier version \"{text}\" includes this version itself ({own}): a version takes drafts only from earlier ones");
            }

            ranges.Add(range);
        }

        return ranges;
    }

    private List<FieldRename> ReadRenames(JsonObjectReader entry)
    {
        var renames = new List<FieldRename>();
        var r = entry.Object("rename", required: false);
        if (r is null)
        {
            return renames;
        }

        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (from, value) in r.Properties())
        {
            var valueAt = r.LocationOf(from);
            if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                Migration(valueAt, $"Nama baru untuk \"{from}\" harus berupa teks jalur isian", $"The new name of \"{from}\" must be a field path text");
                continue;
            }

            var to = value.GetString()!;
            var fromOk = CheckMigrationPath(r.Positions.NameAt(r.PointerOf(from)), from);
            var toOk = CheckMigrationPath(valueAt, to);
            if (!fromOk || !toOk)
            {
                continue;
            }

            if (from == to)
            {
                Migration(valueAt,
                    $"\"{from}\" diganti nama menjadi dirinya sendiri: hapus baris ini (isian dengan jalur yang sama terbawa dengan sendirinya)",
                    $"\"{from}\" is renamed to itself: remove it (a field with the same path carries over by itself)");
                continue;
            }

            if (CountRowMarks(from) != CountRowMarks(to))
            {
                Migration(valueAt,
                    $"\"{from}\" tidak bisa pindah ke \"{to}\": isian tidak bisa masuk ke atau keluar dari baris kelompok berulang",
                    $"\"{from}\" cannot move to \"{to}\": a field cannot move into or out of a repeating group's rows");
                continue;
            }

            if (!targets.TryAdd(to, from))
            {
                Migration(valueAt,
                    $"\"{to}\" sudah menjadi nama baru untuk \"{targets[to]}\": dua isian tidak bisa pindah ke satu jalur",
                    $"\"{to}\" is already the new name of \"{targets[to]}\": two fields cannot move to one path");
                continue;
            }

            var rename = new FieldRename(from, to);
            _pointers.Add(rename, r.PointerOf(from));
            renames.Add(rename);
        }

        return renames;
    }

    private List<string> ReadDrops(JsonObjectReader r, IReadOnlyList<FieldRename> renames)
    {
        var drops = new List<string>();
        var items = r.Array("drop", required: false);
        foreach (var (item, pointer) in items ?? [])
        {
            var at = r.Positions.At(pointer);
            if (item.ValueKind != JsonValueKind.String)
            {
                Migration(at, "Di sini harus ada jalur isian (teks)", "A field path (a text) is expected here");
                continue;
            }

            var path = item.GetString()!;
            if (!CheckMigrationPath(at, path))
            {
                continue;
            }

            if (drops.Contains(path, StringComparer.Ordinal))
            {
                Migration(at, $"\"{path}\" sudah ada di \"drop\"", $"\"{path}\" is already in \"drop\"");
            }
            else if (renames.FirstOrDefault(rename => rename.From == path) is { } renamed)
            {
                Migration(at,
                    $"\"{path}\" diganti nama menjadi \"{renamed.To}\" sekaligus dibuang: pilih salah satu",
                    $"\"{path}\" is both renamed to \"{renamed.To}\" and dropped: choose one");
            }
            else
            {
                drops.Add(path);
            }
        }

        return drops;
    }

    /// <summary>A path of a migration: names joined by <c>.</c>, one row mark <c>[]</c> at most, never at the end.</summary>
    private bool CheckMigrationPath(SourceLocation at, string path)
    {
        if (PackagePatterns.FieldPath().IsMatch(path) && !path.EndsWith("[]", StringComparison.Ordinal) && CountRowMarks(path) <= 1)
        {
            return true;
        }

        Migration(at,
            $"\"{path}\" bukan jalur isian seperti pemohon.nama atau papan[].luas (kelompok berulang tanpa \"[]\": papan)",
            $"\"{path}\" is not a field path such as pemohon.nama or papan[].luas (a repeating group without \"[]\": papan)");
        return false;
    }

    private void Migration(SourceLocation at, string messageId, string messageEn) =>
        _diagnostics.Error(PackageDiagnostics.MigrationProblem, at, messageId, messageEn);
}
