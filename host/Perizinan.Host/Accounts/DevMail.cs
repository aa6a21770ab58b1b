namespace Perizinan.Host.Accounts;

/// <summary>A message kept by the <see cref="DevMailbox"/>. Immutable.</summary>
/// <param name="At">When it was "sent" (UTC).</param>
/// <param name="To">The address.</param>
/// <param name="Message">The message.</param>
public sealed record DevMail(DateTimeOffset At, Contact To, NotificationMessage Message);
