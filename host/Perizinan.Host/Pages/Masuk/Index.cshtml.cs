using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Perizinan.Host.Accounts;
using Perizinan.Host.Web;

namespace Perizinan.Host.Pages.Masuk;

/// <summary>
/// Signing in by NIK, step 1: the NIK and a contact; a one-time code is sent there. Any well-formed NIK may ask (there
/// is no registry to check against): the proof is receiving the code.
/// </summary>
[EnableRateLimiting(AccountPolicies.SignInRateLimit)]
public sealed class NikSignInModel(OneTimeCodes codes, INotificationChannel channel, SignInOptions options, TimeProvider time, ILogger<NikSignInModel> logger) : PageModel
{
    /// <summary>The page language, <c>id</c> or <c>en</c>.</summary>
    public string Lang { get; private set; } = "id";

    /// <summary>The NIK as typed.</summary>
    [BindProperty(Name = "nik")]
    public string? NikInput { get; set; }

    /// <summary>The phone number or e-mail as typed.</summary>
    [BindProperty(Name = "contact")]
    public string? ContactInput { get; set; }

    /// <summary>Where to go after signing in (used only when local).</summary>
    [BindProperty(Name = "returnUrl", SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The errors of the posted form.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>Shows the form.</summary>
    public void OnGet() => Lang = UiLanguage.Of(HttpContext);

    /// <summary>Checks the form and sends a code; on success, continues at <c>/masuk/kode</c>.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Lang = UiLanguage.Of(HttpContext);
        var nik = NikFormat.Normalize(NikInput);
        if (NikFormat.Check(nik) is not NikProblem.None and var problem)
        {
            Errors.Add("nik", NikMessages.Of(problem, Lang));
        }

        Contact? contact = null;
        if (string.IsNullOrWhiteSpace(ContactInput))
        {
            Errors.Add("contact", UiText.Get("contact.empty", Lang));
        }
        else if (!Contact.TryParse(ContactInput, out contact))
        {
            Errors.Add("contact", UiText.Get("contact.invalid", Lang));
        }
        else if (!channel.CanReach(contact!.Kind))
        {
            Errors.Add("contact", UiText.Get("contact.noSms", Lang));
        }

        if (Errors.Any)
        {
            return Page();
        }

        var request = codes.Request(nik, AccountsExtensions.ClientOf(HttpContext));
        if (request.Outcome != CodeRequestOutcome.Issued)
        {
            var key = request.Outcome == CodeRequestOutcome.LockedOut ? "signin.lockedOut" : "signin.tooMany";
            Errors.Add("nik", UiText.Format(key, Lang, NikMessages.MinutesUntil(request.Until, time)));
            return Page();
        }

        var message = new NotificationMessage(
            UiText.Get("code.subject", Lang),
            UiText.Format("code.body", Lang, request.Code!, (int)Math.Ceiling(options.CodeLifetime.TotalMinutes)));
        try
        {
            await channel.SendAsync(contact!, message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            AccountLog.SendFailed(logger, e, NikFormat.Mask(nik), contact!.Kind);
            Errors.Add("contact", UiText.Get("signin.sendFailed", Lang));
            return Page();
        }

        var returnUrl = !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;
        SignInChallenge.Start(HttpContext, new SignInChallenge.Pending(nik, contact!.Masked(), returnUrl));
        return RedirectToPage("/Masuk/Kode");
    }
}
