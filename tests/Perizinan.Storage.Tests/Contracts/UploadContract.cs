using Perizinan.Engine.Evaluation;
using Perizinan.Rules.Diagnostics;
using Perizinan.Storage.Attachments;
using Perizinan.Storage.Tests.Providers;

namespace Perizinan.Storage.Tests.Contracts;

/// <summary>Uploads through <see cref="AttachmentUploads"/>: a refused upload gets a precise error and stores nothing.</summary>
public abstract class UploadContract(ProviderFixture fixture) : StoreContract(fixture)
{
    private static readonly Lazy<CompiledForm> Form = new(() =>
        CompiledForm.Load(Path.Combine(RepositoryRoot(), "samples", "forms", "izin-reklame", "1.0.0"), new DiagnosticBag())!);

    private static readonly byte[] PdfHead = "%PDF-1.7\n"u8.ToArray();

    [SkippableFact]
    public async Task Upload_PdfClaimedAsImage_StoredAsPdf()
    {
        var tenant = await TenantWithFormAsync();
        var draft = await NewDraftAsync(tenant);

        var result = await Upload(tenant, draft.Id, "dokumen.ktp", "ktp.jpg", [.. PdfHead, 1, 2, 3]);

        Assert.Null(result.Error);
        Assert.Equal("application/pdf", result.Attachment!.MediaType);
        Assert.Equal("application/pdf", Assert.Single(await tenant.Attachments.ListAsync(draft.Id)).MediaType);
    }

    [SkippableFact]
    public async Task Upload_OneByteOverTheLimit_TooLargeAndNothingStored()
    {
        var tenant = await TenantWithFormAsync();
        var draft = await NewDraftAsync(tenant);
        await Upload(tenant, draft.Id, "dokumen.formulir", "formulir.pdf", [.. PdfHead, 9]);
        var before = await tenant.Attachments.ListAsync(draft.Id);
        var oversize = new byte[(2048 * 1024) + 1];
        PdfHead.CopyTo(oversize, 0);

        var result = await Upload(tenant, draft.Id, "dokumen.ktp", "ktp.pdf", oversize);

        Assert.Null(result.Attachment);
        Assert.Equal(("dokumen.ktp", "tooLarge"), (result.Error!.Path, result.Error.Code));
        Assert.Equal(before, await tenant.Attachments.ListAsync(draft.Id));
    }

    [SkippableFact]
    public async Task Upload_ExecutableNamedPdf_MediaTypeErrorAndNothingStored()
    {
        var tenant = await TenantWithFormAsync();
        var draft = await NewDraftAsync(tenant);

        var result = await Upload(tenant, draft.Id, "dokumen.formulir", "formulir.pdf", "MZ this is not a PDF"u8.ToArray());

        Assert.Equal("mediaType", result.Error!.Code);
        Assert.Empty(await tenant.Attachments.ListAsync(draft.Id));
    }

    [SkippableFact]
    public async Task Upload_DraftOfAnotherTenant_DraftErrorAndNothingStored()
    {
        var owner = await TenantWithFormAsync();
        var draft = await NewDraftAsync(owner);
        var other = await TenantWithFormAsync();

        var result = await Upload(other, draft.Id, "dokumen.ktp", "ktp.pdf", [.. PdfHead, 1]);

        Assert.Equal("draft", result.Error!.Code);
        Assert.Empty(await owner.Attachments.ListAsync(draft.Id));
    }

    private static async Task<UploadResult> Upload(ITenantStorage tenant, Guid draftId, string slot, string name, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return await AttachmentUploads.UploadAsync(tenant.Attachments, Form.Value, draftId, slot, name, stream);
    }
}
