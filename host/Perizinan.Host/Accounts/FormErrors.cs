namespace Perizinan.Host.Accounts;

/// <summary>
/// The errors of a posted page form, in field order: each shown next to its field and listed, linked, in the error
/// summary at the top (the GOV.UK pattern). Not thread-safe; one per request.
/// </summary>
public sealed class FormErrors
{
    private readonly List<FormError> _items = [];

    /// <summary>The errors in the order they were added.</summary>
    public IReadOnlyList<FormError> Items => _items;

    /// <summary>Whether there is any error.</summary>
    public bool Any => _items.Count > 0;

    /// <summary>Adds an error of the field with the element id <paramref name="field"/>.</summary>
    public void Add(string field, string message) => _items.Add(new FormError(field, message));

    /// <summary>The first error of a field, or <c>null</c>.</summary>
    public string? For(string field) => _items.FirstOrDefault(e => e.Field == field)?.Message;
}
