namespace Perizinan.Rules.Syntax.Tree;

/// <summary>Prefix operators.</summary>
public enum UnaryOperator
{
    /// <summary><c>not</c></summary>
    Not,
    /// <summary><c>-</c></summary>
    Negate,
}
