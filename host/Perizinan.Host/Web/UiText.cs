namespace Perizinan.Host.Web;

/// <summary>
/// The pages' own texts in Bahasa Indonesia and English (everything else on a page comes from the form package). One
/// place, so a translator reviews them together.
/// </summary>
internal static partial class UiText
{
    private static readonly Dictionary<string, (string Id, string En)> Texts;

    // A static constructor runs after every field initializer of every part, so the parts are all filled in here.
    static UiText()
    {
        Texts = Merge(CatalogTexts, FormTexts, AccountTexts, EmbedTexts);
    }

    private static readonly Dictionary<string, (string Id, string En)> CatalogTexts = new(StringComparer.Ordinal)
    {
        ["site.name"] = ("Layanan Perizinan", "Permit Services"),
        ["skip"] = ("Langsung ke isi utama", "Skip to main content"),
        ["catalog.title"] = ("Daftar izin", "Permits"),
        ["catalog.lead"] = ("Pilih izin yang ingin Anda ajukan. Setiap izin menjelaskan persyaratan, biaya, dan dasar hukumnya.", "Choose the permit you want to apply for. Each permit lists its requirements, fees and legal basis."),
        ["catalog.empty"] = ("Belum ada izin yang terbit.", "No permits are published yet."),
        ["permit.agency"] = ("Instansi", "Office"),
        ["permit.region"] = ("Wilayah", "Region"),
        ["permit.requirements"] = ("Persyaratan", "Requirements"),
        ["permit.fees"] = ("Biaya", "Fees"),
        ["permit.noFees"] = ("Izin ini tidak dipungut biaya.", "This permit is free of charge."),
        ["permit.feesNote"] = ("Besarnya dihitung dari isian Anda dan ditampilkan sebelum permohonan diajukan.", "The amount is computed from your answers and shown before you submit."),
        ["permit.legalBasis"] = ("Dasar hukum", "Legal basis"),
        ["permit.version"] = ("Versi formulir", "Form version"),
        ["permit.back"] = ("Kembali ke daftar izin", "Back to all permits"),
        ["permit.notFound"] = ("Izin tidak ditemukan", "Permit not found"),
        ["fee.retribusi"] = ("Retribusi", "Levy"),
        ["fee.pajak"] = ("Pajak", "Tax"),
        ["lang.switch"] = ("English", "Bahasa Indonesia"),
    };

    /// <summary>The text with this key in the language (<c>id</c> or <c>en</c>).</summary>
    public static string Get(string key, string lang) =>
        Texts.TryGetValue(key, out var t) ? (lang == "en" ? t.En : t.Id) : throw new KeyNotFoundException($"No UI text '{key}'.");

    /// <summary>The text with this key, with <c>{0}</c>, <c>{1}</c>… filled in.</summary>
    public static string Format(string key, string lang, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Get(key, lang), args);

    /// <summary>Every key, for the test that each text has both languages.</summary>
    internal static IEnumerable<string> Keys => Texts.Keys;

    private static Dictionary<string, (string Id, string En)> Merge(params Dictionary<string, (string Id, string En)>[] parts)
    {
        var all = new Dictionary<string, (string Id, string En)>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (key, text) in part)
            {
                if (!all.TryAdd(key, text))
                {
                    throw new InvalidOperationException($"UI text '{key}' is defined twice.");
                }
            }
        }

        return all;
    }
}
