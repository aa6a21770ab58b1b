namespace Perizinan.Forms.Package;

/// <summary>
/// The manifest and layout of a form package (<c>form.json</c>): what the form is, who runs it, and how its questions
/// are laid out on pages and sections. Immutable.
/// </summary>
/// <param name="Id">The form's id: lower-case words joined by <c>-</c> (<c>izin-reklame</c>); the parent folder's name.</param>
/// <param name="Version">The semantic version (<c>1.0.0</c>); the folder's name; never changes once published.</param>
/// <param name="Title">The form's title.</param>
/// <param name="Description">What the permit is for.</param>
/// <param name="Agency">The office (OPD) that issues the permit.</param>
/// <param name="Category">The catalog category.</param>
/// <param name="Region">The Pemda whose rules the package follows.</param>
/// <param name="RegistrationPrefix">The prefix of registration numbers (<c>REK</c> gives <c>REK-2026-000123</c>).</param>
/// <param name="LegalBasis">The regulations the permit rests on.</param>
/// <param name="Requirements">What the citizen needs at hand, shown in the catalog.</param>
/// <param name="Renews">For a renewal form: what it renews; otherwise <c>null</c>.</param>
/// <param name="Pages">The pages, in order.</param>
/// <param name="Fees">The fees rules may charge.</param>
/// <param name="Migrations">How drafts of earlier versions move to this one (<c>migrations</c>); empty when it takes none.</param>
public sealed record FormManifest(
    string Id,
    string Version,
    LocalizedText Title,
    LocalizedText Description,
    LocalizedText Agency,
    LocalizedText Category,
    string Region,
    string RegistrationPrefix,
    IReadOnlyList<string> LegalBasis,
    IReadOnlyList<LocalizedText> Requirements,
    RenewalReference? Renews,
    IReadOnlyList<PageLayout> Pages,
    IReadOnlyList<FeeDeclaration> Fees,
    IReadOnlyList<MigrationDeclaration> Migrations);
