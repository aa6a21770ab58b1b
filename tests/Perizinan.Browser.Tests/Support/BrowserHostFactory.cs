using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Perizinan.Host.Accounts;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Browser.Tests.Support;

/// <summary>
/// The real host on Kestrel at 127.0.0.1 (a free port), environment "Testing", with its own data folder, the citizen
/// samples published, "today" fixed at <see cref="BrowserHost.Start"/>, one officer account, and
/// <see cref="BrowserHost.EmbeddingSite"/> allowed to frame the pages.
/// </summary>
internal sealed class BrowserHostFactory : WebApplicationFactory<Program>
{
    private readonly string _root;

    private readonly string _embedOrigin;

    public BrowserHostFactory(string root, IReadOnlyList<string> forms, DateTimeOffset start, string embedOrigin)
    {
        _root = root;
        _embedOrigin = embedOrigin;
        Forms = forms;
        Start = start;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public IReadOnlyList<string> Forms { get; }

    public DateTimeOffset Start { get; }

    public string DataFolder => Path.Combine(_root, "data");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var packages = Path.Combine(_root, "forms");
        foreach (var form in Forms)
        {
            Samples.CopyPackage(form, "1.0.0", packages);
        }

        builder.UseEnvironment("Testing");
        builder.UseSetting("Perizinan:DataFolder", DataFolder);
        builder.UseSetting("Perizinan:PublishFolders:0", packages);
        builder.UseSetting("Perizinan:EmbedOrigins:0", _embedOrigin);

        // Every request comes from 127.0.0.1: the per-address sign-in limits would otherwise stop the run.
        builder.UseSetting("Perizinan:SignIn:CodeRequestsPerClient", "10000");
        builder.UseSetting("Perizinan:SignIn:PostsPerClientPerMinute", "10000");
        builder.UseSetting("Perizinan:Staff:0:UserName", BrowserHost.OfficerName);
        builder.UseSetting("Perizinan:Staff:0:DisplayName", BrowserHost.OfficerDisplayName);
        builder.UseSetting("Perizinan:Staff:0:Role", "petugas");
        builder.UseSetting("Perizinan:Staff:0:PasswordHash", PasswordHash.Hash(BrowserHost.OfficerPassword));
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new ShiftedTime(Start))));
    }
}
