using Perizinan.Rules.Model;

namespace Perizinan.Rules.Binding;

/// <summary>How types are named in diagnostics.</summary>
internal static class TypeNames
{
    /// <summary>The Indonesian name.</summary>
    public static string Id(DslType t) => t switch
    {
        DslType.Number => "angka",
        DslType.Text => "teks",
        DslType.Bool => "ya/tidak",
        DslType.Date => "tanggal",
        DslType.List => "daftar pilihan",
        _ => "nilai apa saja",
    };

    /// <summary>The English name.</summary>
    public static string En(DslType t) => t switch
    {
        DslType.Number => "number",
        DslType.Text => "text",
        DslType.Bool => "yes/no",
        DslType.Date => "date",
        DslType.List => "list of choices",
        _ => "any value",
    };
}
