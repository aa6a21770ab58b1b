using Microsoft.AspNetCore.Hosting;

namespace Perizinan.Host.Tests.Support;

/// <summary>The host with one embedding origin (<see cref="Origin"/>) in <c>Perizinan:EmbedOrigins</c>.</summary>
public sealed class EmbeddingHostFactory : HostFactory
{
    public const string Origin = "https://pemda.contoh.go.id";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Perizinan:EmbedOrigins:0", Origin);
    }
}
