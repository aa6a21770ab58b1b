using System.Net;
using Microsoft.AspNetCore.Hosting;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Host.Tests.Accounts;

/// <summary>The sign-in posts are rate-limited per client address before any work is done; keys survive in the data folder.</summary>
public sealed class SignInRateLimitTests(SignInRateLimitTests.LimitedHostFactory host) : IClassFixture<SignInRateLimitTests.LimitedHostFactory>
{
    [Fact]
    public async Task SignInPosts_OverTheLimit_TooManyRequestsWhilePagesStillLoad()
    {
        var browser = new Browser(host);
        await browser.GetAsync("/petugas/masuk");
        var token = Browser.TokenOf(browser.Html);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await browser.PostAsync("/petugas/masuk", [new("userName", "siapa"), new("password", "salah")], token)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/masuk")).StatusCode);
    }

    [Fact]
    public async Task DataProtectionKeys_KeptInDataFolder()
    {
        await new Browser(host).GetAsync("/masuk");

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(host.DataFolder, "keys"), "key-*.xml"));
    }

    public sealed class LimitedHostFactory : HostFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Perizinan:SignIn:PostsPerClientPerMinute", "2");
        }
    }
}
