using System.Text.Json.Nodes;

namespace Perizinan.Engine.Evaluation;

/// <summary>
/// What a form says about a set of answers: which questions are asked and required now, the values it computes,
/// what is wrong, the fees, and whether the application is complete. The server's word: the browser shows it.
/// Paths are concrete (rows numbered from 0). Immutable.
/// </summary>
public sealed record FormState
{
    /// <summary>Visible questions (and repeating groups), in layout order.</summary>
    public required IReadOnlyList<string> Visible { get; init; }

    /// <summary>Visible questions that must be answered.</summary>
    public required IReadOnlyList<string> Required { get; init; }

    /// <summary>Computed values of visible computed fields, by path.</summary>
    public required IReadOnlyDictionary<string, JsonNode?> Values { get; init; }

    /// <summary>Errors that block submitting: schema, required and rule checks, on visible questions only.</summary>
    public required IReadOnlyList<FieldError> Errors { get; init; }

    /// <summary>Warnings: shown, never blocking.</summary>
    public required IReadOnlyList<FieldError> Warnings { get; init; }

    /// <summary>Fee lines that apply.</summary>
    public required IReadOnlyList<FeeLine> Fees { get; init; }

    /// <summary>The sum of the fee lines, in rupiah.</summary>
    public required decimal Total { get; init; }

    /// <summary>Whether every required visible question is answered and nothing is wrong.</summary>
    public required bool Complete { get; init; }

    /// <summary>Share of required visible questions answered, 0–100.</summary>
    public required int Progress { get; init; }

    /// <summary>The first visible page with a missing or wrong answer, or <c>null</c> when complete.</summary>
    public required string? NextPage { get; init; }

    /// <summary>Pages with something visible, in order.</summary>
    public required IReadOnlyList<VisiblePage> Pages { get; init; }

    /// <summary>Problems of the form itself met while evaluating (a package function that failed, rules that disagree).</summary>
    public required IReadOnlyList<string> Problems { get; init; }
}
