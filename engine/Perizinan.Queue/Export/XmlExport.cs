using System.Text;
using System.Text.Json;
using System.Xml;

namespace Perizinan.Queue.Export;

/// <summary>
/// A submission as XML: <c>&lt;submission&gt;</c> with one <c>&lt;field name="…" type="…"&gt;</c> per JSON property
/// (nested for objects, <c>&lt;item&gt;</c> for array elements), so any answer name survives, even one that is not an
/// XML name. Characters XML 1.0 cannot hold (most control characters) become U+FFFD; the JSON export keeps them.
/// </summary>
internal static class XmlExport
{
    public const string Namespace = "urn:perizinan:submission:1";

    public static byte[] Write(JsonElement payload)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("submission", Namespace);
            WriteChildren(writer, payload);
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void WriteChildren(XmlWriter writer, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in value.EnumerateObject())
            {
                writer.WriteStartElement("field", Namespace);
                writer.WriteAttributeString("name", Clean(property.Name));
                WriteValue(writer, property.Value);
                writer.WriteEndElement();
            }
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                writer.WriteStartElement("item", Namespace);
                WriteValue(writer, item);
                writer.WriteEndElement();
            }
        }
    }

    private static void WriteValue(XmlWriter writer, JsonElement value)
    {
        writer.WriteAttributeString("type", value.ValueKind switch
        {
            JsonValueKind.Object => "object",
            JsonValueKind.Array => "array",
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "null",
        });
        switch (value.ValueKind)
        {
            case JsonValueKind.Object or JsonValueKind.Array:
                WriteChildren(writer, value);
                break;
            case JsonValueKind.String:
                writer.WriteString(Clean(value.GetString()!));
                break;
            case JsonValueKind.Null:
                break;
            default:
                writer.WriteString(value.GetRawText());
                break;
        }
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return builder.ToString();
    }
}
