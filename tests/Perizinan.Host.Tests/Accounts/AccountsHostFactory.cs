using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Perizinan.Host.Accounts;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Host.Tests.Accounts;

/// <summary>
/// The host with two staff accounts, the dev channel (the Testing default), per-client limits raised (every test
/// request comes from the same address) and a clock tests can move forward.
/// </summary>
public sealed class AccountsHostFactory : HostFactory
{
    public const string OfficerName = "siti";
    public const string OfficerPassword = "Loket-Satu-2026!";
    public const string AdminName = "budi";
    public const string AdminPassword = "Admin-Dua-2026!";

    private static readonly string OfficerHash = PasswordHash.Hash(OfficerPassword);
    private static readonly string AdminHash = PasswordHash.Hash(AdminPassword);

    public MovableTime Time { get; } = new(Start);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Perizinan:SignIn:CodeRequestsPerClient", "10000");
        builder.UseSetting("Perizinan:SignIn:PostsPerClientPerMinute", "10000");
        builder.UseSetting("Perizinan:Staff:0:UserName", OfficerName);
        builder.UseSetting("Perizinan:Staff:0:DisplayName", "Siti Rahayu");
        builder.UseSetting("Perizinan:Staff:0:Role", "petugas");
        builder.UseSetting("Perizinan:Staff:0:PasswordHash", OfficerHash);
        builder.UseSetting("Perizinan:Staff:1:UserName", AdminName);
        builder.UseSetting("Perizinan:Staff:1:DisplayName", "Budi Santoso");
        builder.UseSetting("Perizinan:Staff:1:Role", "admin");
        builder.UseSetting("Perizinan:Staff:1:PasswordHash", AdminHash);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));
    }
}
