using Perizinan.Rules.Binding;
using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Model;
using Perizinan.Rules.Syntax;

namespace Perizinan.Rules.Analysis;

/// <summary>
/// Finds what is declared but never used: a field the layout hides that no rule shows (<c>PZR3003</c>), a computed
/// value nothing reads or shows (<c>PZR3004</c>, warning), a <c>readOnly</c> field no rule sets (<c>PZR3005</c>, warning).
/// </summary>
internal static class UsageAnalyzer
{
    /// <summary>Reports the unused parts.</summary>
    public static void Check(RuleSet rules, IFieldCatalog catalog, SourceText source, DiagnosticBag diagnostics)
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules.Rules)
        {
            foreach (var r in rule.Reads)
            {
                read.Add(ReadCollector.KeyOf(r));
            }
        }

        foreach (var aggregate in rules.Aggregates)
        {
            foreach (var r in aggregate.Reads)
            {
                read.Add(r.Key);
            }
        }

        var fileStart = source.Locate(new TextSpan(0, 0));
        foreach (var field in catalog.Fields)
        {
            if (field.MarkedHidden && !DependencyAnalyzer.Prefixes(field.Path).Any(rules.ConditionalPaths.Contains))
            {
                diagnostics.Error("PZR3003", field.LayoutLocation ?? fileStart,
                    $"'{field.Path}' ditandai \"hidden\" di form.json, tetapi tidak ada aturan yang menampilkannya: pertanyaan ini tidak akan pernah ditanyakan.",
                    $"'{field.Path}' is marked \"hidden\" in form.json, but no rule shows it: the question would never be asked.");
            }

            if (field.Shape != FieldShape.Value || !field.IsComputed)
            {
                continue;
            }

            if (!rules.ComputedPaths.Contains(field.Path))
            {
                diagnostics.Warning("PZR3005", field.LayoutLocation ?? fileStart,
                    $"'{field.Path}' bertanda readOnly (dihitung), tetapi tidak ada aturan 'set' untuknya; nilainya selalu kosong.",
                    $"'{field.Path}' is readOnly (computed), but no 'set' rule computes it; it is always empty.");
            }
            else if (!read.Contains(field.Path) && !field.InLayout)
            {
                var setter = rules.Rules.First(r => r.Effects.Any(e => e.Kind == EffectKind.Set && e.Target == field.Path));
                diagnostics.Warning("PZR3004", setter.Location,
                    $"Nilai '{field.Path}' dihitung tetapi tidak dibaca aturan mana pun dan tidak ditampilkan di form.json.",
                    $"The value '{field.Path}' is computed but no rule reads it and form.json does not show it.");
            }
        }
    }
}
