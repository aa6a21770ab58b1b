using Perizinan.Engine.Evaluation;
using Perizinan.Forms.Package;

namespace Perizinan.Host.Api.Contracts;

/// <summary>A permit in the catalog: what it is, who issues it, what the citizen needs, and which fees may apply.</summary>
/// <param name="Id">The form id, e.g. <c>izin-reklame</c>.</param>
/// <param name="Version">The current version (new applications start on it).</param>
/// <param name="ContentHash">The package's content hash.</param>
/// <param name="Title">The permit's name.</param>
/// <param name="Description">What the permit is for.</param>
/// <param name="Agency">The issuing office (OPD).</param>
/// <param name="Category">The catalog category.</param>
/// <param name="Region">The Pemda whose rules apply.</param>
/// <param name="LegalBasis">The regulations it rests on.</param>
/// <param name="Requirements">What to have at hand.</param>
/// <param name="Fees">The fees (retribusi, pajak) the rules may charge, with their legal basis.</param>
public sealed record FormSummary(
    string Id,
    string Version,
    string ContentHash,
    LocalizedText Title,
    LocalizedText Description,
    LocalizedText Agency,
    LocalizedText Category,
    string Region,
    IReadOnlyList<string> LegalBasis,
    IReadOnlyList<LocalizedText> Requirements,
    IReadOnlyList<FeeSummary> Fees)
{
    internal static FormSummary From(CompiledForm form)
    {
        var m = form.Manifest;
        return new FormSummary(
            m.Id, m.Version, form.ContentHash, m.Title, m.Description, m.Agency, m.Category, m.Region, m.LegalBasis, m.Requirements,
            m.Fees.Select(f => new FeeSummary(f.Id, f.Kind.ToString().ToLowerInvariant(), f.Label, f.LegalBasis)).ToList());
    }
}
