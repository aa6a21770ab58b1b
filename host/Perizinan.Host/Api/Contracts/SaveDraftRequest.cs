using System.Text.Json;

namespace Perizinan.Host.Api.Contracts;

/// <summary>Saves a draft's answers.</summary>
/// <param name="Revision">The revision the answers were based on; a draft saved since gets a conflict.</param>
/// <param name="Answers">All answers so far (a JSON object); hidden answers may stay.</param>
public sealed record SaveDraftRequest(long Revision, JsonElement Answers);
