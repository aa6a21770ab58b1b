using System.Text.Json.Nodes;
using Perizinan.Forms.Package;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Forms.Scenarios;

/// <summary>
/// One scenario of a package (<c>scenarios/*.json</c>): an answer set, the date it is evaluated for, and the outcome it
/// must give. Immutable by convention: treat <see cref="Answers"/> as read-only (copy it before changing it).
/// </summary>
/// <param name="File">The scenario's file in the package (<c>scenarios/besar.json</c>).</param>
/// <param name="Name">What the scenario is about.</param>
/// <param name="Description">More about it, or <c>null</c>.</param>
/// <param name="Today">The evaluation date (<c>today()</c>, ages).</param>
/// <param name="Answers">The answers, as a citizen would send them.</param>
/// <param name="Expect">The outcome it must give.</param>
public sealed record Scenario(string File, string Name, string? Description, DateOnly Today, JsonObject Answers, ScenarioExpectation Expect)
{
    /// <summary>The positions of the scenario's file, to point at a failed expectation.</summary>
    internal JsonPositions? Positions { get; init; }

    /// <summary>
    /// Where a part of the scenario is in its file, by JSON Pointer (<c>/expect/values/reklame.kategori</c>); the nearest
    /// existing parent when the pointer is not in the file.
    /// </summary>
    public SourceLocation LocationOf(string jsonPointer) => Positions?.At(jsonPointer) ?? SourceLocation.OfFile(File);
}
