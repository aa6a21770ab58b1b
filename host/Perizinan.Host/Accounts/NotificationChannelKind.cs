namespace Perizinan.Host.Accounts;

/// <summary>How one-time codes reach citizens (<c>Perizinan:Notifications:Channel</c>).</summary>
public enum NotificationChannelKind
{
    /// <summary>
    /// Nothing is sent: messages go to the log and to the page <c>/dev/kotak-surat</c>. Allowed only in the Development
    /// and Testing environments; the host refuses to start with it anywhere else.
    /// </summary>
    Dev,

    /// <summary>E-mail through an SMTP server (<see cref="NotificationOptions.Smtp"/>). Phone numbers are refused (no SMS yet).</summary>
    Smtp,
}
