using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>The pages of the workflows over HTTP: tasks, an instance and its actions, the administrators' views.</summary>
public sealed class WorkflowPagesTests : IDisposable
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly AppFactory app;

    public WorkflowPagesTests() => app = new AppFactory(demo: true, kestrel: false) { Time = clock };

    [Fact]
    public async Task The_administrator_starts_the_assignment_and_each_director_finds_his_task()
    {
        var admin = await app.ClientAsync("amministratore");
        var year = await StartAssignmentAsync(admin);

        var director = await app.ClientAsync("dirigente.affari");
        var tasks = await Forms.ParseAsync(await director.GetAsync(new Uri("/attivita", UriKind.Relative)));
        var row = Assert.Single(tasks.QuerySelectorAll("[data-testid=task]"));
        Assert.Contains("Accettare gli obiettivi assegnati", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dirigente Affari Giuridici (demo)", row.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("[data-testid=overdue]"));
        var link = row.QuerySelector("a")!.GetAttribute("href")!;

        var instance = await Forms.ParseAsync(await director.GetAsync(new Uri(link, UriKind.Relative)));
        Assert.Equal("In attesa della risposta del dirigente", instance.QuerySelector("[data-testid=state]")!.TextContent);
        Assert.Contains("Tras_1", instance.QuerySelector("[data-testid=items]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(instance.QuerySelector("[data-testid=trigger-accetta]"));
        Assert.NotNull(instance.QuerySelector("[data-testid=trigger-chiedi_modifiche] textarea[required]"));

        // Another director's instance is not there for him; the year's instance is the administrators'.
        var other = await app.ClientAsync("dirigente.risorse");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri(link, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync(new Uri($"/pratiche/{year}", UriKind.Relative))).StatusCode);
        var overview = await Forms.ParseAsync(await admin.GetAsync(new Uri($"/pratiche/{year}", UriKind.Relative)));
        Assert.Equal(3, overview.QuerySelectorAll("[data-testid=children] tbody tr").Length);

        // Twenty days later the task is overdue and stands out.
        clock.Advance(TimeSpan.FromDays(20));
        director = await app.ClientAsync("dirigente.affari");
        tasks = await Forms.ParseAsync(await director.GetAsync(new Uri("/attivita", UriKind.Relative)));
        row = Assert.Single(tasks.QuerySelectorAll("[data-testid=task]"));
        Assert.NotNull(row.QuerySelector("[data-testid=overdue]"));
        Assert.Contains("table-danger", row.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_left_open_while_someone_else_acted_is_refused_keeping_what_was_typed()
    {
        var admin = await app.ClientAsync("amministratore");
        await StartAssignmentAsync(admin);
        var director = await app.ClientAsync("dirigente.risorse");
        var link = (await Forms.ParseAsync(await director.GetAsync(new Uri("/attivita", UriKind.Relative)))).QuerySelector("[data-testid=task] a")!.GetAttribute("href")!;
        var page = await Forms.ParseAsync(await director.GetAsync(new Uri(link, UriKind.Relative)));
        var form = Fields(page, "chiedi_modifiche");

        // Meanwhile the same director accepts from another tab.
        var accept = Fields(page, "accetta");
        var accepted = await director.PostAsync(new Uri(link, UriKind.Relative), new FormUrlEncodedContent(accept));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("«Accetto gli obiettivi»: ora «Obiettivi accettati».", (await Forms.ParseAsync(accepted)).QuerySelector("[data-testid=done]")!.TextContent);

        form["Commento"] = "Il target dell'indicatore 3 va rivisto.";
        var stale = await Forms.ParseAsync(await director.PostAsync(new Uri(link, UriKind.Relative), new FormUrlEncodedContent(form)));
        Assert.StartsWith("La pratica è stata modificata da qualcun altro nel frattempo", stale.QuerySelector("[data-testid=error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Obiettivi accettati", stale.QuerySelector("[data-testid=state]")!.TextContent);
    }

    [Fact]
    public async Task A_missing_comment_is_explained_and_nothing_typed_is_lost()
    {
        var admin = await app.ClientAsync("amministratore");
        await StartAssignmentAsync(admin);
        var director = await app.ClientAsync("comandante.pm");
        var link = (await Forms.ParseAsync(await director.GetAsync(new Uri("/attivita", UriKind.Relative)))).QuerySelector("[data-testid=task] a")!.GetAttribute("href")!;
        var page = await Forms.ParseAsync(await director.GetAsync(new Uri(link, UriKind.Relative)));

        // The administrators' list shows the year's instance and one per director.
        var yearPage = await Forms.ParseAsync(await admin.GetAsync(new Uri("/amministrazione/flussi?Fase=assegnazione", UriKind.Relative)));
        Assert.Equal(4, yearPage.QuerySelectorAll("[data-testid=instances] tbody tr").Length);

        var form = Fields(page, "chiedi_modifiche");
        form["Commento"] = "   ";
        var refused = await Forms.ParseAsync(await director.PostAsync(new Uri(link, UriKind.Relative), new FormUrlEncodedContent(form)));
        Assert.Equal("Scrivere un commento: è richiesto per «Chiedo modifiche».", refused.QuerySelector("[data-testid=error]")!.TextContent);
        Assert.Equal("In attesa della risposta del dirigente", refused.QuerySelector("[data-testid=state]")!.TextContent);
    }

    [Fact]
    public async Task The_diagrams_and_the_outbox_are_for_administrators()
    {
        var admin = await app.ClientAsync("amministratore");
        var diagrams = await Forms.ParseAsync(await admin.GetAsync(new Uri("/amministrazione/flussi/diagrammi", UriKind.Relative)));
        var blocks = diagrams.QuerySelectorAll("pre.mermaid");
        Assert.Equal(12, blocks.Length);
        Assert.All(blocks, b => Assert.StartsWith("stateDiagram-v2", b.TextContent.Trim(), StringComparison.Ordinal));
        Assert.Contains("inviato --> accettato : accetta", diagrams.QuerySelector("[data-testid='diagram-assegnazione.dirigente']")!.TextContent, StringComparison.Ordinal);

        // A director without an email address: the message is kept as failed, visible and re-sendable.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == "comandante.pm");
            user.Email = null;
            await db.SaveChangesAsync();
        }

        await StartAssignmentAsync(admin);

        // The sender job composes the emails and finds no address for him.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendPendingAsync(CancellationToken.None);
        }

        var outbox = await Forms.ParseAsync(await admin.GetAsync(new Uri("/amministrazione/posta", UriKind.Relative)));
        Assert.Equal("1", outbox.QuerySelector("[data-testid=count-Failed]")!.TextContent);
        Assert.Contains("non ha un indirizzo email", outbox.QuerySelector("[data-testid=outbox]")!.TextContent, StringComparison.Ordinal);

        var director = await app.ClientAsync("dirigente.affari");
        Assert.Equal(HttpStatusCode.Forbidden, (await director.GetAsync(new Uri("/amministrazione/posta", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await director.GetAsync(new Uri("/amministrazione/flussi/diagrammi", UriKind.Relative))).StatusCode);
    }

    /// <summary>Starts the year's assignment from the phases page and sends the objectives; returns the year's instance.</summary>
    internal static async Task<int> StartAssignmentAsync(HttpClient admin)
    {
        var phases = await Forms.ParseAsync(await admin.GetAsync(new Uri("/amministrazione/flussi?Anno=2024", UriKind.Relative)));
        var start = phases.QuerySelector("[data-testid=start-assegnazione]")!;
        var fields = start.QuerySelectorAll("input[type=hidden]").OfType<AngleSharp.Html.Dom.IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.Value);
        var started = await admin.PostAsync(new Uri("/amministrazione/flussi?handler=Avvia", UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var path = started.RequestMessage!.RequestUri!.AbsolutePath;
        var page = await Forms.ParseAsync(started);
        var sent = await admin.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(Fields(page, "avvia")));
        var done = await Forms.ParseAsync(sent);
        Assert.Equal("Obiettivi inviati ai dirigenti", done.QuerySelector("[data-testid=state]")!.TextContent);
        return int.Parse(path[(path.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, string> Fields(AngleSharp.Html.Dom.IHtmlDocument page, string trigger) =>
        page.QuerySelector($"[data-testid=trigger-{trigger}]")!.QuerySelectorAll("input[type=hidden]").OfType<AngleSharp.Html.Dom.IHtmlInputElement>()
            .ToDictionary(i => i.Name!, i => i.Value);

    public void Dispose() => app.Dispose();
}
