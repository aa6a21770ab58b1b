using System.Globalization;
using System.Text.Json;
using Perizinan.Forms.Package;

namespace Perizinan.Engine.Evaluation;

/// <summary>
/// The citizen-facing error messages, in Indonesian and English. Each names the question by its label and, when the
/// package gives one, ends with its example value.
/// </summary>
internal static class Messages
{
    /// <summary>Indonesian digit grouping (1.500.000,5) without depending on culture data, which the app does not ship.</summary>
    private static readonly NumberFormatInfo IndonesianNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    /// <summary>The message for a schema keyword that failed, a missing answer, or a shape problem.</summary>
    public static LocalizedMessage For(string code, FieldInfo? info, string concretePath, JsonElement? keywordValue = null)
    {
        var (labelId, labelEn) = Labels(info, concretePath);
        var v = keywordValue is { } k ? Show(k) : string.Empty;
        var (id, en) = code switch
        {
            "required" => ($"{labelId} wajib diisi.", $"{labelEn} is required."),
            "rows" => ($"Tambahkan paling sedikit satu baris {labelId}.", $"Add at least one row to {labelEn}."),
            "type" => ($"Isian {labelId} tidak sesuai jenisnya ({TypeId(info)}).", $"{labelEn} must be a {TypeEn(info)}."),
            "minimum" => ($"{labelId} paling kecil {v}.", $"{labelEn} must be at least {v}."),
            "exclusiveMinimum" => ($"{labelId} harus lebih dari {v}.", $"{labelEn} must be more than {v}."),
            "maximum" => ($"{labelId} paling besar {v}.", $"{labelEn} must be at most {v}."),
            "exclusiveMaximum" => ($"{labelId} harus kurang dari {v}.", $"{labelEn} must be less than {v}."),
            "multipleOf" => ($"{labelId} harus kelipatan {v}.", $"{labelEn} must be a multiple of {v}."),
            "minLength" => ($"{labelId} paling sedikit {v} karakter.", $"{labelEn} must have at least {v} characters."),
            "maxLength" => ($"{labelId} paling banyak {v} karakter.", $"{labelEn} must have at most {v} characters."),
            "pattern" or "format" => ($"Format {labelId} tidak sesuai.", $"{labelEn} is not in the expected format."),
            "enum" or "const" => ($"Pilih salah satu pilihan yang tersedia untuk {labelId}.", $"Choose one of the available options for {labelEn}."),
            "minItems" => ($"{labelId}: paling sedikit {v}.", $"{labelEn}: at least {v}."),
            "maxItems" => ($"{labelId}: paling banyak {v}.", $"{labelEn}: at most {v}."),
            "uniqueItems" => ($"Pilihan {labelId} tidak boleh sama.", $"The choices for {labelEn} must not repeat."),
            "unknown" => ($"Isian '{concretePath}' tidak dikenal oleh formulir ini.", $"The form has no field '{concretePath}'."),
            _ => ($"Isian {labelId} tidak memenuhi aturan ({code}).", $"{labelEn} does not meet the rule ({code})."),
        };
        return WithExample(id, en, info);
    }

    /// <summary>The message for an answer of the wrong shape: a group or a row that is not an object, rows that are not a list.</summary>
    public static LocalizedMessage ForShape(AnswerShape shape, FieldInfo? info, string concretePath)
    {
        var (labelId, labelEn) = Labels(info, concretePath);
        return shape switch
        {
            AnswerShape.Group => new($"Isian {labelId} harus berupa kelompok isian.", $"{labelEn} must be a group of answers."),
            AnswerShape.Rows => new($"Isian {labelId} harus berupa daftar baris.", $"{labelEn} must be a list of rows."),
            AnswerShape.Row => new($"Setiap baris {labelId} harus berupa kelompok isian ({concretePath}).", $"Each row of {labelEn} must be a group of answers ({concretePath})."),
            _ => new("Jawaban harus berupa kelompok isian (objek JSON).", "The answers must be a group of answers (a JSON object)."),
        };
    }

    /// <summary>A rule check's own message, as its author wrote it (an example could mislead on a check that ties fields together).</summary>
    public static LocalizedMessage ForCheck(string id, string en) => new(id, en);

    private static LocalizedMessage WithExample(string id, string en, FieldInfo? info)
    {
        if (info?.Layout?.Example is { } example && example.GetValueKind() is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            var text = example.GetValueKind() == JsonValueKind.String ? example.GetValue<string>() : example.ToJsonString();
            return new LocalizedMessage($"{id} Contoh: {text}", $"{en} Example: {text}");
        }

        return new LocalizedMessage(id, en);
    }

    /// <summary>The question's label in both languages; its schema title or path when the layout has none.</summary>
    internal static (string Id, string En) Labels(FieldInfo? info, string concretePath) =>
        (info?.Layout?.Label.Get("id") is { Length: > 0 } id ? id : info?.Title ?? concretePath,
         info?.Layout?.Label.Get("en") is { Length: > 0 } en ? en : info?.Title ?? concretePath);

    private static string Show(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.Number => e.TryGetDecimal(out var d) ? d.ToString("#,0.##", IndonesianNumbers) : e.GetRawText(),
        _ => e.GetRawText(),
    };

    private static string TypeId(FieldInfo? info) => info is null ? "nilai" : Rules.Binding.TypeNames.Id(info.Descriptor.Type);

    private static string TypeEn(FieldInfo? info) => info is null ? "value" : Rules.Binding.TypeNames.En(info.Descriptor.Type);
}
