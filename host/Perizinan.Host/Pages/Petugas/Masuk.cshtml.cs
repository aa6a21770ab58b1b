using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Perizinan.Host.Accounts;
using Perizinan.Host.Web;

namespace Perizinan.Host.Pages.Petugas;

/// <summary>Staff sign-in with user name and password (accounts from <c>Perizinan:Staff</c>).</summary>
[EnableRateLimiting(AccountPolicies.SignInRateLimit)]
public sealed class StaffSignInModel(StaffDirectory staff, SignInOptions options, TimeProvider time, ILogger<StaffSignInModel> logger) : PageModel
{
    /// <summary>The page language, <c>id</c> or <c>en</c>.</summary>
    public string Lang { get; private set; } = "id";

    /// <summary>The user name as typed.</summary>
    [BindProperty(Name = "userName")]
    public string? UserName { get; set; }

    /// <summary>The password as typed (never shown again).</summary>
    [BindProperty(Name = "password")]
    public string? Password { get; set; }

    /// <summary>Where to go after signing in (used only when local).</summary>
    [BindProperty(Name = "returnUrl", SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The errors of the posted form.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>Shows the form.</summary>
    public void OnGet() => Lang = UiLanguage.Of(HttpContext);

    /// <summary>Checks the password; signs in and goes on when it is right.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        Lang = UiLanguage.Of(HttpContext);
        if (string.IsNullOrWhiteSpace(UserName))
        {
            Errors.Add("userName", UiText.Get("staff.userNameEmpty", Lang));
        }

        if (string.IsNullOrEmpty(Password))
        {
            Errors.Add("password", UiText.Get("staff.passwordEmpty", Lang));
        }

        if (Errors.Any)
        {
            return Page();
        }

        var result = staff.SignIn(UserName!, Password!);
        switch (result.Outcome)
        {
            case StaffSignInOutcome.SignedIn:
                await AccountSessions.SignInStaffAsync(HttpContext, result.Account!, options);
                AccountLog.StaffSignedIn(logger, result.Account!.UserName);
                return LocalRedirect(AccountSessions.Destination(Url, ReturnUrl, "/petugas"));
            case StaffSignInOutcome.LockedOut:
                AccountLog.StaffLockedOut(logger, UserName!.Trim(), result.LockedUntil ?? time.GetUtcNow());
                Errors.Add("userName", UiText.Format("staff.lockedOut", Lang, NikMessages.MinutesUntil(result.LockedUntil, time)));
                break;
            default:
                Errors.Add("userName", UiText.Get("staff.wrong", Lang));
                break;
        }

        return Page();
    }
}
