using Perizinan.Host.Tests.Support;

namespace Perizinan.Host.Tests.Pages;

/// <summary>Text from a package is shown as text: a title with a script tag never becomes markup.</summary>
public sealed class HostileTextTests(HostileTextHostFactory host) : IClassFixture<HostileTextHostFactory>
{
    [Fact]
    public async Task Catalog_TitleWithScriptTag_RenderedEncoded()
    {
        var html = await host.CreateClient().GetStringAsync("/");

        Assert.DoesNotContain(HostileTextHostFactory.Script, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }
}
