using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Perizinan.Browser.Tests.Support;

/// <summary>Accessibility checks with axe-core, injected into the page by Deque's Playwright binding.</summary>
public static class Accessibility
{
    /// <summary>The rule sets checked: WCAG 2.0 and 2.1, levels A and AA.</summary>
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The impacts that fail a page; "minor" and "moderate" findings are left to review.</summary>
    public static readonly IReadOnlySet<string> FailingImpacts = new HashSet<string>(StringComparer.Ordinal) { "serious", "critical" };

    /// <summary>
    /// Runs axe on the page as it is now and fails listing every serious or critical violation: rule id, impact, help
    /// text and the selectors of the offending elements. Needs a page with JavaScript enabled.
    /// </summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },

            // Only violations are reported: listing every pass as well costs seconds per page for nothing we read.
            ResultTypes = [ResultType.Violations],
        });

        var failing = result.Violations.Where(v => v.Impact is not null && FailingImpacts.Contains(v.Impact)).ToList();
        if (failing.Count == 0)
        {
            return;
        }

        var lines = failing.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} [{v.HelpUrl}]{Environment.NewLine}" +
            string.Join(Environment.NewLine, v.Nodes.Select(n => "    at " + n.Target)));
        Assert.Fail($"{failing.Count} serious or critical accessibility violation(s) on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
    }
}
