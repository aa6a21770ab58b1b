using Microsoft.AspNetCore.Hosting;

namespace Perizinan.Host.Tests.Support;

/// <summary>The host with izin-reklame excluded from publishing at start.</summary>
public sealed class ExcludingHostFactory : HostFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Perizinan:PublishExclude:0", "izin-reklame");
    }
}
