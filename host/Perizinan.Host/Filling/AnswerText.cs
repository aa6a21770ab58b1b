using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Forms.Package;
using Perizinan.Host.Web;
using Perizinan.Storage.Attachments;

namespace Perizinan.Host.Filling;

/// <summary>How an answer is written in an input and how a person reads it (choice labels, rupiah, dates).</summary>
internal static class AnswerText
{
    /// <summary>The answer as an input's value: texts as they are, numbers in invariant form, nothing for none.</summary>
    public static string ForInput(JsonNode? answer) => answer switch
    {
        null => string.Empty,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True => "true",
        JsonValue v when v.GetValueKind() is JsonValueKind.False => "false",
        _ => string.Empty,
    };

    /// <summary>The answer as a person reads it on the review page; empty when there is none.</summary>
    public static string ForReading(FieldLayout layout, JsonNode? answer, string lang, IReadOnlyList<Attachment> attachments)
    {
        if (answer is null)
        {
            return string.Empty;
        }

        var text = ForInput(answer);
        switch (layout.Widget)
        {
            case "radio" or "select" when layout.Options is not null && layout.Options.TryGetValue(text, out var label):
                return label.Get(lang);
            case "checkboxes" when answer is JsonArray list:
                return string.Join(", ", list.Select(v => ForInput(v)).Select(v => layout.Options is not null && layout.Options.TryGetValue(v, out var l) ? l.Get(lang) : v));
            case "checkbox":
                return text switch { "true" => lang == "en" ? "Yes" : "Ya", "false" => lang == "en" ? "No" : "Tidak", _ => text };
            case "money" when answer.GetValueKind() == JsonValueKind.Number:
                return PeopleFormat.Rupiah(answer.GetValue<decimal>(), lang);
            case "number" or "computed" when answer.GetValueKind() == JsonValueKind.Number:
                var number = PeopleFormat.Number(answer.GetValue<decimal>(), lang);
                return layout.Unit is null ? number : $"{number} {layout.Unit}";
            case "date" when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return PeopleFormat.Date(date, lang);
            case "file":
                return attachments.FirstOrDefault(a => a.Sha256 == text)?.FileName ?? text;
            default:
                return text;
        }
    }

    /// <summary>An example answer from the package as a person reads it ("Contoh: …").</summary>
    public static string Example(FieldLayout layout, string lang) =>
        layout.Example is null ? string.Empty : ForReading(layout, layout.Example, lang, []);
}
