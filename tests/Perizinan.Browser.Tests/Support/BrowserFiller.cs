using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perizinan.Host.Tests.Support;

namespace Perizinan.Browser.Tests.Support;

/// <summary>
/// Fills a sample form in the browser from a scenario's answers, page by page, the way <see cref="FormFiller"/> does
/// over HTTP: rows added with the Add button, a small file of an accepted type for each file question the scenario
/// answers, Continue until the review page, then Submit.
/// </summary>
/// <remarks>
/// Without JavaScript the answers are typed and the files sent with Continue. With JavaScript the answers are set
/// without input events (so that <c>site.js</c> does not save and re-render the form while the filler is still
/// writing into it) and each file uploads on its own as soon as it is chosen; the filler waits for it to be listed.
/// The journeys test the background save and the live questions themselves.
/// </remarks>
public static partial class BrowserFiller
{
    /// <summary>Sets answers without events: radios and checkboxes by value, every other input by its value.</summary>
    private const string SetValues = """
        values => {
          const form = document.querySelector("form[data-draft]");
          for (const [path, value] of Object.entries(values)) {
            const wanted = Array.isArray(value) ? value : [value];
            form.querySelectorAll("[name=\"" + CSS.escape(path) + "\"]").forEach(el => {
              if (el.type === "radio" || el.type === "checkbox") { el.checked = wanted.includes(el.value); }
              else if (el.type !== "file" && el.type !== "hidden") { el.value = wanted[0]; }
            });
          }
        }
        """;

    /// <summary>Opens the permit page, presses "Mulai permohonan" and returns the new draft's id.</summary>
    public static async Task<Guid> StartAsync(BrowserPage page, string formId)
    {
        await page.GotoAsync("/izin/" + formId);
        return await PressStartAsync(page);
    }

    /// <summary>Presses "Mulai permohonan" on the permit page shown in <paramref name="frame"/> (default: the page).</summary>
    public static async Task<Guid> PressStartAsync(BrowserPage page, IFrame? frame = null)
    {
        var f = frame ?? page.Page.MainFrame;
        await ClickAndLoadAsync(page, f.Locator("form.start button[type=submit]"), f);
        await WaitForUrlAsync(f, DraftPattern());
        return DraftId(f.Url);
    }

    /// <summary>Whether the page shows the form page <paramref name="pageId"/> (query and fragment aside).</summary>
    public static bool IsAt(IPage page, string pageId) => new Uri(page.Url).AbsolutePath.EndsWith("/" + pageId, StringComparison.Ordinal);

    /// <summary>The draft id in a form page's address.</summary>
    public static Guid DraftId(string url) => Guid.Parse(DraftPattern().Match(url).Groups[1].Value);

    /// <summary>
    /// Fills the form from the current page until the review page. <paramref name="onPage"/> runs once on each form
    /// page when it is first shown (before anything is filled in), e.g. to check it with axe.
    /// </summary>
    public static async Task FillAsync(BrowserPage page, JsonElement answers, Func<Task>? onPage = null, IFrame? frame = null)
    {
        var f = frame ?? page.Page.MainFrame;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var step = 0; step < 60; step++)
        {
            await f.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            var path = new Uri(f.Url).AbsolutePath;
            if (path.EndsWith("/periksa", StringComparison.Ordinal))
            {
                return;
            }

            Assert.Matches(DraftPattern(), f.Url);
            if (seen.Add(path) && onPage is not null)
            {
                await onPage();
            }

            await FillPageAsync(page, answers, "lanjut", f);
        }

        throw new InvalidOperationException("The form did not reach its review page in 60 steps.");
    }

    /// <summary>
    /// Answers the current page's questions, or adds a row when the scenario has more than the page shows, then presses
    /// the button <c>aksi=<paramref name="action"/></c> (Continue by default) and fails on an error summary.
    /// </summary>
    public static async Task FillPageAsync(BrowserPage page, JsonElement answers, string action = "lanjut", IFrame? frame = null)
    {
        var f = frame ?? page.Page.MainFrame;
        if (page.JavaScript)
        {
            await page.WaitForQuietAsync();
        }

        await UploadAsync(page, f, answers);
        var values = await ShownAnswersAsync(f, answers);
        await SetAsync(page, f, values);
        var button = await MissingRowButtonAsync(f, answers) ?? $"form[data-draft] .actions button[value='{action}']";
        await ClickAndLoadAsync(page, f.Locator(button), f);

        var summary = f.Locator(".error-summary");
        if (await summary.CountAsync() > 0)
        {
            Assert.Fail($"{f.Url}: {await summary.InnerTextAsync()}");
        }
    }

    /// <summary>Presses the submit button on the review page; returns the registration number the confirmation shows.</summary>
    public static async Task<string> SubmitAsync(BrowserPage page, IFrame? frame = null)
    {
        var f = frame ?? page.Page.MainFrame;
        Assert.EndsWith("/periksa", new Uri(f.Url).AbsolutePath, StringComparison.Ordinal);
        await ClickAndLoadAsync(page, f.Locator("button[data-prevent-double-click]"), f);
        await WaitForUrlAsync(f, TerkirimPattern());
        var number = (await f.Locator(".registration-number").InnerTextAsync()).Trim();
        Assert.Matches(@"^[A-Z]+-2026-\d{6}$", number);
        return number;
    }

    /// <summary>Clicks a control that posts or follows a link and waits for the next document in its frame.</summary>
    public static async Task ClickAndLoadAsync(BrowserPage page, ILocator control, IFrame? frame = null)
    {
        var f = frame ?? page.Page.MainFrame;
        if (!page.JavaScript)
        {
            // Playwright's click waits for the navigation it starts (and nothing else can change the page).
            await control.ClickAsync();
            await f.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            return;
        }

        // In a frame the click does not wait for the frame's navigation: mark this document and wait for a new one.
        await f.EvaluateAsync("() => { window.perizinanOld = true; }");
        await control.ClickAsync();
        await f.WaitForFunctionAsync("() => !window.perizinanOld && document.readyState !== 'loading'");
    }

    /// <summary>Waits until the frame's address matches (<c>Expect(page).ToHaveURL</c> exists for pages only).</summary>
    public static async Task WaitForUrlAsync(IFrame frame, Regex pattern)
    {
        var deadline = DateTime.UtcNow + BrowserHost.ActionTimeout;
        while (!pattern.IsMatch(frame.Url))
        {
            Assert.True(DateTime.UtcNow < deadline, $"still at {frame.Url}, expected {pattern}");
            await Task.Delay(50);
        }
    }

    /// <summary>A small file for a file input accepting <paramref name="accept"/>: a PDF when PDF is accepted, else a JPEG.</summary>
    public static FilePayload FileFor(string? accept) =>
        accept is not null && accept.Contains("pdf", StringComparison.Ordinal)
            ? new FilePayload { Name = "berkas.pdf", MimeType = "application/pdf", Buffer = FormFiller.Pdf }
            : new FilePayload { Name = "foto.jpg", MimeType = "image/jpeg", Buffer = FormFiller.Jpeg };

    private static async Task<Dictionary<string, object>> ShownAnswersAsync(IFrame f, JsonElement answers)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var shown in await f.Locator("form[data-draft] input[name=_f]").AllAsync())
        {
            var path = (await shown.GetAttributeAsync("value"))!;
            switch (FormFiller.Answer(answers, path))
            {
                case { ValueKind: JsonValueKind.String } s:
                    values[path] = s.GetString()!;
                    break;
                case { ValueKind: JsonValueKind.Number } n:
                    values[path] = n.GetRawText();
                    break;
                case { ValueKind: JsonValueKind.True or JsonValueKind.False } b:
                    values[path] = b.ValueKind == JsonValueKind.True ? "true" : "false";
                    break;
                case { ValueKind: JsonValueKind.Array } a when a.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String):
                    values[path] = a.EnumerateArray().Select(v => v.GetString()!).ToArray();
                    break;
            }
        }

        return values;
    }

    private static async Task SetAsync(BrowserPage page, IFrame f, Dictionary<string, object> values)
    {
        if (page.JavaScript)
        {
            await f.EvaluateAsync(SetValues, values);
            return;
        }

        var form = f.Locator("form[data-draft]");
        foreach (var (path, value) in values)
        {
            var wanted = value as string[] ?? [(string)value];
            var name = $"[name=\"{path}\"]";
            foreach (var choice in await form.Locator($"input[type=radio]{name}, input[type=checkbox]{name}").AllAsync())
            {
                var option = await choice.GetAttributeAsync("value");
                await choice.SetCheckedAsync(Array.IndexOf(wanted, option) >= 0);
            }

            var select = form.Locator("select" + name);
            if (await select.CountAsync() > 0)
            {
                await select.SelectOptionAsync(wanted[0]);
                continue;
            }

            var text = form.Locator($"textarea{name}, input{name}:not([type=radio]):not([type=checkbox]):not([type=hidden]):not([type=file])");
            if (await text.CountAsync() > 0)
            {
                await text.FillAsync(wanted[0]);
            }
        }
    }

    /// <summary>Chooses a file for every file question the scenario answers and the page has no file for yet.</summary>
    private static async Task UploadAsync(BrowserPage page, IFrame f, JsonElement answers)
    {
        foreach (var input in await f.Locator("form[data-draft] input[type=file]").AllAsync())
        {
            var path = (await input.GetAttributeAsync("name"))!["berkas:".Length..];
            if (FormFiller.Answer(answers, path) is not { ValueKind: JsonValueKind.String }
                || await f.Locator($"button[value=\"hapus-berkas:{path}\"]").CountAsync() > 0)
            {
                continue;
            }

            var file = FileFor(await input.GetAttributeAsync("accept"));
            if (!page.JavaScript)
            {
                await input.SetInputFilesAsync(file);
                continue;
            }

            // site.js uploads at once and re-renders the form: a fresh locator finds the input again.
            await f.Locator($"input[type=file][name=\"berkas:{path}\"]").SetInputFilesAsync(file);
            await f.Locator($"button[value=\"hapus-berkas:{path}\"]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
            await page.WaitForQuietAsync();
        }
    }

    /// <summary>The Add button of a repeat that shows fewer rows than the scenario has, or null.</summary>
    private static async Task<string?> MissingRowButtonAsync(IFrame f, JsonElement answers)
    {
        foreach (var repeat in await f.Locator("form[data-draft] [data-repeat]").AllAsync())
        {
            var path = (await repeat.GetAttributeAsync("data-repeat"))!;
            var rows = await f.Locator($"button[value^=\"hapus:{path}[\"]").CountAsync();
            if (FormFiller.Answer(answers, path) is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > rows)
            {
                return $"button[value=\"tambah:{path}\"]";
            }
        }

        return null;
    }

    /// <summary>A form page's address (group 1: the draft id).</summary>
    [GeneratedRegex(@"/permohonan/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(/[a-z0-9_-]+)?(\?[^#]*)?(#.*)?$")]
    public static partial Regex DraftPattern();

    [GeneratedRegex("/terkirim(#.*)?$")]
    private static partial Regex TerkirimPattern();
}
