using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Perizinan.Storage.Privacy;

/// <summary>
/// Encrypts the answers of personal fields at rest with AES-GCM (256-bit keys, 12-byte random nonce, 16-byte tag). A
/// protected value is the string <c>enc:v1:&lt;keyId&gt;:&lt;base64(nonce|ciphertext|tag)&gt;</c> of the value's JSON
/// text; the associated data binds it to its tenant and field path, so a value copied to another field or tenant does
/// not decrypt. New values use the current key; any configured key id can be read (rotation). Thread-safe.
/// </summary>
internal sealed class PersonalDataProtector
{
    /// <summary>What every protected value starts with.</summary>
    public const string Prefix = "enc:v1:";

    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>Stored text is not HTML: keep non-ASCII letters and base64's <c>+</c> as they are.</summary>
    private static readonly JsonSerializerOptions StoredJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IReadOnlyDictionary<string, byte[]> _keys;
    private readonly string? _currentKeyId;

    /// <param name="keys">Key id → 32-byte key (already validated by <see cref="FromOptions"/>).</param>
    /// <param name="currentKeyId">The key new values are encrypted with; <c>null</c> when no key is configured.</param>
    public PersonalDataProtector(IReadOnlyDictionary<string, byte[]> keys, string? currentKeyId)
    {
        _keys = keys;
        _currentKeyId = currentKeyId;
    }

    /// <summary>Whether values are encrypted on write (a key is configured).</summary>
    public bool IsEnabled => _currentKeyId is not null;

    /// <summary>Checks and decodes the keys of the options; throws <see cref="ArgumentException"/> naming what is wrong (never a key).</summary>
    public static PersonalDataProtector FromOptions(IReadOnlyDictionary<string, string> keys, string? currentKeyId)
    {
        var decoded = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (id, text) in keys)
        {
            if (string.IsNullOrEmpty(id) || id.Length > 32 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                throw new ArgumentException(
                    $"The personal data key id \"{id}\" is not 1–32 letters, digits, '-', '_' or '.'.", nameof(StorageOptions.PersonalDataKeys));
            }

            var bytes = new byte[32];
            if (string.IsNullOrWhiteSpace(text) || !Convert.TryFromBase64String(text.Trim(), bytes, out var length) || length != 32)
            {
                throw new ArgumentException(
                    $"The personal data key \"{id}\" must be 32 bytes (256 bits) in base64.", nameof(StorageOptions.PersonalDataKeys));
            }

            decoded[id] = bytes;
        }

        if (decoded.Count == 0)
        {
            return currentKeyId is null
                ? new PersonalDataProtector(decoded, null)
                : throw new ArgumentException(
                    $"CurrentPersonalDataKeyId is \"{currentKeyId}\" but no personal data keys are configured.", nameof(StorageOptions.CurrentPersonalDataKeyId));
        }

        if (currentKeyId is null || !decoded.ContainsKey(currentKeyId))
        {
            throw new ArgumentException(
                currentKeyId is null
                    ? "Personal data keys are configured but CurrentPersonalDataKeyId is not set: name the key new values are encrypted with."
                    : $"CurrentPersonalDataKeyId \"{currentKeyId}\" is not one of the configured personal data keys.",
                nameof(StorageOptions.CurrentPersonalDataKeyId));
        }

        return new PersonalDataProtector(decoded, currentKeyId);
    }

    /// <summary>
    /// The answers with the value of each personal field (<paramref name="piiPaths"/>: <c>pemohon.nik</c>,
    /// <c>anggota[].nik</c>) encrypted; other values, and <c>null</c> answers, unchanged. Returns the JSON text.
    /// </summary>
    public string Protect(string answers, IReadOnlySet<string> piiPaths, string tenant)
    {
        if (_currentKeyId is null || piiPaths.Count == 0)
        {
            return answers;
        }

        var root = JsonNode.Parse(answers);
        if (root is not JsonObject obj)
        {
            return answers;
        }

        Walk(obj, string.Empty, piiPaths, (path, value) => JsonValue.Create(Encrypt(value, tenant, path)));
        return obj.ToJsonString(StoredJson);
    }

    /// <summary>
    /// The answers with every protected value of a personal field decrypted. Values in clear (written before a key was
    /// configured) are returned as they are. Throws <see cref="CryptographicException"/> naming the key id and path when
    /// a key id is unknown or a value does not decrypt: that is a configuration bug or tampering, not user input.
    /// </summary>
    public string Unprotect(string answers, IReadOnlySet<string> piiPaths, string tenant)
    {
        if (piiPaths.Count == 0 || !answers.Contains(Prefix, StringComparison.Ordinal))
        {
            return answers;
        }

        var root = JsonNode.Parse(answers);
        if (root is not JsonObject obj)
        {
            return answers;
        }

        Walk(obj, string.Empty, piiPaths, (path, value) =>
            value is JsonValue v && v.TryGetValue<string>(out var text) && text.StartsWith(Prefix, StringComparison.Ordinal)
                ? Decrypt(text, tenant, path)
                : value);
        return obj.ToJsonString(StoredJson);
    }

    private static void Walk(JsonObject obj, string prefix, IReadOnlySet<string> piiPaths, Func<string, JsonNode, JsonNode?> replace)
    {
        foreach (var (name, value) in obj.ToList())
        {
            if (value is null)
            {
                continue;
            }

            var path = prefix.Length == 0 ? name : prefix + "." + name;
            if (piiPaths.Contains(path))
            {
                if (replace(path, value) is var replaced && !ReferenceEquals(replaced, value))
                {
                    obj[name] = replaced;
                }
            }
            else if (value is JsonObject group)
            {
                Walk(group, path, piiPaths, replace);
            }
            else if (value is JsonArray rows)
            {
                foreach (var row in rows.OfType<JsonObject>())
                {
                    Walk(row, path + "[]", piiPaths, replace);
                }
            }
        }
    }

    private string Encrypt(JsonNode value, string tenant, string path)
    {
        var keyId = _currentKeyId!;
        var plain = Encoding.UTF8.GetBytes(value.ToJsonString(StoredJson));
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(_keys[keyId], TagSize))
        {
            aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), AssociatedData(keyId, tenant, path));
        }

        return Prefix + keyId + ":" + Convert.ToBase64String(sealedBytes);
    }

    private JsonNode? Decrypt(string text, string tenant, string path)
    {
        var rest = text.AsSpan(Prefix.Length);
        var colon = rest.IndexOf(':');
        var keyId = colon > 0 ? rest[..colon].ToString() : string.Empty;
        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw new CryptographicException(
                $"The personal data of \"{path}\" is encrypted with key id \"{keyId}\", which is not configured (StorageOptions.PersonalDataKeys).");
        }

        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(rest[(colon + 1)..].ToString());
        }
        catch (FormatException e)
        {
            throw new CryptographicException($"The personal data of \"{path}\" (key id \"{keyId}\") is not valid base64: the stored value was altered.", e);
        }

        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new CryptographicException($"The personal data of \"{path}\" (key id \"{keyId}\") is too short: the stored value was altered.");
        }

        var plainLength = sealedBytes.Length - NonceSize - TagSize;
        var plain = new byte[plainLength];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, plainLength), sealedBytes.AsSpan(NonceSize + plainLength), plain,
                AssociatedData(keyId, tenant, path));
        }
        catch (CryptographicException e)
        {
            throw new CryptographicException(
                $"The personal data of \"{path}\" does not decrypt with key id \"{keyId}\" for this tenant: the value was altered, or moved from another field or tenant.", e);
        }

        return JsonNode.Parse(plain);
    }

    private static byte[] AssociatedData(string keyId, string tenant, string path) =>
        Encoding.UTF8.GetBytes($"perizinan-pii/v1\n{keyId}\n{tenant}\n{path}");
}
