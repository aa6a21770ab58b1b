using Perizinan.Forms.Package;

namespace Perizinan.Host.Api.Contracts;

/// <summary>A fee a form's rules may charge.</summary>
/// <param name="Id">The fee id the rules use.</param>
/// <param name="Kind"><c>retribusi</c> or <c>pajak</c>.</param>
/// <param name="Label">Its name.</param>
/// <param name="LegalBasis">The article that sets it (e.g. a Perda article).</param>
public sealed record FeeSummary(string Id, string Kind, LocalizedText Label, string LegalBasis);
