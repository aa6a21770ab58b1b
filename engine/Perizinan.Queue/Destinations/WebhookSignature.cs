using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Perizinan.Queue.Destinations;

/// <summary>
/// How webhook deliveries are signed, and how a receiver verifies them: HMAC-SHA256 with the destination's secret over
/// <c>&lt;timestamp&gt;.&lt;body&gt;</c>, where the timestamp is the <see cref="TimestampHeader"/> value (Unix seconds)
/// and the body is the exact request bytes; sent as <c>sha256=&lt;lowercase hex&gt;</c> in <see cref="SignatureHeader"/>.
/// Thread-safe.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header that carries the signature.</summary>
    public const string SignatureHeader = "X-Perizinan-Signature";

    /// <summary>The header that carries the signing time in Unix seconds; it is part of the signed bytes.</summary>
    public const string TimestampHeader = "X-Perizinan-Timestamp";

    /// <summary>The header that carries the queue item id, the same for every retry of one delivery.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>The <see cref="SignatureHeader"/> value for a body signed at <paramref name="timestamp"/>.</summary>
    public static string Compute(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>
    /// Whether <paramref name="signature"/> is the signature of <paramref name="body"/> at <paramref name="timestamp"/>,
    /// compared in constant time. Receivers should also refuse timestamps far from their clock (replays).
    /// </summary>
    public static bool Verify(string secret, string timestamp, ReadOnlySpan<byte> body, string signature)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || signature is null)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, seconds, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }
}
