using Microsoft.AspNetCore.Mvc.RazorPages;
using Perizinan.Host.Web;

namespace Perizinan.Host.Pages;

/// <summary>Where a signed-in user lands on a page their role does not allow (status 403).</summary>
public sealed class AccessDeniedModel : PageModel
{
    /// <summary>The page language, <c>id</c> or <c>en</c>.</summary>
    public string Lang { get; private set; } = "id";

    /// <summary>Explains the refusal.</summary>
    public void OnGet()
    {
        Lang = UiLanguage.Of(HttpContext);
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
