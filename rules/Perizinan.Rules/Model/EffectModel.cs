using Perizinan.Rules.Model.Bound;

namespace Perizinan.Rules.Model;

/// <summary>One effect of a rule.</summary>
/// <param name="Kind">What it does.</param>
/// <param name="Target">The generic path it applies to (show, require, set, fail), or <c>null</c> for a fee.</param>
/// <param name="Value">The value (set) or amount (fee), or <c>null</c>.</param>
/// <param name="FeeId">The fee id, for a fee.</param>
/// <param name="Check">The check that fails, for a fail effect.</param>
internal sealed record EffectModel(EffectKind Kind, string? Target, BoundExpression? Value = null, string? FeeId = null, CheckModel? Check = null);
