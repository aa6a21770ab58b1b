using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Perizinan.Benchmarks.Http;

/// <summary>
/// <c>--http BASEURL [seconds]</c>: loads a running host over HTTP with the two stateful requests wrk cannot drive
/// (each needs the revision the previous answer gave): draft saves (<c>PUT /api/v1/drafts/{id}</c>, one draft per
/// connection) and submits end to end (create a draft with complete answers, then submit it). Prints a Markdown table:
/// requests per second and latency percentiles. The stateless evaluate endpoint is measured with wrk
/// (<c>scripts/bench-host.sh</c>).
/// </summary>
internal static class HttpLoadReport
{
    private const int Connections = 16;

    public static async Task RunAsync(Uri baseUrl, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Connections * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl };
        var keramaian = Answers("izin-keramaian", "01-hajatan-kecil-lengkap.json");
        var stress = Answers("stress-300", null);

        Console.WriteLine("| load | connections | requests/s | p50 ms | p90 ms | p99 ms | failed |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        await ReportAsync("draft save, typical form (izin-keramaian)", duration, worker => SaveLoopAsync(http, "izin-keramaian", keramaian, worker));
        await ReportAsync("draft save, stress-300", duration, worker => SaveLoopAsync(http, "stress-300", stress, worker));
        await ReportAsync("submit end to end (create + submit), izin-keramaian", duration, worker => SubmitLoopAsync(http, keramaian, worker));
    }

    /// <summary>
    /// A scenario's answers with every date moved by the days between the scenario's "today" and the real today (WIB),
    /// so that deadlines relative to today (an event at least 7 days ahead) hold on the day the benchmark runs.
    /// </summary>
    private static JsonElement Answers(string formId, string? scenario)
    {
        var folder = Path.Combine(Samples.PackageDir(formId), "scenarios");
        var file = scenario is null ? Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).First() : Path.Combine(folder, scenario);
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!;
        var then = root["today"] is { } t ? DateOnly.Parse(t.GetValue<string>(), CultureInfo.InvariantCulture) : Samples.Today;
        var now = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var answers = root["answers"]!;
        Shift(answers, now.DayNumber - then.DayNumber);
        return JsonSerializer.SerializeToElement(answers);
    }

    private static void Shift(System.Text.Json.Nodes.JsonNode node, int days)
    {
        switch (node)
        {
            case System.Text.Json.Nodes.JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    if (value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var text)
                        && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        o[key] = date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    }
                    else if (value is not null)
                    {
                        Shift(value, days);
                    }
                }

                break;
            case System.Text.Json.Nodes.JsonArray a:
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        Shift(item, days);
                    }
                }

                break;
        }
    }

    private static async Task ReportAsync(string name, TimeSpan duration, Func<Worker, Task> loop)
    {
        var workers = Enumerable.Range(0, Connections).Select(_ => new Worker(DateTime.UtcNow + duration)).ToList();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(workers.Select(w => Task.Run(() => loop(w))));
        var seconds = clock.Elapsed.TotalSeconds;
        var all = workers.SelectMany(w => w.Latencies).Order().ToList();
        var failed = workers.Sum(w => w.Failed);
        string P(double q) => all.Count == 0 ? "-" : all[Math.Min(all.Count - 1, (int)(q * all.Count))].ToString("0.0", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Connections} | {all.Count / seconds:0} | {P(0.50)} | {P(0.90)} | {P(0.99)} | {failed} |"));
    }

    private static async Task SaveLoopAsync(HttpClient http, string formId, JsonElement answers, Worker worker)
    {
        using var created = await http.PostAsJsonAsync("/api/v1/drafts", new { formId, answers });
        var draft = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = draft.GetProperty("id").GetString();
        var revision = draft.GetProperty("revision").GetInt64();
        while (DateTime.UtcNow < worker.Until)
        {
            var started = Stopwatch.GetTimestamp();
            using var saved = await http.PutAsJsonAsync($"/api/v1/drafts/{id}", new { revision, answers });
            var body = await saved.Content.ReadAsStringAsync();
            worker.Record(started, saved.IsSuccessStatusCode);
            if (saved.IsSuccessStatusCode)
            {
                revision = JsonDocument.Parse(body).RootElement.GetProperty("revision").GetInt64();
            }
        }
    }

    private static async Task SubmitLoopAsync(HttpClient http, JsonElement answers, Worker worker)
    {
        while (DateTime.UtcNow < worker.Until)
        {
            var started = Stopwatch.GetTimestamp();
            using var created = await http.PostAsJsonAsync("/api/v1/drafts", new { formId = "izin-keramaian", answers });
            if (!created.IsSuccessStatusCode)
            {
                worker.Record(started, false);
                continue;
            }

            var draft = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
            using var submitted = await http.PostAsJsonAsync($"/api/v1/drafts/{draft.GetProperty("id").GetString()}/submit", new { revision = draft.GetProperty("revision").GetInt64() });
            worker.Record(started, submitted.IsSuccessStatusCode);
        }
    }

    private sealed class Worker(DateTime until)
    {
        public DateTime Until { get; } = until;

        public List<double> Latencies { get; } = [];

        public int Failed { get; private set; }

        public void Record(long started, bool ok)
        {
            if (ok)
            {
                Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            else
            {
                Failed++;
            }
        }
    }
}
