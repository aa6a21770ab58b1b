namespace Perizinan.Forms.Package;

/// <summary>A page of the form: the citizen fills one page at a time.</summary>
/// <param name="Id">The page's id, unique in the form.</param>
/// <param name="Title">The page's title.</param>
/// <param name="Sections">The sections of the page, in order.</param>
public sealed record PageLayout(string Id, LocalizedText Title, IReadOnlyList<SectionLayout> Sections);
