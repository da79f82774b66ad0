using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PerformanceWorkflow.Web.Tests.Support;
using Xunit.Abstractions;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>
/// WCAG 2.1 AA by axe-core in Chromium: every page each role reaches from its header, and the pages those lead to (one
/// of each kind: a scheda, an objective, a user…), with the first monitoring round of 2024 open and the valutazione
/// started, so that forms exist to be read. A serious or critical violation fails; the others are printed.
/// </summary>
public sealed class AccessibilityTests : IClassFixture<OpenCycle>
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private readonly OpenCycle cycle;
    private readonly ITestOutputHelper output;

    public AccessibilityTests(OpenCycle cycle, ITestOutputHelper output)
    {
        this.cycle = cycle;
        this.output = output;
    }

    [BrowserTheory]
    [InlineData("amministratore")]
    [InlineData("segretario")]
    [InlineData("nucleo")]
    [InlineData("personale")]
    [InlineData("dirigente.affari")]
    [InlineData("responsabile.llpp")]
    [InlineData("dipendente")]
    public async Task Every_page_a_role_reaches_has_no_serious_or_critical_violation(string user)
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = cycle.App.ServerAddress.ToString(), Locale = "it-IT" });
        await BrowserTests.SignInAsync(page, user);

        var visited = await CrawlAsync(page);
        output.WriteLine($"{user}: {visited.Count} pagine");
        var serious = new List<string>();
        foreach (var (path, result) in visited)
        {
            serious.AddRange(Report(path, result));
        }

        Assert.True(visited.Count >= 8, $"{user}: solo {visited.Count} pagine raggiunte");
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    [BrowserFact]
    public async Task The_sign_in_the_feedback_form_and_the_scheda_in_their_states_have_no_serious_or_critical_violation()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = cycle.App.ServerAddress.ToString(), Locale = "it-IT" });
        var serious = new List<string>();
        async Task CheckAsync(string state) => serious.AddRange(Report(state, await page.RunAxe(Options())));

        // Signed out: the sign-in page empty and refused, the feedback form empty, refused and sent.
        await page.GotoAsync("/accesso");
        await CheckAsync("accesso");
        await page.GetByLabel("Nome utente").FillAsync("nessuno");
        await page.GetByLabel("Password").FillAsync("sbagliata");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
        await CheckAsync("accesso rifiutato");
        await page.GotoAsync("/accessibilita/segnala");
        await CheckAsync("segnalazione vuota");
        await page.GetByLabel("Email per la risposta (facoltativo)").FillAsync("non-un-indirizzo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia la segnalazione" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=error-summary]")).ToBeVisibleAsync();
        await CheckAsync("segnalazione rifiutata");
        await page.GetByLabel("Descrizione del problema").FillAsync("Il grafico dei punteggi non ha un'alternativa testuale.");
        await page.GetByLabel("Email per la risposta (facoltativo)").FillAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia la segnalazione" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=report-received]")).ToBeVisibleAsync();
        await CheckAsync("segnalazione inviata");

        // The owner's scheda: as it opens, refused, saved.
        await BrowserTests.SignInAsync(page, "responsabile.llpp");
        await page.GotoAsync("/attivita");
        await page.Locator("a[href*='/monitoraggio/scheda/']").First.ClickAsync();
        await CheckAsync("scheda da compilare");

        // A value taken away (the demo's are complete): refused, with the problem on its row; saved; then sent.
        var value = page.Locator("[data-testid=value-row]").First.Locator("select, input[name^='Value'], input[name^='Numerator']").First;
        var typed = await value.InputValueAsync();
        var select = await value.EvaluateAsync<string>("e => e.tagName") == "SELECT";
        await (select ? value.SelectOptionAsync(string.Empty) : value.FillAsync(string.Empty));
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia al segretario" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=error]")).ToBeFocusedAsync();
        var fieldId = await value.GetAttributeAsync("id");
        await Assertions.Expect(page.Locator("[data-testid=error-links] a").First).ToHaveAttributeAsync("href", "#" + fieldId);
        await Assertions.Expect(page.Locator("#" + fieldId)).ToHaveAttributeAsync("aria-invalid", "true");
        await CheckAsync("scheda rifiutata");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva bozza" }).ClickAsync();
        await CheckAsync("scheda salvata");
        value = page.Locator("[data-testid=value-row]").First.Locator("select, input[name^='Value'], input[name^='Numerator']").First;
        await (select ? value.SelectOptionAsync(typed) : value.FillAsync(typed));
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia al segretario" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=done]")).ToBeVisibleAsync();
        await CheckAsync("scheda inviata");

        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    /// <summary>
    /// The header of the person with the most entries at a phone's, a tablet's, a laptop's and a wide screen's width:
    /// nothing wider than the window; on a wide screen the menus in one row, the current section marked.
    /// </summary>
    [BrowserFact]
    public async Task The_administrators_header_fits_from_360_to_1920_pixels()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        foreach (var width in new[] { 360, 768, 1280, 1920 })
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = cycle.App.ServerAddress.ToString(), Locale = "it-IT", ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            await BrowserTests.SignInAsync(page, "amministratore");
            await page.GotoAsync("/amministrazione/utenti");

            const string Measure = """
                () => {
                  const overflowing = [...document.body.querySelectorAll('*')].filter(e => {
                    const r = e.getBoundingClientRect();
                    return r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5) && getComputedStyle(e).visibility !== 'hidden'
                      && !e.closest('.navbar-collapsable:not(.expanded), .visually-hidden, .visually-hidden-focusable:not(:focus), .table-responsive');
                  }).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 12);
                  const items = [...document.querySelectorAll('.navbar-nav > .nav-item')].filter(e => e.getBoundingClientRect().height > 0);
                  const rows = new Set(items.map(e => Math.round(e.getBoundingClientRect().top))).size;
                  return [document.documentElement.scrollWidth <= window.innerWidth, overflowing.join(' '), rows, items.length].join('|');
                }
                """;
            var parts = (await page.EvaluateAsync<string>(Measure)).Split('|');
            Assert.True(parts[0] == "true", $"{width} px: la pagina scorre in orizzontale ({parts[1]})");
            Assert.True(parts[1].Length == 0, $"{width} px: escono dalla finestra {parts[1]}");
            if (width >= 1280)
            {
                Assert.Equal("1", parts[2]);
                Assert.Equal("6", parts[3]);
                var current = page.Locator("#menu-amministrazione");
                await Assertions.Expect(current).ToHaveClassAsync(new Regex("active"));
                await current.ClickAsync();
                var link = page.GetByRole(AriaRole.Link, new() { Name = "Utenti", Exact = true });
                await Assertions.Expect(link).ToBeVisibleAsync();
                await Assertions.Expect(link).ToHaveAttributeAsync("aria-current", "page");
            }
            else
            {
                // Narrow: the menus behind the button, which opens them.
                var toggler = page.Locator(".custom-navbar-toggler");
                await Assertions.Expect(toggler).ToBeVisibleAsync();
                await toggler.ClickAsync();
                await Assertions.Expect(page.Locator("#menu-piano")).ToBeVisibleAsync();
            }

            await page.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task A_keyboard_user_signs_in_opens_his_task_and_finds_the_refused_forms_problems_linked_to_their_fields()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = cycle.App.ServerAddress.ToString(), Locale = "it-IT" });
        await page.GotoAsync("/accesso");

        // The skip link first, then the fields; Enter sends.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Vai al contenuto principale", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await Keyboard.SignInAsync(page, "dirigente.affari");

        // «Le mie attività» from the header, then the task, by keyboard; the focus is always drawn.
        await Keyboard.OpenMyTasksAsync(page);
        await Keyboard.TabToAsync(page, "main a[href*='/monitoraggio/scheda/']");
        await Keyboard.AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/monitoraggio/scheda/\\d+"));

        // Sent with two ratios still empty (the demo's values leave them out): refused, the summary takes the focus and
        // each of its links takes the keyboard to the row's first field, where the missing counts are typed.
        await Keyboard.TabToAsync(page, "main button[formaction*='handler=Invia']");
        await Keyboard.AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=error]")).ToBeFocusedAsync();
        var links = page.Locator("[data-testid=error-links] a");
        var count = await links.CountAsync();
        Assert.True(count > 0, "nessun collegamento ai campi nel riepilogo");
        for (var k = 1; k <= count; k++)
        {
            var link = $"[data-testid=error-links] li:nth-child({k}) a";
            var target = await page.Locator(link).GetAttributeAsync("href");
            await Keyboard.TabToAsync(page, link, backwards: k > 1);
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator(target!)).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("3");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync("4");
        }

        await Keyboard.TabToAsync(page, "main button[formaction*='handler=Invia']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=done]")).ToHaveTextAsync("Scheda inviata al segretario per la validazione.");

        // A refused feedback: the summary has the focus and its link takes the keyboard to the field.
        await page.GotoAsync("/accessibilita/segnala");
        await Keyboard.TabToAsync(page, "main button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=error-summary]")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#descrizione")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("La tabella dei valori non si legge ingrandita al 200 %.");
        await Keyboard.TabToAsync(page, "main button[type=submit]");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("[data-testid=report-received]")).ToBeVisibleAsync();
    }

    private static AxeRunOptions Options() => new() { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } };

    /// <summary>Prints every violation and returns the serious and critical ones.</summary>
    private List<string> Report(string where, AxeResult result)
    {
        var serious = new List<string>();
        foreach (var violation in result.Violations)
        {
            var targets = string.Join(", ", violation.Nodes.Take(3).Select(n => n.Target?.ToString()));
            var line = $"{where}: [{violation.Impact}] {violation.Id} — {violation.Help} ({violation.Nodes.Length} elementi: {targets})";
            output.WriteLine(line);
            if (violation.Impact is "serious" or "critical")
            {
                serious.Add(line);
            }
        }

        return serious;
    }

    /// <summary>
    /// From the home page, every page the header offers and one page of each kind they link to (paths with their numbers
    /// replaced count as one kind), two levels deep: what a person of this role can open. Downloads, posts, the job
    /// dashboard (Hangfire's own) and signing out are left out.
    /// </summary>
    private static async Task<List<(string Path, AxeResult Result)>> CrawlAsync(IPage page)
    {
        var results = new List<(string, AxeResult)>();
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(string Path, int Depth)>();
        queue.Enqueue(("/", 0));
        foreach (var link in await LinksAsync(page, "/", "header nav a[href], footer a[href]"))
        {
            queue.Enqueue((link, 1));
        }

        while (queue.Count > 0 && results.Count < 60)
        {
            var (path, depth) = queue.Dequeue();
            if (!kinds.Add(Kind(path)))
            {
                continue;
            }

            var response = await page.GotoAsync(path);
            if (response is null || response.Status != 200 || !(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal)))
            {
                continue;
            }

            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            results.Add((path, await page.RunAxe(Options())));
            if (depth < 2)
            {
                foreach (var link in await LinksAsync(page, null, "main a[href]"))
                {
                    queue.Enqueue((link, depth + 1));
                }
            }
        }

        return results;
    }

    private static async Task<List<string>> LinksAsync(IPage page, string? goTo, string selector)
    {
        if (goTo is not null)
        {
            await page.GotoAsync(goTo);
        }

        var hrefs = await page.Locator(selector).EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        var origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        return [.. hrefs.Where(h => h.StartsWith(origin, StringComparison.Ordinal)).Select(h => new Uri(h).PathAndQuery)
            .Where(p => !p.Contains("handler=", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("/hangfire", StringComparison.Ordinal)
                && !p.StartsWith("/accesso", StringComparison.Ordinal) && !p.StartsWith("/api/", StringComparison.Ordinal))];
    }

    /// <summary>A page's kind: its path with numbers as #, without the query (a year or a page of a list is the same page).</summary>
    private static string Kind(string path) => Regex.Replace(path.Split('?', '#')[0].TrimEnd('/'), "/\\d+", "/#");
}
