namespace Perizinan.Rules.Model;

/// <summary>What an aggregate computes over the rows of a repeating group.</summary>
internal enum AggregateKind
{
    /// <summary>Number of rows (or of rows where the body holds).</summary>
    Count,
    /// <summary>Sum of the body over the rows (empty counts as 0).</summary>
    Sum,
    /// <summary>Smallest non-empty value of the body.</summary>
    Min,
    /// <summary>Largest non-empty value of the body.</summary>
    Max,
    /// <summary>Whether the body holds for some row.</summary>
    Any,
    /// <summary>Whether the body holds for every row (and there is one).</summary>
    All,
}
