using System.Text.Encodings.Web;
using System.Text.Json;

namespace Perizinan.Cli;

/// <summary>How the command prints JSON: camelCase, indented, readable non-ASCII.</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
