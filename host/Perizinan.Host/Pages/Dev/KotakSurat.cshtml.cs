using Microsoft.AspNetCore.Mvc.RazorPages;
using Perizinan.Host.Accounts;
using Perizinan.Host.Web;

namespace Perizinan.Host.Pages.Dev;

/// <summary>
/// The dev mailbox: what the development channel would have sent (one-time codes). Routed only while
/// <c>Perizinan:Notifications:Channel</c> is <c>Dev</c>, which only the Development and Testing environments allow.
/// </summary>
public sealed class DevMailboxModel(DevMailbox mailbox) : PageModel
{
    /// <summary>The page language, <c>id</c> or <c>en</c>.</summary>
    public string Lang { get; private set; } = "id";

    /// <summary>The messages, newest first.</summary>
    public IReadOnlyList<DevMail> Mails { get; private set; } = [];

    /// <summary>Shows the messages.</summary>
    public void OnGet()
    {
        Lang = UiLanguage.Of(HttpContext);
        Mails = mailbox.Mails;
    }
}
