namespace Perizinan.Forms.Package;

/// <summary>What a renewal (perpanjangan) form renews: the earlier permit's form and the field holding its number.</summary>
/// <param name="Form">The id of the form whose permits this form renews.</param>
/// <param name="NumberField">The path of the field where the citizen gives the earlier permit's number.</param>
public sealed record RenewalReference(string Form, string NumberField);
