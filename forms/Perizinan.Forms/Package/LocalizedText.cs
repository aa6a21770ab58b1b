namespace Perizinan.Forms.Package;

/// <summary>
/// A text shown to people, in Indonesian (<c>id</c>) and English (<c>en</c>). Every text of a package carries both
/// (<c>PZP1013</c> when one is missing). Immutable.
/// </summary>
/// <param name="Id">The Indonesian text.</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(string Id, string En)
{
    /// <summary>An empty text, used in place of a text the package misses (the loader reports it).</summary>
    public static LocalizedText Empty { get; } = new(string.Empty, string.Empty);

    /// <summary>
    /// The text in a language: <c>"en"</c> gives <see cref="En"/>, anything else <see cref="Id"/> (Indonesian is the
    /// default language). Falls back to the other language when the asked one is empty.
    /// </summary>
    public string Get(string lang)
    {
        var english = string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase);
        var first = english ? En : Id;
        return first.Length > 0 ? first : (english ? Id : En);
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}
