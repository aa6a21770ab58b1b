using System.Net.Mail;

namespace Perizinan.Host.Accounts;

/// <summary>Where a citizen receives a message: an e-mail address or a mobile number. Immutable.</summary>
/// <param name="Kind">The kind of address.</param>
/// <param name="Value">The address; a phone number in the form <c>+628…</c>.</param>
public sealed record Contact(ContactKind Kind, string Value)
{
    /// <summary>
    /// Reads what a citizen typed: an e-mail address, or an Indonesian mobile number written <c>08…</c>, <c>628…</c> or
    /// <c>+628…</c> (spaces, dashes and dots allowed), 10 to 15 digits in all.
    /// </summary>
    public static bool TryParse(string? input, out Contact? contact)
    {
        contact = null;
        var text = input?.Trim() ?? string.Empty;
        if (text.Contains('@', StringComparison.Ordinal))
        {
            if (text.Length <= 254 && MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal))
            {
                contact = new Contact(ContactKind.Email, text);
            }

            return contact is not null;
        }

        var digits = string.Concat(text.Where(c => c is not (' ' or '-' or '.')));
        var national = digits.StartsWith("+62", StringComparison.Ordinal) ? digits[3..]
            : digits.StartsWith("62", StringComparison.Ordinal) ? digits[2..]
            : digits.StartsWith('0') ? digits[1..]
            : null;
        if (national is { Length: >= 9 and <= 13 } && national[0] == '8' && national.All(char.IsAsciiDigit))
        {
            contact = new Contact(ContactKind.Phone, "+62" + national);
        }

        return contact is not null;
    }

    /// <summary>The address for display, mostly hidden: <c>si***@contoh.go.id</c>, <c>+62812*****678</c>.</summary>
    public string Masked()
    {
        if (Kind == ContactKind.Email)
        {
            var at = Value.IndexOf('@', StringComparison.Ordinal);
            return string.Concat(Value.AsSpan(0, Math.Min(2, at)), "***", Value.AsSpan(at));
        }

        return Value.Length > 9 ? string.Concat(Value.AsSpan(0, 6), new string('*', Value.Length - 9), Value.AsSpan(Value.Length - 3)) : Value;
    }
}
