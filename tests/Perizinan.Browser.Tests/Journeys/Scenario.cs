using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Browser.Tests.Journeys;

/// <summary>The scenario answers the journeys fill in.</summary>
internal static class Scenario
{
    /// <summary>
    /// izin-reklame, business entity through a proxy, with the first two boards of the complete three-board scenario:
    /// the journey adds the second row itself.
    /// </summary>
    public static JsonElement ReklameTwoBoards()
    {
        var answers = JsonNode.Parse(Samples.ScenarioAnswers("izin-reklame", "05-badan-usaha-tiga-papan-lengkap.json").GetRawText())!;
        answers["papan"]!.AsArray().RemoveAt(2);
        return JsonSerializer.SerializeToElement(answers);
    }

    /// <summary>izin-reklame, one billboard, individual applicant.</summary>
    public static JsonElement ReklameOneBoard() => Samples.ScenarioAnswers("izin-reklame", "01-billboard-kelas1-setahun.json");

    /// <summary>izin-keramaian, a small family celebration (few pages).</summary>
    public static JsonElement Keramaian() => Samples.ScenarioAnswers("izin-keramaian", "01-hajatan-kecil-lengkap.json");
}
