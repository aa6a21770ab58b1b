using Microsoft.AspNetCore.Mvc;
using Perizinan.Engine.Evaluation;
using Perizinan.Host.Api.Contracts;
using Perizinan.Host.Forms;
using Perizinan.Storage;
using Perizinan.Storage.Attachments;

namespace Perizinan.Host.Api;

/// <summary>
/// A draft's attachments (berkas): upload one file for a file question (checked by its content, not by the name or
/// the type the client claims), list them, download one (always as a download, never rendered), remove one. The
/// upload does not answer the question: the client then saves the draft with the returned <c>sha256</c> as the answer.
/// </summary>
internal static class AttachmentEndpoints
{
    /// <summary>The largest upload request (the slot's own limit, at most 10 MB in the samples, is checked too).</summary>
    public const long MaxUploadBytes = 25L * 1024 * 1024;

    public static RouteGroupBuilder MapAttachments(this RouteGroupBuilder api)
    {
        var files = api.MapGroup("/drafts/{draftId:guid}/attachments").WithTags("Attachments");
        files.MapPost("", UploadAsync).WithName("UploadAttachment")
            .WithSummary("Uploads one file (multipart field 'file') for the file question named by ?slot= (e.g. dokumen.ktp, papan[0].foto_lokasi).")
            .Accepts<IFormFile>("multipart/form-data").Produces<AttachmentDocument>(StatusCodes.Status201Created)
            .DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes)).RequireRateLimiting(ApiRateLimits.WritePolicy);
        files.MapGet("", ListAsync).WithName("ListAttachments").WithSummary("The draft's attachments, oldest first.")
            .Produces<IReadOnlyList<AttachmentDocument>>();
        files.MapGet("/{sha256}", DownloadAsync).WithName("DownloadAttachment")
            .WithSummary("The file's bytes, as a download (Content-Disposition: attachment) with nosniff.");
        files.MapDelete("/{sha256}", RemoveAsync).WithName("RemoveAttachment").WithSummary("Removes the attachment from a draft not yet submitted.")
            .Produces(StatusCodes.Status204NoContent).RequireRateLimiting(ApiRateLimits.WritePolicy);
        return api;
    }

    private static async Task<IResult> UploadAsync(
        Guid draftId, string? slot, HttpContext context, FormCatalog catalog, ITenantStorage storage, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            return ApiProblems.Problem(context, StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type",
                "Jenis isi tidak didukung", "Unsupported media type",
                "Kirim berkas sebagai multipart/form-data dengan kolom 'file'.", "Send the file as multipart/form-data with a 'file' field.");
        }

        if (string.IsNullOrWhiteSpace(slot))
        {
            return ApiProblems.BadRequest(context, "slot", "required", "Parameter slot wajib diisi (mis. dokumen.ktp).", "The slot parameter is required (e.g. dokumen.ktp).");
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return ApiProblems.TooLarge(context, MaxUploadBytes);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiProblems.TooLarge(context, MaxUploadBytes);
        }

        var file = form.Files.GetFile("file");
        if (file is null)
        {
            return ApiProblems.BadRequest(context, "file", "required", "Kolom berkas 'file' tidak ada.", "The 'file' field is missing.");
        }

        var draft = await storage.Drafts.GetAsync(draftId, cancellationToken);
        var compiled = draft is null ? null : await catalog.ByContentHashAsync(draft.ContentHash, cancellationToken);
        if (draft is null || compiled is null)
        {
            return ApiProblems.DraftNotFound(context);
        }

        await using var stream = file.OpenReadStream();
        var result = await AttachmentUploads.UploadAsync(storage.Attachments, compiled, draftId, slot, Path.GetFileName(file.FileName), stream, cancellationToken);
        if (result.Attachment is { } stored)
        {
            return TypedResults.Created($"/api/v1/drafts/{draftId}/attachments/{stored.Sha256}", AttachmentDocument.From(stored));
        }

        var error = result.Error!;
        var status = error.Code switch
        {
            "tooLarge" => StatusCodes.Status413PayloadTooLarge,
            "mediaType" => StatusCodes.Status415UnsupportedMediaType,
            "draft" => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return ApiProblems.Problem(context, status, "upload-refused", "Berkas ditolak", "File refused", error.Message.Id, error.Message.En, [error]);
    }

    private static async Task<IResult> ListAsync(Guid draftId, HttpContext context, ITenantStorage storage, CancellationToken cancellationToken)
    {
        if (await storage.Drafts.GetAsync(draftId, cancellationToken) is null)
        {
            return ApiProblems.DraftNotFound(context);
        }

        var list = await storage.Attachments.ListAsync(draftId, cancellationToken);
        return TypedResults.Ok(list.Select(AttachmentDocument.From).ToList());
    }

    private static async Task<IResult> DownloadAsync(Guid draftId, string sha256, HttpContext context, ITenantStorage storage, CancellationToken cancellationToken)
    {
        var attachment = (await storage.Attachments.ListAsync(draftId, cancellationToken)).FirstOrDefault(a => a.Sha256 == sha256);
        var stream = attachment is null ? null : await storage.Attachments.OpenAsync(draftId, sha256, cancellationToken);
        if (attachment is null || stream is null)
        {
            return AttachmentNotFound(context);
        }

        // Served as a download only: never rendered by the browser in this origin (a PDF or an image with script inside).
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return TypedResults.File(stream, attachment.MediaType, attachment.FileName, enableRangeProcessing: false);
    }

    private static async Task<IResult> RemoveAsync(Guid draftId, string sha256, HttpContext context, ITenantStorage storage, CancellationToken cancellationToken) =>
        await storage.Attachments.RemoveAsync(draftId, sha256, cancellationToken)
            ? TypedResults.NoContent()
            : AttachmentNotFound(context);

    private static IResult AttachmentNotFound(HttpContext context) =>
        ApiProblems.Problem(context, StatusCodes.Status404NotFound, "attachment-not-found", "Berkas tidak ditemukan", "File not found",
            "Draf ini tidak memiliki berkas tersebut (atau sudah diajukan).", "This draft has no such file (or it was submitted).");
}
