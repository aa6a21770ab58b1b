using Perizinan.Rules.Model;
using static Perizinan.Rules.Functions.Builtin;

namespace Perizinan.Rules.Functions;

/// <summary>
/// Functions on lists of texts (multiple-choice answers). An unanswered multiple choice is empty and is treated as
/// an empty list: it contains nothing and has zero items.
/// </summary>
internal static class ListFunctions
{
    /// <summary>The list functions, in the order of the language reference.</summary>
    public static IReadOnlyList<FunctionDefinition> Definitions { get; } =
    [
        Define("has", [DslType.List, DslType.Text], DslType.Bool, Has,
            "Apakah daftar memuat teks itu (persis sama); daftar kosong → false, teks kosong → kosong.",
            "Whether the list contains the text (exactly); an empty list gives false, an empty text gives empty."),
        Define("list_count", [DslType.List], DslType.Number,
            (a, _) => Value.Number(TryList(a, 0, out var items) ? items.Count : 0),
            "Jumlah pilihan dalam daftar; daftar kosong → 0.", "The number of items in the list; an empty list gives 0."),
    ];

    private static Value Has(Value[] args, FunctionContext _)
    {
        if (!TryText(args, 1, out var wanted))
        {
            return Value.Empty;
        }

        if (!TryList(args, 0, out var items))
        {
            return Value.False;
        }

        foreach (var item in items)
        {
            if (string.Equals(item, wanted, StringComparison.Ordinal))
            {
                return Value.True;
            }
        }

        return Value.False;
    }
}
