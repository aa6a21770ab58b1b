using Perizinan.Rules.Model;

namespace Perizinan.Rules.Syntax;

/// <summary>
/// Facts about the vocabulary of the rules language shared by the lexer, the parser and the printer: keywords,
/// the text of each token kind and the contextual type names.
/// </summary>
internal static class SyntaxFacts
{
    /// <summary>The keyword kind of a word, or <see cref="TokenKind.Identifier"/> when the word is not reserved.</summary>
    public static TokenKind KeywordKind(ReadOnlySpan<char> word) => word switch
    {
        "rule" => TokenKind.Rule,
        "when" => TokenKind.When,
        "then" => TokenKind.Then,
        "end" => TokenKind.End,
        "show" => TokenKind.Show,
        "require" => TokenKind.Require,
        "set" => TokenKind.Set,
        "fee" => TokenKind.Fee,
        "check" => TokenKind.Check,
        "warn" => TokenKind.Warn,
        "else" => TokenKind.Else,
        "function" => TokenKind.Function,
        "and" => TokenKind.And,
        "or" => TokenKind.Or,
        "not" => TokenKind.Not,
        "in" => TokenKind.In,
        "is" => TokenKind.Is,
        "empty" => TokenKind.Empty,
        "true" => TokenKind.True,
        "false" => TokenKind.False,
        "if" => TokenKind.If,
        _ => TokenKind.Identifier,
    };

    /// <summary>Whether a word is reserved (cannot start a path or name a function).</summary>
    public static bool IsKeyword(string word) => KeywordKind(word) != TokenKind.Identifier;

    /// <summary>Whether the kind is a word: an identifier or a keyword (accepted as a path segment after a dot).</summary>
    public static bool IsWord(TokenKind kind) => kind is TokenKind.Identifier or (>= TokenKind.Rule and <= TokenKind.If);

    /// <summary>The fixed text of a keyword or operator kind, or <c>null</c> for kinds whose text varies.</summary>
    public static string? FixedText(TokenKind kind) => kind switch
    {
        TokenKind.Rule => "rule",
        TokenKind.When => "when",
        TokenKind.Then => "then",
        TokenKind.End => "end",
        TokenKind.Show => "show",
        TokenKind.Require => "require",
        TokenKind.Set => "set",
        TokenKind.Fee => "fee",
        TokenKind.Check => "check",
        TokenKind.Warn => "warn",
        TokenKind.Else => "else",
        TokenKind.Function => "function",
        TokenKind.And => "and",
        TokenKind.Or => "or",
        TokenKind.Not => "not",
        TokenKind.In => "in",
        TokenKind.Is => "is",
        TokenKind.Empty => "empty",
        TokenKind.True => "true",
        TokenKind.False => "false",
        TokenKind.If => "if",
        TokenKind.Equal => "=",
        TokenKind.NotEqual => "!=",
        TokenKind.Less => "<",
        TokenKind.LessOrEqual => "<=",
        TokenKind.Greater => ">",
        TokenKind.GreaterOrEqual => ">=",
        TokenKind.Plus => "+",
        TokenKind.Minus => "-",
        TokenKind.Star => "*",
        TokenKind.Slash => "/",
        TokenKind.Percent => "%",
        TokenKind.OpenParen => "(",
        TokenKind.CloseParen => ")",
        TokenKind.OpenBracket => "[",
        TokenKind.CloseBracket => "]",
        TokenKind.Comma => ",",
        TokenKind.Colon => ":",
        TokenKind.Dot => ".",
        _ => null,
    };

    /// <summary>The type named by a contextual type word (<c>number</c>, <c>text</c>, …), or <c>null</c>.</summary>
    public static DslType? TypeFromName(string name) => name switch
    {
        "number" => DslType.Number,
        "text" => DslType.Text,
        "bool" => DslType.Bool,
        "date" => DslType.Date,
        "list" => DslType.List,
        _ => null,
    };

    /// <summary>The contextual word that names a type (the inverse of <see cref="TypeFromName"/>).</summary>
    public static string TypeName(DslType type) => type switch
    {
        DslType.Number => "number",
        DslType.Text => "text",
        DslType.Bool => "bool",
        DslType.Date => "date",
        DslType.List => "list",
        _ => "any",
    };
}
