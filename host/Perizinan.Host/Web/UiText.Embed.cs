namespace Perizinan.Host.Web;

/// <summary>The texts of the integrator pages: the API reference (see <see cref="UiText"/>).</summary>
internal static partial class UiText
{
    private static readonly Dictionary<string, (string Id, string En)> EmbedTexts = new(StringComparer.Ordinal)
    {
        ["api.title"] = ("Referensi API", "API reference"),
        ["api.lead"] = ("REST API /api/v1 untuk integrator: katalog izin, formulir, evaluasi, draf, berkas, pengajuan dan status.", "The /api/v1 REST API for integrators: permits, forms, evaluation, drafts, files, submission and status."),
        ["api.openapi"] = ("Dokumen OpenAPI", "OpenAPI document"),
        ["api.errors"] = ("Galat dikirim sebagai RFC 9457 (application/problem+json) dengan jalur isian; bahasa lewat ?lang=en atau Accept-Language.", "Errors are RFC 9457 problem responses (application/problem+json) with field paths; language by ?lang=en or Accept-Language."),
        ["api.keys"] = ("Integrator mengirim kunci API di header X-Api-Key (batas permintaan lebih tinggi; dapat diwajibkan untuk penulisan).", "Integrators send their API key in the X-Api-Key header (higher rate limits; may be required for writes)."),
        ["api.method"] = ("Metode", "Method"),
        ["api.path"] = ("Alamat", "Path"),
        ["api.what"] = ("Kegunaan", "What it does"),
        ["api.forms"] = ("Skema dan tipe per formulir", "Schema and types per form"),
        ["api.formsLead"] = ("Setiap versi formulir menyediakan JSON Schema (untuk bahasa apa pun) dan tipe C# yang dihasilkan dengan NJsonSchema.", "Each form version offers its JSON Schema (for any language) and C# types generated with NJsonSchema."),
    };
}
