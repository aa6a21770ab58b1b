namespace Perizinan.Rules.Syntax.Tree;

/// <summary>Infix operators, from loosest to tightest binding: or; and; comparisons; + -; * / %.</summary>
public enum BinaryOperator
{
    /// <summary><c>or</c></summary>
    Or,
    /// <summary><c>and</c></summary>
    And,
    /// <summary><c>=</c></summary>
    Equal,
    /// <summary><c>!=</c></summary>
    NotEqual,
    /// <summary><c>&lt;</c></summary>
    Less,
    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,
    /// <summary><c>&gt;</c></summary>
    Greater,
    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,
    /// <summary><c>+</c></summary>
    Add,
    /// <summary><c>-</c></summary>
    Subtract,
    /// <summary><c>*</c></summary>
    Multiply,
    /// <summary><c>/</c></summary>
    Divide,
    /// <summary><c>%</c></summary>
    Remainder,
}
