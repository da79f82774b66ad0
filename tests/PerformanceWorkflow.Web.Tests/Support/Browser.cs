using Microsoft.Playwright;

namespace PerformanceWorkflow.Web.Tests.Support;

/// <summary>Debian's Chromium through Playwright, launched the only way that works on these machines.</summary>
internal static class Browser
{
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        return (playwright, browser);
    }

    /// <summary>Collects the Content-Security-Policy violations the page reports, to assert there are none.</summary>
    public static List<string> TrackCspViolations(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        return violations;
    }
}
