using System.Text.Json;

namespace Perizinan.Cli;

/// <summary><c>perizinan eval DIR ANSWERS.json</c>: the form state for the answers, as JSON on standard output.</summary>
internal static class EvalCommand
{
    public static int Run(string directory, string answersFile, DateOnly today, TextWriter output, TextWriter error)
    {
        var form = PackageLoading.Load(directory, "en", error);
        if (form is null)
        {
            return 1;
        }

        JsonDocument answers;
        try
        {
            answers = JsonDocument.Parse(File.ReadAllBytes(answersFile), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            error.WriteLine($"{answersFile}: {(e is JsonException je ? $"({je.LineNumber + 1},{je.BytePositionInLine + 1}): error PZP1002: " : "error PZP1001: ")}{e.Message}");
            return 1;
        }

        using (answers)
        {
            var state = form.Evaluate(answers.RootElement, today);
            output.WriteLine(JsonSerializer.Serialize(state, JsonOutput.Options));
        }

        return 0;
    }
}
