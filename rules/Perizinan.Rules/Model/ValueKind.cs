namespace Perizinan.Rules.Model;

/// <summary>What a <see cref="Value"/> holds.</summary>
public enum ValueKind : byte
{
    /// <summary>No answer (unanswered, hidden, or the result of an operation on an empty value).</summary>
    Empty,
    /// <summary>A decimal number.</summary>
    Number,
    /// <summary>Text.</summary>
    Text,
    /// <summary>True or false.</summary>
    Bool,
    /// <summary>A date.</summary>
    Date,
    /// <summary>A list of texts.</summary>
    List,
}
