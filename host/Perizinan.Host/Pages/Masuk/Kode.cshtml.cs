using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Perizinan.Host.Accounts;
using Perizinan.Host.Web;

namespace Perizinan.Host.Pages.Masuk;

/// <summary>Signing in by NIK, step 2: the one-time code. A right code signs the citizen in (role <c>warga</c>).</summary>
[EnableRateLimiting(AccountPolicies.SignInRateLimit)]
public sealed class CodeModel(OneTimeCodes codes, SignInOptions options, TimeProvider time) : PageModel
{
    /// <summary>The page language, <c>id</c> or <c>en</c>.</summary>
    public string Lang { get; private set; } = "id";

    /// <summary>The code as typed.</summary>
    [BindProperty(Name = "code")]
    public string? CodeInput { get; set; }

    /// <summary>Where the code went, masked.</summary>
    public string MaskedContact { get; private set; } = string.Empty;

    /// <summary>How many minutes a code lives.</summary>
    public int LifetimeMinutes => (int)Math.Ceiling(options.CodeLifetime.TotalMinutes);

    /// <summary>The link to ask for a new code (keeping the return address).</summary>
    public string AgainUrl { get; private set; } = "/masuk";

    /// <summary>The errors of the posted form.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>Shows the form, or sends back to <c>/masuk</c> when no sign-in is pending.</summary>
    public IActionResult OnGet()
    {
        Lang = UiLanguage.Of(HttpContext);
        return Pending() is null ? RedirectToPage("/Masuk/Index") : Page();
    }

    /// <summary>Checks the code; signs in and goes on when it is right.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        Lang = UiLanguage.Of(HttpContext);
        if (Pending() is not { } pending)
        {
            return RedirectToPage("/Masuk/Index");
        }

        var code = string.Concat((CodeInput ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-'));
        if (code.Length == 0)
        {
            Errors.Add("code", UiText.Get("code.empty", Lang));
            return Page();
        }

        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            Errors.Add("code", UiText.Get("code.format", Lang));
            return Page();
        }

        var check = codes.Check(pending.Nik, code);
        switch (check.Outcome)
        {
            case CodeCheckOutcome.Valid:
                SignInChallenge.End(HttpContext);
                await AccountSessions.SignInCitizenAsync(HttpContext, pending.Nik, options);
                return LocalRedirect(AccountSessions.Destination(Url, pending.ReturnUrl, "/permohonan-saya"));
            case CodeCheckOutcome.Wrong:
                Errors.Add("code", UiText.Format("code.wrong", Lang, check.AttemptsLeft));
                break;
            case CodeCheckOutcome.Void:
                Errors.Add("code", UiText.Get("code.void", Lang));
                break;
            case CodeCheckOutcome.Expired:
                Errors.Add("code", UiText.Get("code.expired", Lang));
                break;
            case CodeCheckOutcome.LockedOut:
                Errors.Add("code", UiText.Format("signin.lockedOut", Lang, NikMessages.MinutesUntil(check.LockedUntil, time)));
                break;
            default:
                Errors.Add("code", UiText.Get("code.none", Lang));
                break;
        }

        return Page();
    }

    private SignInChallenge.Pending? Pending()
    {
        var pending = SignInChallenge.Read(HttpContext);
        if (pending is not null)
        {
            MaskedContact = pending.MaskedContact;
            AgainUrl = pending.ReturnUrl is null ? "/masuk" : "/masuk" + QueryString.Create("returnUrl", pending.ReturnUrl);
        }

        return pending;
    }
}
