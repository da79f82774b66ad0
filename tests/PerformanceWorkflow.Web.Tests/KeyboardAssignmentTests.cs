using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>The assegnazione with the keyboard only: a dirigente opens his task from «Le mie attività» and accepts his objectives.</summary>
public sealed class KeyboardAssignmentTests : IDisposable
{
    private readonly AppFactory app = new(demo: true, kestrel: true);

    [BrowserFact]
    public async Task A_dirigente_accepts_his_objectives_with_tab_and_enter()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
            var admin = (await scope.ServiceProvider.GetRequiredService<ActorLoader>().LoadUserAsync("amministratore", CancellationToken.None))!;
            var started = await engine.StartAsync("assegnazione", 2024, null, admin, CancellationToken.None);
            Assert.True((await engine.FireAsync(started.InstanceId!.Value, "avvia", admin, FireInput.None, CancellationToken.None)).Succeeded);
        }

        var (playwright, browser) = await Browser.LaunchAsync();
        await using var _ = browser;
        using var __ = playwright;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.ServerAddress.ToString(), Locale = "it-IT" });
        await page.GotoAsync("/accesso");
        await Keyboard.SignInAsync(page, "dirigente.risorse");
        await Keyboard.OpenMyTasksAsync(page);
        await Keyboard.TabToAsync(page, "main a[href*='/pratiche/']");
        await Keyboard.AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Obiettivi di un dirigente");

        await Keyboard.TabToAsync(page, "[data-testid=trigger-accetta] button[type=submit]");
        await Keyboard.AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=state]")).ToHaveTextAsync("Obiettivi accettati");
        Assert.Equal("accettato", await app.RunAsync(db => db.WorkflowInstances.Where(i => i.Machine == "assegnazione.dirigente")
            .Join(db.Users.Where(u => u.UserName == "dirigente.risorse"), i => i.OwnerId, u => u.Id, (i, _) => i.State).SingleAsync()));
    }

    public void Dispose() => app.Dispose();
}
