namespace Perizinan.Storage;

/// <summary>
/// Tenant ids: 1–64 letters, digits, <c>-</c>, <c>_</c> or <c>.</c>, not only dots, so that an id is safe as a folder name
/// and in logs.
/// </summary>
internal static class TenantId
{
    public static string Check(string tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (tenant.Length is 0 or > 64
            || !tenant.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            || tenant.All(c => c == '.'))
        {
            throw new ArgumentException($"'{tenant}' is not a valid tenant id (1–64 letters, digits, '-', '_', '.').", nameof(tenant));
        }

        return tenant;
    }
}
