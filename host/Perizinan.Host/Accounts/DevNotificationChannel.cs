namespace Perizinan.Host.Accounts;

/// <summary>
/// The development channel: sends nothing, but logs each message and keeps it in the <see cref="DevMailbox"/>. Refused
/// at start outside the Development and Testing environments (the log would hold every citizen's code).
/// </summary>
internal sealed class DevNotificationChannel(DevMailbox mailbox, TimeProvider time, ILogger<DevNotificationChannel> logger) : INotificationChannel
{
    public bool CanReach(ContactKind kind) => true;

    public Task SendAsync(Contact to, NotificationMessage message, CancellationToken cancellationToken)
    {
        mailbox.Add(new DevMail(time.GetUtcNow(), to, message));
        AccountLog.DevMessage(logger, to.Value, message.Subject, message.Body);
        return Task.CompletedTask;
    }
}
