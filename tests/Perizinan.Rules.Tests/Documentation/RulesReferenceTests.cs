using Perizinan.Rules.Functions;

namespace Perizinan.Rules.Tests.Documentation;

/// <summary>The language reference must list every built-in function, so that authors can find them.</summary>
public sealed class RulesReferenceTests
{
    [Fact]
    public void RulesReference_ListsEveryBuiltinFunction()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Perizinan.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var reference = File.ReadAllText(Path.Combine(directory.FullName, "docs", "rules.md"));
        var missing = BuiltinFunctions.All.Keys.Where(name => !reference.Contains($"`{name}(", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "docs/rules.md misses: " + string.Join(", ", missing) + " (regenerate with `perizinan functions`)");
    }
}
