namespace Perizinan.Forms.Package;

/// <summary>A fee that rules may charge (<c>fee ID = …</c>), with the label and legal basis shown on the bill.</summary>
/// <param name="Id">The fee's id, as the rules name it (<c>pajak_reklame</c>).</param>
/// <param name="Kind">Tax or levy.</param>
/// <param name="Label">The label of the fee line.</param>
/// <param name="LegalBasis">The regulation the fee is charged under.</param>
public sealed record FeeDeclaration(string Id, FeeKind Kind, LocalizedText Label, string LegalBasis);
