using Perizinan.Forms.Package;

namespace Perizinan.Host.Filling;

/// <summary>One question as a page shows it now: its text, its current answer, whether it is required and what is wrong.</summary>
/// <param name="Path">The concrete path (<c>papan[0].luas</c>), also the input's name.</param>
/// <param name="Layout">How the package asks it.</param>
/// <param name="Required">Whether it must be answered now.</param>
/// <param name="Error">What is wrong with the answer, in the page's language, or <c>null</c>.</param>
/// <param name="Value">The answer as the input shows it (text), or empty.</param>
/// <param name="Selected">The chosen values of a <c>checkboxes</c> question.</param>
/// <param name="Display">The answer as a person reads it (choice labels, rupiah, dates), or empty when unanswered.</param>
/// <param name="Rows">For a repeating group: its rows; otherwise <c>null</c>.</param>
internal sealed record FieldView(
    string Path,
    FieldLayout Layout,
    bool Required,
    string? Error,
    string Value,
    IReadOnlyList<string> Selected,
    string Display,
    IReadOnlyList<RowView>? Rows)
{
    /// <summary>The input's HTML id.</summary>
    public string Id => AnswerPaths.ElementId(Path);

    /// <summary>The widget (<c>text</c>, <c>radio</c>, <c>repeat</c>, …).</summary>
    public string Widget => Layout.Widget;
}

/// <summary>One row of a repeating group.</summary>
/// <param name="Number">The row's number from 0.</param>
/// <param name="Path">The row's path (<c>papan[1]</c>).</param>
/// <param name="Fields">Its visible questions.</param>
internal sealed record RowView(int Number, string Path, IReadOnlyList<FieldView> Fields);

/// <summary>A section with its visible questions.</summary>
internal sealed record SectionView(string Id, LocalizedText Title, LocalizedText? Description, IReadOnlyList<FieldView> Fields);
