namespace Perizinan.Host.Accounts;

/// <summary>A short message to a citizen. Immutable.</summary>
/// <param name="Subject">The subject line (e-mail) or first line.</param>
/// <param name="Body">The text, plain.</param>
public sealed record NotificationMessage(string Subject, string Body);
