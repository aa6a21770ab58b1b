using System.Net;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Host.Tests.Forms;

/// <summary>Forms listed in <c>Perizinan:PublishExclude</c> are not published at start (the stress packages by default).</summary>
public sealed class PublishExcludeTests(ExcludingHostFactory host) : IClassFixture<ExcludingHostFactory>
{
    [Fact]
    public async Task Start_ExcludedForm_NotInCatalogOthersAre()
    {
        var client = host.CreateClient();

        var catalog = await client.GetStringAsync("/api/v1/forms");
        var excluded = await client.GetAsync("/api/v1/forms/izin-reklame");

        Assert.Contains("\"izin-keramaian\"", catalog, StringComparison.Ordinal);
        Assert.DoesNotContain("\"izin-reklame\"", catalog, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, excluded.StatusCode);
    }
}
