using Perizinan.Engine.Evaluation;

namespace Perizinan.Host.Api;

/// <summary>
/// RFC 9457 problem responses of the API. Each has a stable <c>type</c> URI (documented in <c>docs/api.md</c>), a
/// title and detail in the caller's language, and where input was wrong, <c>errors</c>: one entry per field path with
/// a code and the message in both languages.
/// </summary>
internal static class ApiProblems
{
    private const string TypeBase = "urn:perizinan:problem:";

    public static IResult FormNotFound(HttpContext context, string formId, string? version = null) =>
        Problem(context, StatusCodes.Status404NotFound, "form-not-found",
            "Formulir tidak ditemukan", "Form not found",
            version is null ? $"Tidak ada formulir '{formId}' yang terbit." : $"Formulir '{formId}' versi {version} tidak terbit.",
            version is null ? $"No published form '{formId}'." : $"Form '{formId}' version {version} is not published.");

    public static IResult DraftNotFound(HttpContext context) =>
        Problem(context, StatusCodes.Status404NotFound, "draft-not-found",
            "Draf tidak ditemukan", "Draft not found",
            "Draf ini tidak ada, sudah kedaluwarsa, atau kodenya salah.", "This draft does not exist, has expired, or the code is wrong.");

    public static IResult SubmissionNotFound(HttpContext context) =>
        Problem(context, StatusCodes.Status404NotFound, "submission-not-found",
            "Permohonan tidak ditemukan", "Application not found",
            "Tidak ada permohonan dengan nomor registrasi ini.", "No application has this registration number.");

    public static IResult FormRetired(HttpContext context, string formId, string version) =>
        Problem(context, StatusCodes.Status409Conflict, "form-retired",
            "Versi formulir sudah tidak berlaku", "Form version retired",
            $"Formulir '{formId}' versi {version} tidak menerima permohonan baru.", $"Form '{formId}' version {version} takes no new applications.");

    public static IResult StaleRevision(HttpContext context, long expected, long current) =>
        Problem(context, StatusCodes.Status409Conflict, "stale-revision",
            "Draf sudah diubah di tempat lain", "Draft changed elsewhere",
            $"Anda menyimpan revisi {expected}, tetapi draf sudah di revisi {current}. Muat ulang draf lalu ulangi.",
            $"You saved revision {expected}, but the draft is at revision {current}. Reload the draft and try again.",
            extensions: new Dictionary<string, object?> { ["currentRevision"] = current });

    public static IResult AlreadySubmitted(HttpContext context) =>
        Problem(context, StatusCodes.Status409Conflict, "already-submitted",
            "Draf sudah diajukan", "Draft already submitted",
            "Draf ini sudah diajukan dan tidak dapat diubah lagi.", "This draft was submitted and can no longer change.");

    public static IResult InvalidAnswers(HttpContext context, IReadOnlyList<FieldError> errors) =>
        Problem(context, StatusCodes.Status422UnprocessableEntity, "invalid-answers",
            "Isian belum lengkap atau belum benar", "Answers incomplete or invalid",
            $"{errors.Count} isian perlu diperbaiki sebelum permohonan dapat diajukan.",
            $"{errors.Count} answers need fixing before the application can be submitted.",
            errors);

    public static IResult BadRequest(HttpContext context, string path, string code, string id, string en) =>
        Problem(context, StatusCodes.Status400BadRequest, "bad-request",
            "Permintaan tidak dapat dibaca", "Request cannot be read", id, en,
            [new FieldError(path, code, new LocalizedMessage(id, en))]);

    public static IResult TooLarge(HttpContext context, long limit) =>
        Problem(context, StatusCodes.Status413PayloadTooLarge, "too-large",
            "Permintaan terlalu besar", "Request too large",
            $"Isi permintaan melebihi {limit:N0} bita.", $"The request body exceeds {limit:N0} bytes.");

    public static IResult Problem(
        HttpContext context,
        int status,
        string type,
        string titleId,
        string titleEn,
        string detailId,
        string detailEn,
        IReadOnlyList<FieldError>? errors = null,
        IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>(), StringComparer.Ordinal);
        if (errors is not null)
        {
            all["errors"] = errors.Select(e => new { path = e.Path, code = e.Code, message = new { id = e.Message.Id, en = e.Message.En } }).ToList();
        }

        var english = ApiLanguage.IsEnglish(context);
        return Results.Problem(
            english ? detailEn : detailId,
            context.Request.Path,
            status,
            english ? titleEn : titleId,
            TypeBase + type,
            all);
    }
}
