using Microsoft.Extensions.Options;
using Perizinan.Storage;

namespace Perizinan.Host.Configuration;

/// <summary>Registers the storage: opened once (which applies migrations), and the stores of this deployment's tenant.</summary>
internal static class StorageExtensions
{
    public static IServiceCollection AddPerizinanStorage(this IServiceCollection services) =>
        services
            .AddSingleton(sp => Storage.Storage.Open(StorageOptionsFrom(sp.GetRequiredService<IOptions<PerizinanOptions>>().Value, sp.GetRequiredService<HostPaths>()), sp.GetRequiredService<TimeProvider>()))
            .AddSingleton(sp => sp.GetRequiredService<Storage.Storage>().Default);

    private static StorageOptions StorageOptionsFrom(PerizinanOptions options, HostPaths paths)
    {
        var storage = new StorageOptions
        {
            Provider = options.Provider,
            ConnectionString = string.IsNullOrWhiteSpace(options.ConnectionString)
                ? $"Data Source={paths.InData("perizinan.db")}"
                : options.ConnectionString,
            DefaultTenant = options.Tenant,
            AttachmentFolder = paths.InData("attachments"),
            CurrentPersonalDataKeyId = options.CurrentPersonalDataKeyId,
        };
        foreach (var (id, key) in options.PersonalDataKeys)
        {
            storage.PersonalDataKeys[id] = key;
        }

        return storage;
    }
}
