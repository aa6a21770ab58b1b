using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Perizinan.Host.Accounts;

/// <summary>
/// Sends messages by e-mail through the configured SMTP server (MailKit), one connection per message: codes are few
/// and far between, and a held connection would go stale. Phone numbers are out of reach (SMS is not built yet).
/// </summary>
internal sealed class SmtpNotificationChannel(SmtpOptions options) : INotificationChannel
{
    public bool CanReach(ContactKind kind) => kind == ContactKind.Email;

    public async Task SendAsync(Contact to, NotificationMessage message, CancellationToken cancellationToken)
    {
        if (to.Kind != ContactKind.Email)
        {
            throw new InvalidOperationException("The SMTP channel sends e-mail only; SMS is not supported.");
        }

        using var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(options.From ?? throw new InvalidOperationException("Perizinan:Notifications:Smtp:From is not set.")));
        mail.To.Add(MailboxAddress.Parse(to.Value));
        mail.Subject = message.Subject;
        mail.Body = new TextPart("plain") { Text = message.Body };

        using var client = new SmtpClient();
        var security = options.Security switch
        {
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(options.Host ?? throw new InvalidOperationException("Perizinan:Notifications:Smtp:Host is not set."), options.Port, security, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
        }

        await client.SendAsync(mail, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
    }
}
