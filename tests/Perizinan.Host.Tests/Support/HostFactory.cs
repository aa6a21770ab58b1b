using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Perizinan.Host.Tests.Support;

/// <summary>
/// The real host over HTTP with its own SQLite file and data folder, the izin-keramaian and izin-reklame samples
/// published, one in-process queue worker exporting to files, and "today" fixed at 2026-11-25 in WIB.
/// </summary>
public class HostFactory : WebApplicationFactory<Program>
{
    private readonly string _root = Directory.CreateTempSubdirectory("perizinan-host-").FullName;

    public static readonly DateTimeOffset Start = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    /// <summary>The data folder (SQLite file, attachments, exports).</summary>
    public string DataFolder => Path.Combine(_root, "data");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var packages = Path.Combine(_root, "forms");
        foreach (var form in new[] { "izin-keramaian", "izin-reklame" })
        {
            Samples.CopyPackage(form, "1.0.0", packages);
        }

        PreparePackages(packages);

        builder.UseEnvironment("Testing");
        builder.UseSetting("Perizinan:DataFolder", DataFolder);
        builder.UseSetting("Perizinan:PublishFolders:0", packages);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new ShiftedTime(Start))));
    }

    /// <summary>Changes the copied packages before they are published (a derived factory's hook).</summary>
    protected virtual void PreparePackages(string folder)
    {
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing worker; the temp folder is the system's to clean.
            }
        }
    }
}
