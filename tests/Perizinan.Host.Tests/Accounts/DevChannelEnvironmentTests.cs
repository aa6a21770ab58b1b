using System.Net;
using Microsoft.AspNetCore.Hosting;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Host.Tests.Accounts;

/// <summary>The dev channel (log + dev mailbox page) exists only in Development and Testing.</summary>
public sealed class DevChannelEnvironmentTests
{
    [Fact]
    public void Production_DevChannel_StartRefusedNamingTheSetting()
    {
        using var host = new ProductionHostFactory(smtp: false);

        var refused = Record.Exception(() => host.CreateClient());

        Assert.NotNull(refused);
        Assert.Contains("Perizinan:Notifications:Channel is 'Dev'", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_SmtpChannel_NoDevMailboxAndPhoneNumbersRefused()
    {
        using var host = new ProductionHostFactory(smtp: true);
        var browser = new Browser(host);

        var mailbox = await browser.GetAsync("/dev/kotak-surat");
        Assert.Equal(HttpStatusCode.NotFound, mailbox.StatusCode);

        await browser.GetAsync("/masuk");
        var response = await browser.PostAsync("/masuk", ("nik", "3201010101900001"), ("contact", "0812 3456 7890"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kode belum dapat dikirim lewat SMS", browser.Html, StringComparison.Ordinal);
    }

    private sealed class ProductionHostFactory(bool smtp) : HostFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            if (smtp)
            {
                builder.UseSetting("Perizinan:Notifications:Channel", "Smtp");
                builder.UseSetting("Perizinan:Notifications:Smtp:Host", "smtp.example.go.id");
                builder.UseSetting("Perizinan:Notifications:Smtp:From", "noreply@example.go.id");
            }
        }
    }
}
