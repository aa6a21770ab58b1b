using System.Net;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Host.Tests.Filling;

/// <summary>
/// The citizen's journey without JavaScript over real HTTP, for every sample: start on the permit page, fill each page
/// from a complete scenario (rows added with the Add button, files uploaded), review, submit, see the registration
/// number and the status page.
/// </summary>
public sealed class FillingJourneyTests(AllSamplesHostFactory factory) : IClassFixture<AllSamplesHostFactory>
{
    public static TheoryData<string, string> CompleteScenarios => new()
    {
        { "izin-reklame", "05-badan-usaha-tiga-papan-lengkap.json" },
        { "izin-keramaian", "02-konser-besar-bertiket.json" },
        { "pbg", "04-ruko-usaha-badan-usaha.json" },
        { "iumk-sku", "05-iumk-cv-wajib-nib-akta.json" },
        { "sip-tenaga-kesehatan", FirstComplete("sip-tenaga-kesehatan") },
        { "tdup", FirstComplete("tdup") },
        { "perpanjangan-izin-reklame", FirstComplete("perpanjangan-izin-reklame") },
    };

    [Theory]
    [MemberData(nameof(CompleteScenarios))]
    public async Task Citizen_FillsEveryPageWithoutJavaScript_SubmitsAndSeesStatus(string formId, string scenario)
    {
        var answers = Samples.ScenarioAnswers(formId, scenario);
        var client = new PageClient(factory);

        var first = await FormFiller.StartAsync(client, formId);
        var review = await FormFiller.FillAsync(client, first, answers);
        var number = await FormFiller.SubmitAsync(client, review);

        Assert.Matches(@"^[A-Z]+-2026-\d{6}$", number);
        Assert.Equal(HttpStatusCode.OK, await client.GetAsync($"/status/{number}"));
        Assert.Contains(number, client.Html, StringComparison.Ordinal);
    }

    private static string FirstComplete(string formId) =>
        Directory.EnumerateFiles(Path.Combine(Samples.Folder, formId, "1.0.0", "scenarios"), "*.json").Order(StringComparer.Ordinal)
            .Select(Path.GetFileName)
            .First(f => System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples.Folder, formId, "1.0.0", "scenarios", f!)))
                .RootElement.GetProperty("expect").TryGetProperty("complete", out var c) && c.GetBoolean())!;
}
