namespace Perizinan.Forms.Package;

/// <summary>What a <c>file</c> field accepts: media types and the largest size.</summary>
/// <param name="Accept">The allowed media types (<c>application/pdf</c>, <c>image/jpeg</c>).</param>
/// <param name="MaxSizeKb">The largest file, in kilobytes (1024 bytes).</param>
public sealed record AttachmentSlot(IReadOnlyList<string> Accept, int MaxSizeKb);
