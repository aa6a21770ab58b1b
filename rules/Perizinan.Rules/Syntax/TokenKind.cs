namespace Perizinan.Rules.Syntax;

/// <summary>The kinds of token in a rules file.</summary>
public enum TokenKind
{
    /// <summary>End of the text.</summary>
    EndOfFile,
    /// <summary>A character that does not belong (reported, then skipped).</summary>
    Bad,
    /// <summary>A name: field path segment, function name, fee id, or a contextual word (id, en, number, …).</summary>
    Identifier,
    /// <summary>A number literal; <see cref="Token.Value"/> holds the decimal.</summary>
    Number,
    /// <summary>A text literal; <see cref="Token.Value"/> holds the unescaped string.</summary>
    String,
    /// <summary><c>rule</c></summary>
    Rule,
    /// <summary><c>when</c></summary>
    When,
    /// <summary><c>then</c></summary>
    Then,
    /// <summary><c>end</c></summary>
    End,
    /// <summary><c>show</c></summary>
    Show,
    /// <summary><c>require</c></summary>
    Require,
    /// <summary><c>set</c></summary>
    Set,
    /// <summary><c>fee</c></summary>
    Fee,
    /// <summary><c>check</c></summary>
    Check,
    /// <summary><c>warn</c></summary>
    Warn,
    /// <summary><c>else</c></summary>
    Else,
    /// <summary><c>function</c></summary>
    Function,
    /// <summary><c>and</c></summary>
    And,
    /// <summary><c>or</c></summary>
    Or,
    /// <summary><c>not</c></summary>
    Not,
    /// <summary><c>in</c></summary>
    In,
    /// <summary><c>is</c></summary>
    Is,
    /// <summary><c>empty</c></summary>
    Empty,
    /// <summary><c>true</c></summary>
    True,
    /// <summary><c>false</c></summary>
    False,
    /// <summary><c>if</c></summary>
    If,
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
    Plus,
    /// <summary><c>-</c></summary>
    Minus,
    /// <summary><c>*</c></summary>
    Star,
    /// <summary><c>/</c></summary>
    Slash,
    /// <summary><c>%</c></summary>
    Percent,
    /// <summary><c>(</c></summary>
    OpenParen,
    /// <summary><c>)</c></summary>
    CloseParen,
    /// <summary><c>[</c></summary>
    OpenBracket,
    /// <summary><c>]</c></summary>
    CloseBracket,
    /// <summary><c>,</c></summary>
    Comma,
    /// <summary><c>:</c></summary>
    Colon,
    /// <summary><c>.</c></summary>
    Dot,
}
