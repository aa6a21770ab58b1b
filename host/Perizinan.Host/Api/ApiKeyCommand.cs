using System.Security.Cryptography;

namespace Perizinan.Host.Api;

/// <summary>
/// The host's command-line mode <c>new-api-key NAME</c>: makes a random key for an integrator, prints the key (to give
/// to the integrator once) and the configuration entry with its SHA-256 (to put in <c>Perizinan:ApiKeys</c>), and exits
/// without starting the server. The key itself is never stored by the host.
/// </summary>
internal static class ApiKeyCommand
{
    /// <summary>The verb.</summary>
    public const string Verb = "new-api-key";

    /// <summary>Runs the command when <paramref name="args"/> asks for it; <c>true</c> when it ran (the host must then exit).</summary>
    public static bool TryRun(string[] args, TextWriter output)
    {
        if (args is not [Verb, ..])
        {
            return false;
        }

        if (args is not [_, var name] || string.IsNullOrWhiteSpace(name) || name.Any(c => char.IsControl(c) || c == '"'))
        {
            output.WriteLine("Usage: new-api-key NAME   (the integrator's name, e.g. portal-kota)");
            Environment.ExitCode = 2;
            return true;
        }

        var key = "pzk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        output.WriteLine($"API key for {name} (give it to the integrator once; it is not stored):");
        output.WriteLine(key);
        output.WriteLine();
        output.WriteLine("Add to Perizinan:ApiKeys:");
        output.WriteLine($$"""{ "Name": "{{name}}", "Sha256": "{{ApiKeys.Hash(key)}}", "PerMinute": 6000 }""");
        return true;
    }
}
