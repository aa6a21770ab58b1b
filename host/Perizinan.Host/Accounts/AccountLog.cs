namespace Perizinan.Host.Accounts;

/// <summary>Log messages about signing in. NIKs are logged masked; codes only by the development channel.</summary>
internal static partial class AccountLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "DEV MAILBOX (nothing sent) to {To}: {Subject}\n{Body}")]
    public static partial void DevMessage(ILogger logger, string to, string subject, string body);

    [LoggerMessage(Level = LogLevel.Error, Message = "The one-time code for NIK {MaskedNik} could not be sent to a {Kind} contact.")]
    public static partial void SendFailed(ILogger logger, Exception exception, string maskedNik, ContactKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "NIK {MaskedNik} is locked out until {Until} after too many wrong codes.")]
    public static partial void NikLockedOut(ILogger logger, string maskedNik, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Staff user {UserName} is locked out until {Until} after too many wrong passwords.")]
    public static partial void StaffLockedOut(ILogger logger, string userName, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff user {UserName} signed in.")]
    public static partial void StaffSignedIn(ILogger logger, string userName);
}
