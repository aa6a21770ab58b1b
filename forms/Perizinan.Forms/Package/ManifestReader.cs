using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Forms.Package;

/// <summary>
/// Reads <c>form.json</c> into a <see cref="FormManifest"/>, leniently: every problem is reported (<c>PZP1003</c>,
/// <c>PZP1013</c>, duplicate ids as <c>PZP1010</c>, the <c>migrations</c> section as <c>PZP1016</c>) with its position, and what is missing is read as empty, so that
/// the later checks still run. Checks that need the schema are made by <see cref="FieldCatalogBuilder"/>.
/// </summary>
internal sealed partial class ManifestReader
{
    private readonly DiagnosticBag _diagnostics;
    private readonly ManifestPointers _pointers;

    private ManifestReader(JsonPositions positions, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _pointers = new ManifestPointers(positions);
    }

    /// <summary>
    /// Reads the manifest. Returns <c>null</c> only when the root is not an object; the pointers say where each page,
    /// section, field and fee was read from.
    /// </summary>
    public static (FormManifest? Manifest, ManifestPointers Pointers) Read(JsonElement root, JsonPositions positions, DiagnosticBag diagnostics)
    {
        var reader = new ManifestReader(positions, diagnostics);
        return (reader.ReadRoot(root), reader._pointers);
    }

    private FormManifest? ReadRoot(JsonElement root)
    {
        var r = JsonObjectReader.Open(root, string.Empty, _pointers.Positions, _diagnostics, PackageDiagnostics.ManifestProblem);
        if (r is null)
        {
            return null;
        }

        r.TryGet("$schema", required: false, out _);
        var id = r.String("id", required: true) ?? string.Empty;
        if (id.Length > 0 && !PackagePatterns.FormId().IsMatch(id))
        {
            Error(r.LocationOf("id"),
                $"Id formulir \"{id}\" harus berupa kata huruf kecil yang digabung dengan '-' (contoh: izin-reklame)",
                $"Form id \"{id}\" must be lower-case words joined by '-' (e.g. izin-reklame)");
        }

        var version = r.String("version", required: true) ?? string.Empty;
        if (version.Length > 0 && !PackagePatterns.SemanticVersion().IsMatch(version))
        {
            Error(r.LocationOf("version"),
                $"Versi \"{version}\" bukan versi semantik (contoh: 1.0.0)",
                $"Version \"{version}\" is not a semantic version (e.g. 1.0.0)");
        }

        var title = r.Text("title", required: true) ?? LocalizedText.Empty;
        var description = r.Text("description", required: true) ?? LocalizedText.Empty;
        var agency = r.Text("agency", required: true) ?? LocalizedText.Empty;
        var category = r.Text("category", required: true) ?? LocalizedText.Empty;
        var region = r.String("region", required: true) ?? string.Empty;
        var prefix = r.String("registrationPrefix", required: true) ?? string.Empty;
        if (prefix.Length > 0 && !PackagePatterns.RegistrationPrefix().IsMatch(prefix))
        {
            Error(r.LocationOf("registrationPrefix"),
                $"Awalan nomor registrasi \"{prefix}\" harus 1–10 huruf besar atau angka, diawali huruf (contoh: REK)",
                $"Registration prefix \"{prefix}\" must be 1–10 upper-case letters or digits, starting with a letter (e.g. REK)");
        }

        var legalBasis = r.StringArray("legalBasis", required: false) ?? [];
        var requirements = ReadRequirements(r);
        var renews = ReadRenewal(r);
        var pages = ReadPages(r);
        var fees = ReadFees(r);
        var migrations = ReadMigrations(r, version);
        r.ReportUnknown();

        return new FormManifest(
            id, version, title, description, agency, category, region, prefix, legalBasis, requirements, renews, pages, fees, migrations);
    }

    private List<LocalizedText> ReadRequirements(JsonObjectReader r)
    {
        var requirements = new List<LocalizedText>();
        foreach (var (item, pointer) in r.Array("requirements", required: false) ?? [])
        {
            if (r.ReadText(item, pointer) is { } text)
            {
                requirements.Add(text);
            }
        }

        return requirements;
    }

    private RenewalReference? ReadRenewal(JsonObjectReader root)
    {
        var r = root.Object("renews", required: false);
        if (r is null)
        {
            return null;
        }

        var form = r.String("form", required: true) ?? string.Empty;
        if (form.Length > 0 && !PackagePatterns.FormId().IsMatch(form))
        {
            Error(r.LocationOf("form"),
                $"Id formulir \"{form}\" harus berupa kata huruf kecil yang digabung dengan '-'",
                $"Form id \"{form}\" must be lower-case words joined by '-'");
        }

        var numberField = r.String("numberField", required: true) ?? string.Empty;
        r.ReportUnknown();
        var renewal = new RenewalReference(form, numberField);
        _pointers.Add(renewal, r.Pointer);
        return renewal;
    }

    private List<PageLayout> ReadPages(JsonObjectReader root)
    {
        var pages = new List<PageLayout>();
        var items = root.Array("pages", required: true);
        if (items is { Count: 0 })
        {
            Error(root.LocationOf("pages"), "Formulir harus punya paling sedikit satu halaman", "The form must have at least one page");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, pointer) in items ?? [])
        {
            var r = root.Open(item, pointer);
            if (r is null)
            {
                continue;
            }

            var id = ReadLayoutId(r, "halaman", "page");
            if (id.Length > 0 && !ids.Add(id))
            {
                Duplicate(r.LocationOf("id"), $"Ada dua halaman dengan id \"{id}\"", $"Two pages have the id \"{id}\"");
            }

            var title = r.Text("title", required: true) ?? LocalizedText.Empty;
            var sections = ReadSections(r);
            r.ReportUnknown();
            var page = new PageLayout(id, title, sections);
            _pointers.Add(page, pointer);
            pages.Add(page);
        }

        return pages;
    }

    private List<SectionLayout> ReadSections(JsonObjectReader page)
    {
        var sections = new List<SectionLayout>();
        var items = page.Array("sections", required: true);
        if (items is { Count: 0 })
        {
            Error(page.LocationOf("sections"), "Halaman harus punya paling sedikit satu bagian", "A page must have at least one section");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, pointer) in items ?? [])
        {
            var r = page.Open(item, pointer);
            if (r is null)
            {
                continue;
            }

            var id = ReadLayoutId(r, "bagian", "section");
            if (id.Length > 0 && !ids.Add(id))
            {
                Duplicate(r.LocationOf("id"),
                    $"Ada dua bagian dengan id \"{id}\" di halaman ini",
                    $"Two sections of this page have the id \"{id}\"");
            }

            var title = r.Text("title", required: true) ?? LocalizedText.Empty;
            var description = r.Text("description", required: false);
            var fields = ReadFields(r, repeatPath: null);
            r.ReportUnknown();
            var section = new SectionLayout(id, title, description, fields);
            _pointers.Add(section, pointer);
            sections.Add(section);
        }

        return sections;
    }

    private string ReadLayoutId(JsonObjectReader r, string whatId, string whatEn)
    {
        var id = r.String("id", required: true) ?? string.Empty;
        if (id.Length > 0 && !PackagePatterns.LayoutId().IsMatch(id))
        {
            Error(r.LocationOf("id"),
                $"Id {whatId} \"{id}\" harus diawali huruf kecil dan hanya berisi huruf kecil, angka, '_' dan '-'",
                $"The {whatEn} id \"{id}\" must start with a lower-case letter and hold only lower-case letters, digits, '_' and '-'");
        }

        return id;
    }

    private List<FieldLayout> ReadFields(JsonObjectReader parent, string? repeatPath)
    {
        var fields = new List<FieldLayout>();
        foreach (var (item, pointer) in parent.Array("fields", required: true) ?? [])
        {
            if (parent.Open(item, pointer) is { } r)
            {
                fields.Add(ReadField(r, repeatPath));
            }
        }

        return fields;
    }

    private FieldLayout ReadField(JsonObjectReader r, string? repeatPath)
    {
        var path = r.String("path", required: true) ?? string.Empty;
        CheckRowPath(r, path, repeatPath);

        var widget = r.String("widget", required: true) ?? string.Empty;
        if (widget.Length > 0 && !Widgets.All.Contains(widget))
        {
            Error(r.LocationOf("widget"),
                $"Widget \"{widget}\" tidak dikenal; yang ada: {string.Join(", ", Widgets.All.Order(StringComparer.Ordinal))}",
                $"Unknown widget \"{widget}\"; the widgets are: {string.Join(", ", Widgets.All.Order(StringComparer.Ordinal))}");
        }

        var label = r.Text("label", required: true) ?? LocalizedText.Empty;
        var help = r.Text("help", required: false);
        var example = r.TryGet("example", required: false, out var exampleElement) ? JsonNode.Parse(exampleElement.GetRawText()) : null;
        var options = ReadOptions(r);
        var unit = r.String("unit", required: false);
        var hidden = r.Bool("hidden") ?? false;
        var attachment = ReadAttachment(r);
        var isRepeat = widget == Widgets.Repeat;
        var fields = isRepeat || r.TryGet("fields", required: false, out _) ? ReadFields(r, path) : null;
        var itemLabel = r.Text("itemLabel", required: false);

        r.ReportUnknown();

        if (widget == Widgets.File && attachment is null && !r.TryGet("attachment", required: false, out _))
        {
            Error(r.Location,
                "Isian berkas (\"file\") harus punya \"attachment\" (jenis berkas dan ukuran terbesar)",
                "A \"file\" field needs an \"attachment\" (the file types and the largest size)");
        }

        if (attachment is not null && widget != Widgets.File)
        {
            Error(r.LocationOf("attachment"), "\"attachment\" hanya untuk widget \"file\"", "\"attachment\" is only for the \"file\" widget");
        }

        if (!isRepeat)
        {
            foreach (var name in new[] { "fields", "itemLabel" })
            {
                if (r.TryGet(name, required: false, out _))
                {
                    Error(r.LocationOf(name), $"\"{name}\" hanya untuk widget \"repeat\"", $"\"{name}\" is only for the \"repeat\" widget");
                }
            }
        }

        var field = new FieldLayout(path, widget, label, help, example, options, unit, hidden, attachment, fields, itemLabel);
        _pointers.Add(field, r.Pointer);
        return field;
    }

    /// <summary>A row's field belongs in its repeat's <c>fields</c>, and only there.</summary>
    private void CheckRowPath(JsonObjectReader r, string path, string? repeatPath)
    {
        if (path.Length == 0)
        {
            return;
        }

        var rowMarks = CountRowMarks(path);
        if (repeatPath is null && rowMarks > 0)
        {
            Error(r.LocationOf("path"),
                $"Isian baris \"{path}\" harus ditempatkan di \"fields\" dari kelompok berulangnya",
                $"The row field \"{path}\" must be placed in the \"fields\" of its repeating group");
        }
        else if (repeatPath is not null && (!path.StartsWith(repeatPath + "[].", StringComparison.Ordinal) || rowMarks != 1))
        {
            Error(r.LocationOf("path"),
                $"Isian di dalam kelompok berulang \"{repeatPath}\" harus berawalan \"{repeatPath}[].\" (contoh: {repeatPath}[].luas)",
                $"A field inside the repeating group \"{repeatPath}\" must start with \"{repeatPath}[].\" (e.g. {repeatPath}[].luas)");
        }
    }

    private static int CountRowMarks(string path)
    {
        var count = 0;
        for (var i = path.IndexOf("[]", StringComparison.Ordinal); i >= 0; i = path.IndexOf("[]", i + 2, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private Dictionary<string, LocalizedText>? ReadOptions(JsonObjectReader field)
    {
        var r = field.Object("options", required: false);
        if (r is null)
        {
            return null;
        }

        var options = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var (value, text) in r.Properties())
        {
            if (r.ReadText(text, r.PointerOf(value)) is { } label)
            {
                options[value] = label;
            }
        }

        return options;
    }

    private AttachmentSlot? ReadAttachment(JsonObjectReader field)
    {
        var r = field.Object("attachment", required: false);
        if (r is null)
        {
            return null;
        }

        var accept = r.StringArray("accept", required: true) ?? [];
        if (accept.Count == 0 && r.TryGet("accept", required: false, out _))
        {
            Error(r.LocationOf("accept"), "\"accept\" harus berisi paling sedikit satu jenis berkas", "\"accept\" must list at least one media type");
        }

        foreach (var (mediaType, index) in accept.Select((m, i) => (m, i)))
        {
            if (!PackagePatterns.MediaType().IsMatch(mediaType))
            {
                Error(r.Positions.At(JsonPositions.Child(r.PointerOf("accept"), index)),
                    $"\"{mediaType}\" bukan jenis berkas (media type) seperti application/pdf atau image/jpeg",
                    $"\"{mediaType}\" is not a media type such as application/pdf or image/jpeg");
            }
            else if (!MediaTypes.Recognised.Contains(mediaType, StringComparer.Ordinal))
            {
                var known = string.Join(", ", MediaTypes.Recognised);
                Error(r.Positions.At(JsonPositions.Child(r.PointerOf("accept"), index)),
                    $"Jenis berkas \"{mediaType}\" tidak bisa dikenali dari isinya; pakai salah satu dari {known}",
                    $"The file type \"{mediaType}\" cannot be recognised by its content; use one of {known}");
            }
        }

        var maxSizeKb = r.Integer("maxSizeKb", required: true, minimum: 1) ?? 0;
        r.ReportUnknown();
        return new AttachmentSlot(accept, maxSizeKb);
    }

    private List<FeeDeclaration> ReadFees(JsonObjectReader root)
    {
        var fees = new List<FeeDeclaration>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, pointer) in root.Array("fees", required: false) ?? [])
        {
            var r = root.Open(item, pointer);
            if (r is null)
            {
                continue;
            }

            var id = r.String("id", required: true) ?? string.Empty;
            if (id.Length > 0 && !PackagePatterns.Name().IsMatch(id))
            {
                Error(r.LocationOf("id"),
                    $"Id biaya \"{id}\" harus diawali huruf kecil dan hanya berisi huruf kecil, angka dan '_'",
                    $"The fee id \"{id}\" must start with a lower-case letter and hold only lower-case letters, digits and '_'");
            }
            else if (id.Length > 0 && !ids.Add(id))
            {
                Duplicate(r.LocationOf("id"), $"Ada dua biaya dengan id \"{id}\"", $"Two fees have the id \"{id}\"");
            }

            var kind = ReadFeeKind(r);
            var label = r.Text("label", required: true) ?? LocalizedText.Empty;
            var legalBasis = r.String("legalBasis", required: true) ?? string.Empty;
            r.ReportUnknown();
            var fee = new FeeDeclaration(id, kind, label, legalBasis);
            _pointers.Add(fee, pointer);
            fees.Add(fee);
        }

        return fees;
    }

    private FeeKind ReadFeeKind(JsonObjectReader r)
    {
        switch (r.String("kind", required: true))
        {
            case "pajak":
                return FeeKind.Pajak;
            case "retribusi":
                return FeeKind.Retribusi;
            case { Length: > 0 } other:
                Error(r.LocationOf("kind"),
                    $"Jenis biaya \"{other}\" tidak dikenal; pilih \"pajak\" atau \"retribusi\"",
                    $"Unknown fee kind \"{other}\"; use \"pajak\" (tax) or \"retribusi\" (levy)");
                return FeeKind.Retribusi;
            default:
                return FeeKind.Retribusi;
        }
    }

    private void Error(SourceLocation at, string messageId, string messageEn) =>
        _diagnostics.Error(PackageDiagnostics.ManifestProblem, at, messageId, messageEn);

    private void Duplicate(SourceLocation at, string messageId, string messageEn) =>
        _diagnostics.Error(PackageDiagnostics.Duplicate, at, messageId, messageEn);
}
