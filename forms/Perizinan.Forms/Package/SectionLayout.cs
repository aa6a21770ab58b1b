namespace Perizinan.Forms.Package;

/// <summary>A section of a page: a titled group of questions.</summary>
/// <param name="Id">The section's id, unique in its page.</param>
/// <param name="Title">The section's title.</param>
/// <param name="Description">An optional text under the title.</param>
/// <param name="Fields">The questions, in order.</param>
public sealed record SectionLayout(string Id, LocalizedText Title, LocalizedText? Description, IReadOnlyList<FieldLayout> Fields);
