using System.Security.Cryptography;
using System.Text;

namespace Perizinan.Storage.Drafts;

/// <summary>
/// Resume codes: 8 characters from 32 letters and digits without look-alikes (no 0/O, 1/I), about 2^40 codes, read
/// out over the phone or copied from paper. Drawn from a cryptographic generator.
/// </summary>
internal static class ResumeCode
{
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public const int Length = 8;

    public static string New()
    {
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(code);
    }

    /// <summary>The code as typed, upper-cased without spaces and dashes; <c>null</c> when it cannot be a code.</summary>
    public static string? Normalize(string typed)
    {
        var code = new StringBuilder(Length);
        foreach (var c in typed)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (!Alphabet.Contains(upper, StringComparison.Ordinal))
            {
                return null;
            }

            code.Append(upper);
        }

        return code.Length == Length ? code.ToString() : null;
    }
}
