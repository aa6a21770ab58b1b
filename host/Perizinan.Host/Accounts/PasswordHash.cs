using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Perizinan.Host.Accounts;

/// <summary>
/// Staff password hashes: PBKDF2 with HMAC-SHA256, a random 16-byte salt and at least <see cref="Iterations"/>
/// iterations, written as one self-describing string <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (salt and hash in
/// base64) so the iteration count can be raised later without breaking stored hashes. Thread-safe.
/// </summary>
public static class PasswordHash
{
    /// <summary>The iterations of new hashes (OWASP's 2023 figure for PBKDF2-HMAC-SHA256).</summary>
    public const int Iterations = 210_000;

    /// <summary>The algorithm tag that starts every hash.</summary>
    public const string Algorithm = "pbkdf2-sha256";

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    // A stored hash is configuration, not input, but a typo must not make one sign-in attempt run for minutes.
    private const int MaxIterations = 10_000_000;

    /// <summary>A new hash of <paramref name="password"/> with a fresh salt.</summary>
    public static string Hash(string password) => Hash(password, Iterations);

    /// <summary>A hash with a chosen iteration count (tests use fewer; the host refuses configured hashes below <see cref="Iterations"/>).</summary>
    internal static string Hash(string password, int iterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, iterations);
        return string.Join('$', Algorithm, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>
    /// Whether <paramref name="password"/> matches <paramref name="encoded"/>, compared in constant time. A string that is
    /// not a well-formed hash matches nothing.
    /// </summary>
    public static bool Verify(string password, string encoded)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!TryParse(encoded, out var iterations, out var salt, out var expected))
        {
            return false;
        }

        var actual = Derive(password, salt, iterations, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>The iteration count of a well-formed hash, or <c>null</c> when <paramref name="encoded"/> is not one.</summary>
    public static int? IterationsOf(string? encoded) => TryParse(encoded, out var iterations, out _, out _) ? iterations : null;

    private static bool TryParse(string? encoded, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = hash = [];
        var parts = encoded?.Split('$');
        if (parts is not [Algorithm, var count, var saltText, var hashText]
            || count.Length == 0 || !count.All(char.IsAsciiDigit)
            || !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out iterations)
            || iterations is < 1 or > MaxIterations)
        {
            return false;
        }

        try
        {
            salt = Convert.FromBase64String(saltText);
            hash = Convert.FromBase64String(hashText);
        }
        catch (FormatException)
        {
            return false;
        }

        return salt.Length >= SaltBytes && hash.Length == HashBytes;
    }

    private static byte[] Derive(string password, byte[] salt, int iterations, int length = HashBytes) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, length);
}
