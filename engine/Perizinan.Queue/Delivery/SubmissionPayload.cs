using System.Globalization;
using System.Text.Json;

namespace Perizinan.Queue.Delivery;

/// <summary>
/// The JSON document a destination receives for a submission: form id, version and content hash, registration number,
/// cleaned answers, computed values, fees and attachment hashes. Written the same way for the webhook body and the
/// JSON export, so a receiver sees one format.
/// </summary>
internal static class SubmissionPayload
{
    /// <summary>The payload as UTF-8 JSON bytes.</summary>
    public static byte[] Utf8(DeliveryRequest request)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            Write(writer, request);
        }

        return buffer.ToArray();
    }

    /// <summary>The payload as a parsed element (for the CSV and XML exports, which flatten it).</summary>
    public static JsonElement Element(DeliveryRequest request)
    {
        using var document = JsonDocument.Parse(Utf8(request));
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, DeliveryRequest request)
    {
        var s = request.Submission;
        writer.WriteStartObject();
        writer.WriteString("idempotencyKey", request.IdempotencyKey.ToString("D"));
        writer.WriteString("tenant", request.TenantId);
        writer.WriteString("submissionId", s.Id.ToString("D"));
        writer.WriteString("registrationNumber", s.RegistrationNumber);
        writer.WriteStartObject("form");
        writer.WriteString("id", s.FormId);
        writer.WriteString("version", s.FormVersion);
        writer.WriteString("contentHash", s.ContentHash);
        writer.WriteEndObject();
        writer.WriteString("submittedAt", s.SubmittedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        writer.WritePropertyName("answers");
        s.Answers.WriteTo(writer);
        writer.WritePropertyName("computedValues");
        s.ComputedValues.WriteTo(writer);
        writer.WritePropertyName("fees");
        s.Fees.WriteTo(writer);
        writer.WriteStartArray("attachments");
        foreach (var hash in s.AttachmentHashes)
        {
            writer.WriteStringValue(hash);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
