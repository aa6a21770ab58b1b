namespace Perizinan.Host.Tests.Support;

/// <summary>The host with every citizen sample published (not the stress packages).</summary>
public sealed class AllSamplesHostFactory : HostFactory
{
    /// <summary>The citizen samples.</summary>
    public static readonly string[] Forms = ["izin-reklame", "perpanjangan-izin-reklame", "pbg", "izin-keramaian", "sip-tenaga-kesehatan", "iumk-sku", "tdup"];

    protected override void PreparePackages(string folder)
    {
        foreach (var form in Forms.Except(["izin-keramaian", "izin-reklame"]))
        {
            Samples.CopyPackage(form, "1.0.0", folder);
        }
    }
}
