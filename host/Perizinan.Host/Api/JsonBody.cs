using System.Text.Json;

namespace Perizinan.Host.Api;

/// <summary>
/// Reads a JSON request body within a size limit. Malformed JSON, a wrong shape or an oversize body become a problem
/// response naming the place (<c>$.revision</c>, line and column) — never an exception page.
/// </summary>
internal static class JsonBody
{
    /// <summary>The largest JSON body the API reads: far above any real form's answers, small enough to refuse floods.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        MaxDepth = 64,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The body as a JSON element, or the problem to answer with.</summary>
    public static async Task<(JsonElement Value, IResult? Problem)> ReadElementAsync(HttpContext context)
    {
        var (bytes, problem) = await ReadBytesAsync(context).ConfigureAwait(false);
        if (problem is not null)
        {
            return (default, problem);
        }

        try
        {
            using var document = JsonDocument.Parse(bytes, DocumentOptions);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return (default, Malformed(context, e));
        }
    }

    /// <summary>The body as <typeparamref name="T"/>, or the problem to answer with.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext context)
        where T : class
    {
        var (bytes, problem) = await ReadBytesAsync(context).ConfigureAwait(false);
        if (problem is not null)
        {
            return (null, problem);
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes, SerializerOptions);
            return value is null
                ? (null, ApiProblems.BadRequest(context, "$", "required", "Isi permintaan kosong (null).", "The request body is null."))
                : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Malformed(context, e));
        }
    }

    private static async Task<(byte[] Bytes, IResult? Problem)> ReadBytesAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBytes)
        {
            return ([], ApiProblems.TooLarge(context, MaxBytes));
        }

        if (request.ContentType is { } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return ([], ApiProblems.Problem(context, StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type",
                "Jenis isi tidak didukung", "Unsupported media type",
                $"Kirim application/json, bukan {type}.", $"Send application/json, not {type}."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return ([], ApiProblems.TooLarge(context, MaxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0
            ? ([], ApiProblems.BadRequest(context, "$", "required", "Isi permintaan kosong; kirim JSON.", "The request body is empty; send JSON."))
            : (buffer.ToArray(), null);
    }

    private static IResult Malformed(HttpContext context, JsonException e)
    {
        var path = string.IsNullOrEmpty(e.Path) ? "$" : e.Path;
        var where = e.LineNumber is { } line ? $" (baris {line + 1}, kolom {e.BytePositionInLine + 1})" : string.Empty;
        var whereEn = e.LineNumber is { } lineEn ? $" (line {lineEn + 1}, column {e.BytePositionInLine + 1})" : string.Empty;
        return ApiProblems.BadRequest(context, path, "json",
            $"JSON tidak sah di {path}{where}.", $"Invalid JSON at {path}{whereEn}.");
    }
}
