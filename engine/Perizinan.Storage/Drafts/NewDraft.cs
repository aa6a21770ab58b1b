using System.Text.Json;

namespace Perizinan.Storage.Drafts;

/// <summary>What a new draft starts with.</summary>
/// <param name="FormId">The form's id.</param>
/// <param name="Version">The published version the draft is pinned to.</param>
/// <param name="Owner">Who owns it (a NIK, a user id), or <c>null</c> for an anonymous draft with a resume code.</param>
/// <param name="Answers">The first answers (a JSON object), or <c>null</c> for none.</param>
public sealed record NewDraft(string FormId, string Version, string? Owner = null, JsonElement? Answers = null);
