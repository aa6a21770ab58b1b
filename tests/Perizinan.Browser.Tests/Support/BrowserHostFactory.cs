using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Browser.Tests.Support;

/// <summary>
/// The real host on Kestrel at 127.0.0.1 (a free port), environment "Testing", with its own data folder, the citizen
/// samples published and "today" fixed at <see cref="BrowserHost.Start"/>.
/// </summary>
internal sealed class BrowserHostFactory : WebApplicationFactory<Program>
{
    private readonly string _root;

    public BrowserHostFactory(string root, IReadOnlyList<string> forms, DateTimeOffset start)
    {
        _root = root;
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
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new ShiftedTime(Start))));
    }
}
