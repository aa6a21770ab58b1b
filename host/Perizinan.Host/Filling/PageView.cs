using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Engine.Evaluation;
using Perizinan.Forms.Package;
using Perizinan.Storage.Attachments;

namespace Perizinan.Host.Filling;

/// <summary>
/// A page of the form as the citizen sees it now: only the questions the rules show, each with its answer, whether it
/// is required and (after the citizen pressed Continue) what is wrong. Built from the package's layout and the
/// engine's <see cref="FormState"/>; the server's word, with or without JavaScript.
/// </summary>
internal sealed class PageView
{
    private PageView(PageLayout page, IReadOnlyList<SectionView> sections, IReadOnlyList<FieldView> errors)
    {
        Page = page;
        Sections = sections;
        Errors = errors;
    }

    /// <summary>The page's layout.</summary>
    public PageLayout Page { get; }

    /// <summary>The visible sections with their visible questions.</summary>
    public IReadOnlyList<SectionView> Sections { get; }

    /// <summary>The questions on this page with an error shown, in page order (for the error summary).</summary>
    public IReadOnlyList<FieldView> Errors { get; }

    /// <summary>Every question shown on the page, rows included, in order.</summary>
    public IEnumerable<FieldView> AllFields => Sections.SelectMany(s => s.Fields).SelectMany(Flatten);

    /// <summary>Builds the page.</summary>
    /// <param name="page">The page's layout.</param>
    /// <param name="state">The form's state for <paramref name="answers"/>.</param>
    /// <param name="answers">The draft's answers.</param>
    /// <param name="lang">The page language.</param>
    /// <param name="showErrors">
    /// Which questions show the state's errors (after Continue: those the citizen saw; none on a first view). The
    /// errors of <paramref name="extraErrors"/> are always shown.
    /// </param>
    /// <param name="extraErrors">Errors the state does not know (refused uploads, unreadable numbers), by path.</param>
    /// <param name="attachments">The draft's attachments (file names of uploaded answers).</param>
    public static PageView Build(
        PageLayout page, FormState state, JsonObject answers, string lang, Func<string, bool> showErrors,
        IReadOnlyDictionary<string, string> extraErrors, IReadOnlyList<Attachment> attachments)
    {
        var context = new Context(state, answers, lang, showErrors, extraErrors, attachments);
        var visibleSections = state.Pages.FirstOrDefault(p => p.Id == page.Id)?.Sections ?? [];
        var sections = page.Sections
            .Where(s => visibleSections.Contains(s.Id))
            .Select(s => new SectionView(s.Id, s.Title, s.Description, context.Fields(s.Fields, null)))
            .Where(s => s.Fields.Count > 0)
            .ToList();
        var errors = sections.SelectMany(s => s.Fields).SelectMany(Flatten).Where(f => f.Error is not null).ToList();
        return new PageView(page, sections, errors);
    }

    /// <summary>Shows every error of the state.</summary>
    public static bool All(string path) => true;

    /// <summary>Shows no error of the state.</summary>
    public static bool None(string path) => false;

    private static IEnumerable<FieldView> Flatten(FieldView field) =>
        field.Rows is null ? [field] : new[] { field }.Concat(field.Rows.SelectMany(r => r.Fields).SelectMany(Flatten));

    private sealed class Context(
        FormState state, JsonObject answers, string lang, Func<string, bool> showErrors, IReadOnlyDictionary<string, string> extraErrors,
        IReadOnlyList<Attachment> attachments)
    {
        private readonly HashSet<string> _visible = [.. state.Visible];
        private readonly HashSet<string> _required = [.. state.Required];
        private readonly ILookup<string, FieldError> _errors = state.Errors.ToLookup(e => e.Path, StringComparer.Ordinal);

        public List<FieldView> Fields(IReadOnlyList<FieldLayout> layouts, (string Template, string Concrete)? row)
        {
            var fields = new List<FieldView>();
            foreach (var layout in layouts)
            {
                var path = row is { } r ? r.Concrete + layout.Path[r.Template.Length..] : layout.Path;
                if (!_visible.Contains(path))
                {
                    continue;
                }

                fields.Add(layout.Widget == "repeat" ? Repeat(layout, path) : Field(layout, path));
            }

            return fields;
        }

        private FieldView Repeat(FieldLayout layout, string path)
        {
            var rows = new List<RowView>();
            var count = AnswerPaths.RowCount(answers, path);
            for (var i = 0; i < count; i++)
            {
                var rowPath = $"{path}[{i}]";
                rows.Add(new RowView(i, rowPath, Fields(layout.Fields ?? [], (layout.Path + "[]", rowPath))));
            }

            return new FieldView(path, layout, _required.Contains(path), Error(path), string.Empty, [], string.Empty, rows);
        }

        private FieldView Field(FieldLayout layout, string path)
        {
            var answer = layout.Widget == "computed" && state.Values.TryGetValue(path, out var computed)
                ? computed
                : AnswerPaths.Get(answers, path);
            var selected = answer is JsonArray list
                ? list.Select(v => v is JsonValue value && value.TryGetValue<string>(out var s) ? s : v?.ToJsonString() ?? string.Empty).ToList()
                : [];
            return new FieldView(
                path, layout, _required.Contains(path), Error(path), AnswerText.ForInput(answer), selected,
                AnswerText.ForReading(layout, answer, lang, attachments), null);
        }

        private string? Error(string path)
        {
            if (extraErrors.TryGetValue(path, out var extra))
            {
                return extra;
            }

            return showErrors(path) && _errors[path].FirstOrDefault() is { } error
                ? (lang == "en" ? error.Message.En : error.Message.Id)
                : null;
        }
    }
}
