using System.Text.Json;

namespace Perizinan.Host.Api.Contracts;

/// <summary>One published version of a form: its manifest and layout (<c>form.json</c>) and data contract (<c>schema.json</c>).</summary>
/// <param name="Id">The form id.</param>
/// <param name="Version">The version.</param>
/// <param name="ContentHash">The package's content hash; submissions record it.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="RetiredAt">When it stopped taking new applications, or <c>null</c>.</param>
/// <param name="Form">The package's <c>form.json</c>: titles, pages, sections, questions, attachment slots, fees.</param>
/// <param name="Schema">The package's <c>schema.json</c> (JSON Schema 2020-12 of the answers).</param>
public sealed record FormVersionDocument(
    string Id,
    string Version,
    string ContentHash,
    DateTimeOffset PublishedAt,
    DateTimeOffset? RetiredAt,
    JsonElement Form,
    JsonElement Schema);
