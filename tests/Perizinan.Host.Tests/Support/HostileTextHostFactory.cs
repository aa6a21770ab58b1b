namespace Perizinan.Host.Tests.Support;

/// <summary>The host with izin-keramaian's title and description turned into markup an attacker would write.</summary>
public sealed class HostileTextHostFactory : HostFactory
{
    public const string Script = "<script>alert(1)</script>";

    protected override void PreparePackages(string folder)
    {
        var form = Path.Combine(folder, "izin-keramaian", "1.0.0", "form.json");
        var text = File.ReadAllText(form);
        text = text.Replace("\"id\": \"Izin Keramaian\"", $"\"id\": \"Izin Keramaian {Script}\"", StringComparison.Ordinal);
        File.WriteAllText(form, text);
    }
}
