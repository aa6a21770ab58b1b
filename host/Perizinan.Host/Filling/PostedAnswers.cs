using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;
using Perizinan.Forms.Package;

namespace Perizinan.Host.Filling;

/// <summary>
/// Takes a page's posted inputs into the draft's answers. Only questions that the page showed (listed in the hidden
/// <c>_f</c> inputs) and that the page's layout has are taken, so a crafted post cannot write anywhere else. Texts are
/// trimmed and an empty input removes the answer; numbers are read leniently (<c>1.500.000</c> rupiah, <c>12,5</c>)
/// and a number that cannot be read is kept as typed, so the citizen sees it again with the form's error.
/// </summary>
internal static partial class PostedAnswers
{
    /// <summary>The name of the hidden inputs listing the questions a page showed.</summary>
    public const string ShownField = "_f";

    /// <summary>Writes the posted answers of the shown questions of a page (its <see cref="Layouts"/>) into <paramref name="answers"/>.</summary>
    public static void Apply(IReadOnlyDictionary<string, FieldLayout> layouts, JsonObject answers, IFormCollection form)
    {
        foreach (var path in form[ShownField].Distinct(StringComparer.Ordinal))
        {
            if (path is null || !WellFormed().IsMatch(path) || !layouts.TryGetValue(AnswerPaths.Template(path), out var layout))
            {
                continue;
            }

            if (layout.Widget is "computed" or "repeat" or "file")
            {
                continue;
            }

            AnswerPaths.Set(answers, path, Read(layout, form[path]));
        }
    }

    /// <summary>Every question of a page (rows' questions included) by its layout path.</summary>
    public static Dictionary<string, FieldLayout> Layouts(PageLayout page)
    {
        var all = new Dictionary<string, FieldLayout>(StringComparer.Ordinal);
        foreach (var field in page.Sections.SelectMany(s => s.Fields))
        {
            Add(field);
        }

        return all;

        void Add(FieldLayout field)
        {
            all[field.Path] = field;
            foreach (var child in field.Fields ?? [])
            {
                Add(child);
            }
        }
    }

    /// <summary>Whether a posted path has the shape of a concrete answer path (names and row numbers only).</summary>
    public static bool IsWellFormed(string path) => WellFormed().IsMatch(path);

    private static JsonNode? Read(FieldLayout layout, StringValues values)
    {
        if (layout.Widget == "checkboxes")
        {
            var chosen = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => (JsonNode?)JsonValue.Create(v!.Trim())).ToArray();
            return chosen.Length == 0 ? null : new JsonArray(chosen);
        }

        var text = values.LastOrDefault()?.Trim() ?? string.Empty;
        if (layout.Widget == "checkbox")
        {
            return JsonValue.Create(text == "true");
        }

        if (text.Length == 0)
        {
            return null;
        }

        return layout.Widget switch
        {
            "number" => Number(text, money: false),
            "money" => Number(text, money: true),
            _ => JsonValue.Create(text),
        };
    }

    /// <summary>Reads a number as Indonesians write it; a text that is not a number stays a text (the form says why).</summary>
    internal static JsonNode Number(string text, bool money)
    {
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal);
        if (money)
        {
            compact = RupiahPrefix().Replace(compact, string.Empty);
            if (Grouped().IsMatch(compact))
            {
                compact = compact.Replace(".", string.Empty, StringComparison.Ordinal);
            }
        }

        if (SimpleNumber().IsMatch(compact))
        {
            var normal = compact.Replace(',', '.');
            if (decimal.TryParse(normal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return JsonValue.Create(value);
            }
        }

        return JsonValue.Create(text)!;
    }

    [GeneratedRegex(@"^[a-z_][a-z0-9_]{0,63}(\[\d{1,3}\])?(\.[a-z_][a-z0-9_]{0,63}(\[\d{1,3}\])?){0,7}$", RegexOptions.IgnoreCase)]
    private static partial Regex WellFormed();

    [GeneratedRegex(@"^-?\d{1,18}([.,]\d{1,10})?$")]
    private static partial Regex SimpleNumber();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+(,\d+)?$")]
    private static partial Regex Grouped();

    [GeneratedRegex(@"^(rp\.?)", RegexOptions.IgnoreCase)]
    private static partial Regex RupiahPrefix();
}
