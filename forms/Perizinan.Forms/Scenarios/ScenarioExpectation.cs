using System.Text.Json.Nodes;

namespace Perizinan.Forms.Scenarios;

/// <summary>
/// The outcome a scenario must give (<c>"expect"</c>). Every part is optional: <c>null</c> means "not checked". Paths
/// carry row numbers (<c>papan[0].luas</c>). Treat the JSON values as read-only.
/// </summary>
/// <param name="Visible">Fields that must be visible.</param>
/// <param name="Hidden">Fields that must not be visible.</param>
/// <param name="Required">Fields that must be required.</param>
/// <param name="NotRequired">Fields that must not be required.</param>
/// <param name="Values">Computed values, exactly (a JSON <c>null</c> value means empty).</param>
/// <param name="Errors">Exactly the fields that have errors (empty: none).</param>
/// <param name="Warnings">Exactly the fields that have warnings (empty: none).</param>
/// <param name="Fees">Exactly these fee ids, each with the sum of its lines, in rupiah.</param>
/// <param name="Total">The total of all fees.</param>
/// <param name="Complete">Whether every required visible field is answered without errors.</param>
public sealed record ScenarioExpectation(
    IReadOnlyList<string>? Visible = null,
    IReadOnlyList<string>? Hidden = null,
    IReadOnlyList<string>? Required = null,
    IReadOnlyList<string>? NotRequired = null,
    IReadOnlyDictionary<string, JsonNode?>? Values = null,
    IReadOnlyList<string>? Errors = null,
    IReadOnlyList<string>? Warnings = null,
    IReadOnlyDictionary<string, decimal>? Fees = null,
    decimal? Total = null,
    bool? Complete = null);
