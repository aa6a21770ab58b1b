using System.Globalization;
using Perizinan.Engine.Evaluation;
using Perizinan.Forms.Package;
using Perizinan.Rules.Binding;

namespace Perizinan.Engine.Migration;

/// <summary>
/// The citizen-facing lines of a migration report, in Indonesian and English. Each names the question by its label
/// (the earlier version's for what is left behind, the new version's for what arrives), with the row for a row's field.
/// </summary>
internal static class MigrationMessages
{
    public static LocalizedMessage Carried(Label label) =>
        new($"Jawaban {label.Id} dibawa ke versi baru formulir.", $"The answer to {label.En} was carried over to the new version of the form.");

    public static LocalizedMessage Renamed(Label old, Label now) =>
        new($"Jawaban {old.Id} dipindahkan ke {now.Id}.", $"The answer to {old.En} was moved to {now.En}.");

    public static LocalizedMessage Dropped(Label label) =>
        new($"{label.Id} tidak ditanyakan lagi di versi baru formulir; jawabannya tidak dibawa.",
            $"{label.En} is no longer asked in the new version of the form; the answer was not carried over.");

    public static LocalizedMessage NotCarried(NotCarriedReason reason, Label label, FieldInfo? target, IReadOnlyList<string> choices) => reason switch
    {
        NotCarriedReason.FieldGone => new(
            $"{label.Id} tidak ada lagi di versi baru formulir; jawabannya tidak dibawa.",
            $"{label.En} is not in the new version of the form; the answer was not carried over."),
        NotCarriedReason.TypeChanged => new(
            $"Jawaban {label.Id} tidak dapat dibawa karena jenis isiannya berubah menjadi {TypeNames.Id(target?.Descriptor.Type ?? Rules.Model.DslType.Any)}; silakan isi lagi.",
            $"The answer to {label.En} could not be carried over because the question's type changed (now: {TypeNames.En(target?.Descriptor.Type ?? Rules.Model.DslType.Any)}); please answer it again."),
        NotCarriedReason.NotAChoice => new(
            $"Pilihan {Quote(choices)} untuk {label.Id} tidak tersedia lagi; silakan pilih lagi.",
            $"The choice {Quote(choices)} for {label.En} is no longer offered; please choose again."),
        NotCarriedReason.UnknownField => new(
            $"Isian '{label.Path}' tidak dikenal oleh versi lama formulir; jawabannya tidak dibawa.",
            $"The earlier version of the form has no field '{label.Path}'; the answer was not carried over."),
        NotCarriedReason.WrongShape => new(
            $"Jawaban {label.Id} tidak berbentuk sebagaimana mestinya; jawabannya tidak dibawa.",
            $"The answer to {label.En} does not have the expected shape; it was not carried over."),
        _ => new(
            $"Jawaban {label.Id} tidak dibawa karena tempatnya di versi baru sudah diisi oleh jawaban lain.",
            $"The answer to {label.En} was not carried over because its place in the new version is taken by another answer."),
    };

    /// <summary>The label of a field at a concrete path, with its row (<c>Luas (Papan ke-2)</c>).</summary>
    public static Label LabelOf(FieldCatalog catalog, FieldInfo? info, string concretePath, int? row)
    {
        var (id, en) = Messages.Labels(info, concretePath);
        if (row is { } r && info?.Descriptor.RepeatPath is { } repeatPath && catalog.TryGetInfo(repeatPath, out var repeat))
        {
            var item = repeat.Layout?.ItemLabel ?? repeat.Layout?.Label;
            var n = (r + 1).ToString(CultureInfo.InvariantCulture);
            id = $"{id} ({item?.Get("id") ?? "baris"} ke-{n})";
            en = $"{en} ({item?.Get("en") ?? "row"} {n})";
        }

        return new Label(id, en, concretePath);
    }

    private static string Quote(IReadOnlyList<string> choices) => string.Join(", ", choices.Select(c => $"\"{c}\""));

    /// <summary>A question's label in both languages, and the path it names.</summary>
    internal readonly record struct Label(string Id, string En, string Path);
}
