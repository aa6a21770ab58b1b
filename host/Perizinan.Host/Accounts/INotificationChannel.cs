namespace Perizinan.Host.Accounts;

/// <summary>
/// Sends short messages (one-time codes) to citizens. One implementation is registered, chosen by
/// <c>Perizinan:Notifications:Channel</c>. Implementations are thread-safe singletons.
/// </summary>
public interface INotificationChannel
{
    /// <summary>Whether this channel can deliver to this kind of address (SMTP cannot send SMS).</summary>
    bool CanReach(ContactKind kind);

    /// <summary>Sends the message; throws when the channel fails (the caller tells the citizen to try again).</summary>
    Task SendAsync(Contact to, NotificationMessage message, CancellationToken cancellationToken);
}
