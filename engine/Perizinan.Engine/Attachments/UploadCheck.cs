using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Perizinan.Engine.Evaluation;
using Perizinan.Forms.Package;

namespace Perizinan.Engine.Attachments;

/// <summary>
/// Checks an upload against its slot in the package (a <c>file</c> question's <c>attachment</c>): the slot exists,
/// the file is not empty and not larger than the slot allows, and its content — not its name, not the type the
/// browser claims — is one of the types the slot accepts. Stateless and thread-safe.
/// </summary>
public static class UploadCheck
{
    /// <summary>Checks an upload.</summary>
    /// <param name="form">The compiled form the draft is pinned to.</param>
    /// <param name="slot">The file question's path, with or without the row (<c>dokumen.ktp</c>, <c>papan[1].foto</c>).</param>
    /// <param name="size">The upload's size in bytes.</param>
    /// <param name="head">Its first bytes (at least <see cref="MediaTypes.SignatureLength"/> when it is that long).</param>
    /// <returns>The media type found in the content, or the problem.</returns>
    public static UploadCheckResult Check(CompiledForm form, string slot, long size, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!TryGetSlot(form, slot, out var info, out var attachment))
        {
            return Problem("slot", slot ?? string.Empty,
                $"Formulir ini tidak punya isian berkas '{slot}'.", $"This form has no file question '{slot}'.");
        }

        var label = Messages.Labels(info, info.Descriptor.Path);
        if (size <= 0)
        {
            return Problem("empty", slot!, $"Berkas {label.Id} kosong.", $"The file for {label.En} is empty.");
        }

        var limit = attachment.MaxSizeKb * 1024L;
        if (size > limit)
        {
            var kb = attachment.MaxSizeKb.ToString("#,0", IndonesianNumbers);
            return Problem("tooLarge", slot!,
                $"Berkas {label.Id} terlalu besar: paling besar {kb} KB.",
                $"The file for {label.En} is too large: at most {attachment.MaxSizeKb:#,0} KB.");
        }

        var detected = MediaTypes.Detect(head);
        if (detected is null || !attachment.Accept.Contains(detected, StringComparer.Ordinal))
        {
            var allowed = string.Join(", ", attachment.Accept.Select(MediaTypes.ShortName));
            return Problem("mediaType", slot!,
                $"Berkas {label.Id} harus berjenis {allowed} (dilihat dari isinya, bukan dari nama berkas).",
                $"The file for {label.En} must be {allowed} (judged by its content, not its name).");
        }

        return new UploadCheckResult(detected, null);
    }

    /// <summary>The largest upload a slot accepts, in bytes, or <c>null</c> when the form has no such file question.</summary>
    /// <param name="form">The compiled form.</param>
    /// <param name="slot">The file question's path, with or without the row.</param>
    public static long? Limit(CompiledForm form, string slot)
    {
        ArgumentNullException.ThrowIfNull(form);
        return TryGetSlot(form, slot, out _, out var attachment) ? attachment.MaxSizeKb * 1024L : null;
    }

    /// <summary>The file question a slot path names (the row number ignored) and its attachment slot.</summary>
    private static bool TryGetSlot(
        CompiledForm form, string? slot, [NotNullWhen(true)] out FieldInfo? info, [NotNullWhen(true)] out AttachmentSlot? attachment)
    {
        attachment = form.Package.Catalog.TryGetInfo(PackagePatterns.RowNumber().Replace(slot ?? string.Empty, "[]"), out info)
            ? info.Layout?.Attachment
            : null;
        return attachment is not null && info is not null;
    }

    private static readonly NumberFormatInfo IndonesianNumbers = new() { NumberGroupSeparator = "." };

    private static UploadCheckResult Problem(string code, string path, string id, string en) =>
        new(null, new FieldError(path, code, new LocalizedMessage(id, en)));
}
