namespace Perizinan.Host.Accounts;

/// <summary>Where messages to citizens go (section <c>Perizinan:Notifications</c>).</summary>
public sealed class NotificationOptions
{
    /// <summary>The channel; <see cref="NotificationChannelKind.Dev"/> unless configured, which only development and tests accept.</summary>
    public NotificationChannelKind Channel { get; set; } = NotificationChannelKind.Dev;

    /// <summary>The SMTP server, for <see cref="NotificationChannelKind.Smtp"/>.</summary>
    public SmtpOptions Smtp { get; } = new();
}
