namespace Perizinan.Host.Accounts;

/// <summary>One error of a page form.</summary>
/// <param name="Field">The element id of the field it belongs to (the summary links to it).</param>
/// <param name="Message">The message, in the page's language.</param>
public sealed record FormError(string Field, string Message);
