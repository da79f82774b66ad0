using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>
/// The README's screenshots, taken from the demo as a newcomer finds it (its current year in motion, on a fixed day so
/// that they change only when the product does). `docs/images/regenerate.sh` runs this test with PW_SCREENSHOTS set
/// to `docs/images`; without it the pictures go to a temporary folder and are only checked.
/// </summary>
public sealed class ScreenshotTests : IDisposable
{
    private readonly AppFactory app;
    private readonly string folder;
    private readonly bool temporary;

    public ScreenshotTests()
    {
        // 12 November 2026, 10:00 in Rome: the third round of 2026 open, the first two with the demo's values.
        app = new AppFactory(demo: true, kestrel: true) { Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 12, 9, 0, 0, TimeSpan.Zero)) };
        app.Settings["DemoData:CurrentYearInProgress"] = "true";
        var target = Environment.GetEnvironmentVariable("PW_SCREENSHOTS");
        temporary = string.IsNullOrEmpty(target);
        folder = temporary ? Directory.CreateTempSubdirectory("pw-shots-").FullName : Path.GetFullPath(target!);
    }

    public static TheoryData<string, string, string, string> Shots => new()
    {
        // file, user, page (or "task": the first task on the home page), what its title says
        { "home-dirigente.png", "dirigente.affari", "/", "Riepilogo" },
        { "scheda.png", "dirigente.affari", "task", "3° monitoraggio" },
        { "round.png", "segretario", "/monitoraggio/2026/3", "3° monitoraggio" },
        { "punteggi.png", "nucleo", "/punteggi?anno=2026&round=2", "2° monitoraggio" },
        { "piano.png", "amministratore", "/piano", "Piano per settore e unità 2026" },
    };

    [BrowserFact]
    public async Task The_readmes_screenshots_are_taken_from_the_demo_at_work()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        foreach (var (file, user, path, title) in Shots.Select(row => ((string)row[0], (string)row[1], (string)row[2], (string)row[3])))
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.ServerAddress.ToString(), Locale = "it-IT", ViewportSize = new ViewportSize { Width = 1280, Height = 860 } });
            await BrowserTests.SignInAsync(page, user);
            if (path == "task")
            {
                await page.Locator("[data-testid=home-task] a").First.ClickAsync();
            }
            else
            {
                await page.GotoAsync(path);
            }

            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(title);

            // Charts drawn, fonts loaded, no caret blinking in a field: the same picture every time.
            await page.EvaluateAsync("() => document.fonts.ready");
            await page.Locator("body").EvaluateAsync("b => b.focus && document.activeElement && document.activeElement.blur()");
            var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, file), Animations = ScreenshotAnimations.Disabled });
            Assert.True(png.Length > 20_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', $"{file}: {png.Length} byte");
            await page.CloseAsync();
        }
    }

    public void Dispose()
    {
        app.Dispose();
        if (temporary)
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
