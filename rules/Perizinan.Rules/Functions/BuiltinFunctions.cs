using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Perizinan.Rules.Functions;

/// <summary>
/// The functions every rules file can call, by name (ordinal, case-sensitive). Immutable and thread-safe. Each
/// function is pure (the only outside input is <see cref="FunctionContext.Today"/>) and never throws.
/// </summary>
internal static class BuiltinFunctions
{
    /// <summary>Every built-in function by name.</summary>
    public static IReadOnlyDictionary<string, FunctionDefinition> All { get; } = Build();

    /// <summary>Finds the built-in function called <paramref name="name"/>.</summary>
    public static bool TryGet(string name, [MaybeNullWhen(false)] out FunctionDefinition f) => All.TryGetValue(name, out f);

    private static FrozenDictionary<string, FunctionDefinition> Build()
    {
        // Dictionary.Add rejects a duplicate name at start-up rather than letting one definition hide another.
        var byName = new Dictionary<string, FunctionDefinition>(StringComparer.Ordinal);
        foreach (var group in new[]
                 {
                     DateFunctions.Definitions, NumberFunctions.Definitions, TextFunctions.Definitions,
                     ListFunctions.Definitions, IdentityFunctions.Definitions,
                 })
        {
            foreach (var definition in group)
            {
                byName.Add(definition.Name, definition);
            }
        }

        return byName.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
