using System.Text.Json;
using Json.Schema;

namespace Perizinan.Forms.Package;

/// <summary>
/// The <c>email</c> format: <c>local@domain.tld</c> with a dot-atom local part (at most 64 characters) and a domain of
/// letter/digit/hyphen labels ending in an alphabetic top-level label, at most 254 characters in all — what a citizen's
/// mailbox looks like. Quoted local parts and IP-address domains are refused.
/// </summary>
/// <remarks>
/// It replaces JsonSchema.Net 8.0.5's own check, which refuses valid addresses now and then when several threads
/// validate at once (see <c>SchemaFormatTests</c>): a citizen's answer must never depend on other requests. Pure, no
/// regular expression, linear in the length; thread-safe.
/// </remarks>
internal sealed class EmailFormat() : Format("email")
{
    private const string AtomSymbols = "!#$%&'*+/=?^_`{|}~-";

    public override bool Validate(JsonElement value, out string? errorMessage)
    {
        errorMessage = null;
        if (value.ValueKind != JsonValueKind.String)
        {
            return true; // formats apply to strings only; "type" judges the rest
        }

        if (IsValid(value.GetString()!))
        {
            return true;
        }

        errorMessage = "Value does not match format \"email\"";
        return false;
    }

    /// <summary>Whether <paramref name="address"/> is a valid e-mail address by the rules above.</summary>
    public static bool IsValid(string address)
    {
        var at = address.LastIndexOf('@');
        if (address.Length > 254 || at < 1 || at > 64)
        {
            return false;
        }

        return IsDotAtom(address[..at]) && IsDomain(address[(at + 1)..]);
    }

    private static bool IsDotAtom(string local) =>
        local.Split('.').All(part => part.Length > 0 && part.All(c => char.IsAsciiLetterOrDigit(c) || AtomSymbols.Contains(c, StringComparison.Ordinal)));

    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length < 2)
        {
            return false;
        }

        var tld = labels[^1];
        return tld.Length is >= 2 and <= 63 && tld.All(char.IsAsciiLetter) && labels.All(IsLabel);
    }

    private static bool IsLabel(string label) =>
        label.Length is >= 1 and <= 63
        && label[0] != '-' && label[^1] != '-'
        && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
