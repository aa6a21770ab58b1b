using System.Text.Json;

namespace Perizinan.Host.Api.Contracts;

/// <summary>Starts a draft.</summary>
/// <param name="FormId">The form id.</param>
/// <param name="Version">The version; omitted means the current one.</param>
/// <param name="Answers">Answers to start with (a JSON object); omitted means none.</param>
public sealed record NewDraftRequest(string FormId, string? Version = null, JsonElement? Answers = null);
