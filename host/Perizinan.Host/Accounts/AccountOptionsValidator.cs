using System.Net.Mail;
using Microsoft.Extensions.Options;
using Perizinan.Host.Configuration;

namespace Perizinan.Host.Accounts;

/// <summary>
/// Checks the sign-in, notification and staff settings at start. The development channel is refused outside the
/// Development and Testing environments: it would write every citizen's code into the log.
/// </summary>
internal sealed class AccountOptionsValidator(IHostEnvironment environment) : IValidateOptions<PerizinanOptions>
{
    /// <summary>The environments where the development channel (log + <c>/dev/kotak-surat</c>) is allowed.</summary>
    public static bool AllowsDevChannel(IHostEnvironment environment) => environment.IsDevelopment() || environment.IsEnvironment("Testing");

    public ValidateOptionsResult Validate(string? name, PerizinanOptions options)
    {
        var failures = new List<string>();
        CheckNotifications(options.Notifications, failures);
        CheckSignIn(options.SignIn, failures);
        CheckStaff(options.Staff, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void CheckNotifications(NotificationOptions notifications, List<string> failures)
    {
        if (notifications.Channel == NotificationChannelKind.Dev && !AllowsDevChannel(environment))
        {
            failures.Add($"Perizinan:Notifications:Channel is 'Dev', which only the Development and Testing environments allow (this is {environment.EnvironmentName}): set it to 'Smtp' and fill in Perizinan:Notifications:Smtp.");
        }

        if (notifications.Channel == NotificationChannelKind.Smtp)
        {
            var smtp = notifications.Smtp;
            if (string.IsNullOrWhiteSpace(smtp.Host))
            {
                failures.Add("Perizinan:Notifications:Smtp:Host is required for the Smtp channel.");
            }

            if (smtp.Port is < 1 or > 65535)
            {
                failures.Add("Perizinan:Notifications:Smtp:Port must be between 1 and 65535.");
            }

            if (string.IsNullOrWhiteSpace(smtp.From) || !MailAddress.TryCreate(smtp.From, out _))
            {
                failures.Add("Perizinan:Notifications:Smtp:From must be an e-mail address (e.g. 'Layanan Perizinan <noreply@dpmptsp.example.go.id>').");
            }
        }
    }

    private static void CheckSignIn(SignInOptions signIn, List<string> failures)
    {
        foreach (var (setting, value) in new[]
        {
            ("WrongCodesPerCode", signIn.WrongCodesPerCode),
            ("CodeRequestsPerNik", signIn.CodeRequestsPerNik),
            ("CodeRequestsPerClient", signIn.CodeRequestsPerClient),
            ("WrongCodesBeforeLockout", signIn.WrongCodesBeforeLockout),
            ("WrongPasswordsBeforeLockout", signIn.WrongPasswordsBeforeLockout),
            ("PostsPerClientPerMinute", signIn.PostsPerClientPerMinute),
        })
        {
            if (value < 1)
            {
                failures.Add($"Perizinan:SignIn:{setting} must be at least 1.");
            }
        }

        foreach (var (setting, value) in new[]
        {
            ("CodeLifetime", signIn.CodeLifetime),
            ("Window", signIn.Window),
            ("Lockout", signIn.Lockout),
            ("CitizenSession", signIn.CitizenSession),
            ("StaffSession", signIn.StaffSession),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"Perizinan:SignIn:{setting} must be longer than zero.");
            }
        }
    }

    private static void CheckStaff(IList<StaffAccountOptions> staff, List<string> failures)
    {
        for (var i = 0; i < staff.Count; i++)
        {
            var account = staff[i];
            var at = $"Perizinan:Staff:{i}";
            if (string.IsNullOrWhiteSpace(account.UserName))
            {
                failures.Add($"{at}:UserName is empty.");
            }

            if (string.IsNullOrWhiteSpace(account.DisplayName))
            {
                failures.Add($"{at}:DisplayName is empty.");
            }

            if (account.Role is not (PerizinanClaims.Petugas or PerizinanClaims.Admin))
            {
                failures.Add($"{at}:Role '{account.Role}' is neither '{PerizinanClaims.Petugas}' nor '{PerizinanClaims.Admin}'.");
            }

            if (PasswordHash.IterationsOf(account.PasswordHash) is not { } iterations)
            {
                failures.Add($"{at}:PasswordHash is not a hash made by 'dotnet run --project host/Perizinan.Host -- hash-password'.");
            }
            else if (iterations < PasswordHash.Iterations)
            {
                failures.Add($"{at}:PasswordHash has {iterations} iterations; at least {PasswordHash.Iterations} are required.");
            }
        }

        failures.AddRange(staff
            .Where(a => !string.IsNullOrWhiteSpace(a.UserName))
            .GroupBy(a => a.UserName.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"Perizinan:Staff: the user name '{g.Key}' is used twice."));
    }
}
