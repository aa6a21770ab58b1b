using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Perizinan.Host.Tests.Support;

/// <summary>
/// Fills a sample form through its pages the way a citizen without JavaScript does: on each page it answers the
/// questions the page shows from a scenario's answers, adds rows with the Add button, uploads a small file of an
/// accepted type for each file question the scenario answers, presses Continue, and at the end submits on the review
/// page. Returns the registration number the confirmation page shows.
/// </summary>
public static partial class FormFiller
{
    /// <summary>A minimal PDF (its magic bytes are what the upload check reads).</summary>
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    /// <summary>The first bytes of a JPEG.</summary>
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0xFF, 0xD9];

    /// <summary>Starts an application on <paramref name="formId"/> from its permit page; returns the first page's URL.</summary>
    public static async Task<string> StartAsync(PageClient client, string formId)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, await client.GetAsync($"/izin/{formId}"));
        var (status, location) = await client.PostAsync($"/izin/{formId}?handler=Mulai", []);
        Assert.True(status == System.Net.HttpStatusCode.Redirect, $"start: {status}\n{client.Html}");
        return location!;
    }

    /// <summary>Fills every page from <paramref name="answers"/> until the review page; returns its URL.</summary>
    public static async Task<string> FillAsync(PageClient client, string firstPage, JsonElement answers)
    {
        var url = firstPage;
        for (var step = 0; step < 60; step++)
        {
            var got = await client.GetAsync(url);
            Assert.True(got == System.Net.HttpStatusCode.OK, $"{url}: {got}\n{client.Html}");
            url = client.Url;
            if (url.EndsWith("/periksa", StringComparison.Ordinal))
            {
                return url;
            }

            // Add rows until the page has as many as the scenario.
            var repeat = RepeatPattern().Match(client.Html);
            if (repeat.Success)
            {
                var path = repeat.Groups[1].Value;
                var rows = Regex.Matches(client.Html, $"value=\"hapus:{Regex.Escape(path)}\\[").Count;
                if (Answer(answers, path) is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > rows)
                {
                    var (addStatus, _) = await client.PostAsync(url, Fields(client, answers, "tambah:" + path));
                    Assert.Equal(System.Net.HttpStatusCode.Redirect, addStatus);
                    continue;
                }
            }

            var files = client.FileInputs()
                .Where(f => Answer(answers, f.Name["berkas:".Length..]) is { ValueKind: JsonValueKind.String })
                .Select(f => (f.Name, f.Accept.Contains("pdf", StringComparison.Ordinal) ? "berkas.pdf" : "foto.jpg", f.Accept.Contains("pdf", StringComparison.Ordinal) ? Pdf : Jpeg))
                .ToList();
            var (status, location) = await client.PostAsync(url, Fields(client, answers, "lanjut"), files);
            if (status == System.Net.HttpStatusCode.Redirect)
            {
                url = location!;
                continue;
            }

            // Shown again: new questions appeared (answer them on the next round) or something is wrong.
            Assert.True(client.ErrorSummary().Count == 0, $"{url}: {string.Join(" | ", client.ErrorSummary())}");
            Assert.Contains("class=\"notice\"", client.Html, StringComparison.Ordinal);
        }

        throw new InvalidOperationException("The form did not reach its review page in 60 steps.");
    }

    /// <summary>Submits from the review page; returns the registration number.</summary>
    public static async Task<string> SubmitAsync(PageClient client, string reviewUrl)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, await client.GetAsync(reviewUrl));
        Assert.True(client.ErrorSummary().Count == 0, string.Join(" | ", client.ErrorSummary()));
        var (status, location) = await client.PostAsync(reviewUrl, [new("_rev", client.Values("_rev").Single())]);
        Assert.True(status == System.Net.HttpStatusCode.Redirect, $"submit: {status}\n{client.ErrorSummary().FirstOrDefault()}");
        Assert.Equal(System.Net.HttpStatusCode.OK, await client.GetAsync(location!));
        return NumberPattern().Match(client.Html).Groups[1].Value;
    }

    /// <summary>The answer at a concrete path in the scenario's answers, or <c>null</c>.</summary>
    public static JsonElement? Answer(JsonElement answers, string path)
    {
        var node = answers;
        foreach (var part in path.Split('.'))
        {
            var open = part.IndexOf('[', StringComparison.Ordinal);
            var name = open < 0 ? part : part[..open];
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out node))
            {
                return null;
            }

            if (open >= 0)
            {
                var row = int.Parse(part[(open + 1)..^1], CultureInfo.InvariantCulture);
                if (node.ValueKind != JsonValueKind.Array || row >= node.GetArrayLength())
                {
                    return null;
                }

                node = node[row];
            }
        }

        return node;
    }

    private static List<KeyValuePair<string, string>> Fields(PageClient client, JsonElement answers, string action)
    {
        var fields = new List<KeyValuePair<string, string>> { new("_rev", client.Values("_rev").Single()), new("aksi", action) };
        foreach (var path in client.Values("_f"))
        {
            fields.Add(new("_f", path));
            switch (Answer(answers, path))
            {
                case { ValueKind: JsonValueKind.String } s:
                    fields.Add(new(path, s.GetString()!));
                    break;
                case { ValueKind: JsonValueKind.Number } n:
                    fields.Add(new(path, n.GetRawText()));
                    break;
                case { ValueKind: JsonValueKind.True }:
                    fields.Add(new(path, "true"));
                    break;
                case { ValueKind: JsonValueKind.Array } a:
                    fields.AddRange(a.EnumerateArray().Select(v => new KeyValuePair<string, string>(path, v.GetString()!)));
                    break;
            }
        }

        return fields;
    }

    [GeneratedRegex("data-repeat=\"([^\"]+)\"")]
    private static partial Regex RepeatPattern();

    [GeneratedRegex("class=\"registration-number\">([^<]+)<")]
    private static partial Regex NumberPattern();
}
