using Microsoft.Playwright;
using PerformanceWorkflow.Web.Tests.Support;
using UglyToad.PdfPig;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>
/// What people print — the scheda, the evaluation form, the round report, the explanation of a score — printed to PDF
/// by Chromium on A4: the page's content without the header, the menus, the footer or the buttons; a long table's
/// header on every page it spans, its rows whole.
/// </summary>
public sealed class PrintTests : IClassFixture<OpenCycle>
{
    private static readonly string[] Chrome = ["Vai al contenuto principale", "Le mie attività", "Ciclo della performance · PIAO sezione 2.2", "Segnala un problema di accessibilità", "Esci"];

    private readonly OpenCycle cycle;

    public PrintTests(OpenCycle cycle) => this.cycle = cycle;

    public static TheoryData<string, string, string, string, bool, int> Printed => new()
    {
        // user, how to reach the page, its title in the print, a text of its longest table's header, whether that table
        // fills every page after the first (so its header must be on each), the most A4 pages expected
        { "dirigente.risorse", "home-task", "1° monitoraggio (31/03/2024) — Dirigente Gestione Risorse (demo)", "Indicatore", true, 12 },
        { "dipendente", "my-evaluation", "Scheda di valutazione individuale · 2024", "Comportamento", false, 6 },
        { "segretario", "/monitoraggio/2024/1", "1° monitoraggio (31/03/2024)", "Codice", true, 20 },
        { "nucleo", "/punteggi/perche?anno=2024&round=2&dimensione=Organization&id=0", "Perché", "Indicatore", true, 12 },
    };

    [BrowserTheory]
    [MemberData(nameof(Printed))]
    public async Task A_page_prints_on_a4_without_the_services_chrome_and_its_tables_keep_their_header_on_every_page(string user, string reach, string title, string header, bool fills, int maxPages)
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = cycle.App.ServerAddress.ToString(), Locale = "it-IT" });
        await BrowserTests.SignInAsync(page, user);
        switch (reach)
        {
            case "home-task":
                await page.Locator("[data-testid=home-task] a[href*='/monitoraggio/scheda/']").First.ClickAsync();
                break;
            case "my-evaluation":
                await page.Locator("[data-testid=my-evaluations] a").First.ClickAsync();
                break;
            default:
                await page.GotoAsync(reach);
                break;
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // The print stylesheet as Chromium applies it: no header, menus or footer; table headers repeated; rows whole.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        const string Styles = """
            () => [
              [...document.querySelectorAll('header, footer, .skiplinks')].every(e => getComputedStyle(e).display === 'none'),
              [...document.querySelectorAll('main thead')].every(e => getComputedStyle(e).display === 'table-header-group'),
              [...document.querySelectorAll('main tr')].every(e => getComputedStyle(e).breakInside === 'avoid'),
            ].join('|')
            """;
        Assert.Equal("true|true|true", await page.EvaluateAsync<string>(Styles));
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        var all = string.Join(" ", pages);
        Assert.InRange(pages.Count, 1, maxPages);
        Assert.Contains(Words(title), Words(all), StringComparison.OrdinalIgnoreCase);
        foreach (var chrome in Chrome)
        {
            Assert.DoesNotContain(Words(chrome), Words(all), StringComparison.Ordinal);
        }

        // A table that runs over pages repeats its header row on each of them.
        var tablePages = pages.Where(p => p.Contains(header, StringComparison.Ordinal)).Count();
        Assert.True(fills ? tablePages >= pages.Count - 1 : tablePages >= 1, $"intestazione «{header}» su {tablePages} pagine di {pages.Count}: {string.Join(" | ", pages.Select(p => p[..Math.Min(p.Length, 300)]))}");
    }

    /// <summary>The words of a text, single-spaced: a PDF's text has no line breaks where the page had them.</summary>
    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
