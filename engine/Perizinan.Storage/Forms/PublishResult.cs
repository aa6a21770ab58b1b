namespace Perizinan.Storage.Forms;

/// <summary>The result of <see cref="IFormStore.PublishAsync"/>. Immutable.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Form">The stored version (for <see cref="PublishOutcome.DuplicateVersion"/>, the one already there); <c>null</c> when refused.</param>
/// <param name="Problems">Why the package was refused (diagnostics as text); empty otherwise.</param>
public sealed record PublishResult(PublishOutcome Outcome, FormVersion? Form, IReadOnlyList<string> Problems);
