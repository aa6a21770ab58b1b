namespace Perizinan.Rules.Model;

/// <summary>The types a rules expression can have. Every field of a form maps to one of them.</summary>
public enum DslType
{
    /// <summary>Unknown or not yet bound; accepted anywhere so that one error is not reported twice.</summary>
    Any,
    /// <summary>A decimal number (integers, amounts in rupiah, areas).</summary>
    Number,
    /// <summary>A piece of text (also identifiers such as NIK, and choices from a list).</summary>
    Text,
    /// <summary>Yes or no.</summary>
    Bool,
    /// <summary>A calendar date without time.</summary>
    Date,
    /// <summary>A list of texts (a multiple-choice answer).</summary>
    List,
}
