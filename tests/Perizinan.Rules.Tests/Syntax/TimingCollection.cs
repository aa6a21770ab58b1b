namespace Perizinan.Rules.Tests.Syntax;

/// <summary>Tests that measure time run alone, not next to the property tests that load every core.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Syntax timing";
}
