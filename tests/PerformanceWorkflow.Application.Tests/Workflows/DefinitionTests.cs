using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Tests.Workflows;

/// <summary>The files of workflows/: all valid; each kind of mistake stops the start with a message naming file and element.</summary>
public sealed class DefinitionTests : IDisposable
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "workflows");
    private readonly string copy = Path.Combine(Path.GetTempPath(), "pw-tests", "workflows-" + Guid.NewGuid().ToString("N"));

    public DefinitionTests() => CopyDirectory(Shipped, copy);

    [Fact]
    public void Every_file_in_workflows_loads_and_passes_validation()
    {
        var catalog = WorkflowCatalog.Load(Shipped, WorkflowHooks.Vocabulary);
        Assert.Equal(WorkflowCatalog.Phases, catalog.Definitions.Select(d => d.Phase));
        Assert.Equal(WorkflowCatalog.Phases.Count + 1, Directory.GetFiles(Shipped, "*.json").Length);

        // Every template used exists and every template exists for a use (a workflow's, or the service's own).
        var used = catalog.Definitions.SelectMany(d => d.Machines).SelectMany(m => m.States.SelectMany(s => s.OnEntry).Concat(m.Triggers.SelectMany(t => t.Actions)).Concat(m.OnStart))
            .Where(a => a.Type == ActionTypes.Notify).Select(a => a.Template!).Concat(EmailTemplates.ServiceTemplates).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(used.Order(StringComparer.Ordinal), catalog.Templates.Names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("unknownGuard", "assegnazione.json: machines «assegnazione» triggers «avvia»: condizione «nessunDirigente» sconosciuta")]
    [InlineData("unreachable", "assegnazione.json: machines «assegnazione.dirigente» states «archiviato»: stato irraggiungibile dallo stato iniziale.")]
    [InlineData("timerWithoutTrigger", "assegnazione.json: machines «assegnazione.dirigente» timers «promemoria»: il trigger «sollecita» non esiste.")]
    [InlineData("unknownTemplate", "assegnazione.json: machines «assegnazione.dirigente» onStart «notify»: modello email «benvenuto» inesistente")]
    [InlineData("unknownRole", "assegnazione.json: /machines/0/triggers/2/roles/0: ")]
    [InlineData("schema", "assegnazione.json: /machines/0/states/0")]
    [InlineData("wrongPhase", "assegnazione.json: phase: «assegnazioni» non corrisponde al nome del file")]
    [InlineData("badJson", "assegnazione.json: JSON non valido alla riga")]
    [InlineData("unknownPlaceholder", "templates/assegnazione-invito.txt: segnaposto {{Sindaco}} sconosciuto")]
    [InlineData("serviceTemplateMissing", "templates/accesso-password.txt: manca il modello, che il servizio usa fuori dai flussi.")]
    public void A_mistake_stops_the_start_naming_the_file_and_the_element(string mistake, string expected)
    {
        var path = Path.Combine(copy, "assegnazione.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        var year = json["machines"]![0]!;
        var director = json["machines"]![1]!;
        switch (mistake)
        {
            case "unknownGuard":
                year["triggers"]![0]!["guard"] = "nessunDirigente";
                break;
            case "unreachable":
                director["states"]!.AsArray().Add(new JsonObject { ["id"] = "archiviato", ["label"] = "Archiviato" });
                break;
            case "timerWithoutTrigger":
                director["timers"]![0]!["trigger"] = "sollecita";
                break;
            case "unknownTemplate":
                director["onStart"]![0]!["template"] = "benvenuto";
                break;
            case "unknownRole":
                year["triggers"]![2]!["roles"] = new JsonArray("Sindaco");
                break;
            case "schema":
                year["states"]![0]!.AsObject().Remove("label");
                break;
            case "wrongPhase":
                json["phase"] = "assegnazioni";
                break;
            case "unknownPlaceholder":
                File.AppendAllText(Path.Combine(copy, "templates", "assegnazione-invito.txt"), "\n{{Sindaco}}\n");
                break;
            case "serviceTemplateMissing":
                File.Delete(Path.Combine(copy, "templates", "accesso-password.txt"));
                break;
        }

        File.WriteAllText(path, mistake == "badJson" ? "{\n  \"phase\": \"assegnazione\",\n  \"version\": 1,\n  oops\n}" : json.ToJsonString());
        var failure = Assert.Throws<WorkflowDefinitionException>(() => WorkflowCatalog.Load(copy, WorkflowHooks.Vocabulary));
        Assert.Contains(failure.Problems, p => p.StartsWith(expected, StringComparison.Ordinal));
        Assert.All(failure.Problems, p => Assert.DoesNotContain("/onStart/0/type", p, StringComparison.Ordinal));
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_the_code_relies_on_renamed_in_a_file_stops_the_start()
    {
        // A consistent rename (every transition follows it) passes the definition's own checks: only the names the
        // service's C# uses can tell that the scheda's pages would no longer find a sent scheda.
        var path = Path.Combine(copy, "monitoraggio.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"inviata\"", "\"spedita\"", StringComparison.Ordinal));
        var failure = Assert.Throws<WorkflowDefinitionException>(() => WorkflowCatalog.Load(copy, WorkflowHooks.Vocabulary));
        Assert.Equal(["monitoraggio.json: la macchina «monitoraggio.scheda» non ha lo stato «inviata», che il servizio usa (WorkflowNames)."], failure.Problems);
    }

    [Fact]
    public async Task A_new_version_never_changes_running_instances()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Cycle.ReferenceWithPeopleAsync(clock, new Dictionary<string, string?> { ["Workflows:Directory"] = copy });
        var started = await Cycle.StartAsync(db, "assegnazione");
        Assert.True((await Cycle.FireAsync(db, started.InstanceId!.Value, "avvia", Cycle.Operator)).Succeeded);

        // Version 2 drops «Chiedo modifiche»: directors must accept.
        var path = Path.Combine(copy, "assegnazione.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["version"] = 2;
        var director = json["machines"]![1]!;
        director["triggers"] = new JsonArray([.. director["triggers"]!.AsArray().Where(t => (string?)t!["id"] is not ("chiedi_modifiche" or "rispondi")).Select(t => t!.DeepClone())]);
        director["states"] = new JsonArray([.. director["states"]!.AsArray().Where(s => (string?)s!["id"] != "modifiche_richieste").Select(s => s!.DeepClone())]);
        File.WriteAllText(path, json.ToJsonString());

        var settings = new Dictionary<string, string?> { ["Workflows:Directory"] = copy };
        await using (var restarted = await RestartAsync(db, clock, settings))
        {
            var catalog = restarted.Services.GetRequiredService<WorkflowCatalog>();
            Assert.Equal(2, catalog.Current("assegnazione").Version);
            var child = await Cycle.ChildOfAsync(restarted, "dirigente.affari");
            Assert.Equal(1, child.Version);
            var asked = await Cycle.FireAsync(restarted, child.Id, "chiedi_modifiche", await Cycle.ActorAsync(restarted, "dirigente.affari"), new("Con la versione 1 si può ancora"));
            Assert.True(asked.Succeeded, asked.Message);
            var versions = await restarted.RunAsync(sp => sp.GetRequiredService<AppDbContext>().WorkflowDefinitionVersions.AsNoTracking().Where(v => v.Phase == "assegnazione").Select(v => v.Version).OrderBy(v => v).ToListAsync());
            Assert.Equal([1, 2], versions);

            // A new year starts on version 2.
            var next = await Cycle.StartAsync(restarted, "assegnazione", 2025);
            Assert.Equal(2, (await Cycle.InstancesAsync(restarted)).Single(i => i.Id == next.InstanceId).Version);
        }

        // Editing version 2 in place while instances run on it stops the start.
        json["label"] = "Assegnazione (modificata)";
        File.WriteAllText(path, json.ToJsonString());
        var failure = await Assert.ThrowsAsync<WorkflowDefinitionException>(() => RestartAsync(db, clock, settings));
        Assert.Contains("assegnazione.json: version: il contenuto della versione 2 è cambiato, ma ci sono pratiche avviate su di essa", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>The same database file opened by a new service, as after a restart with edited definitions.</summary>
    private static async Task<TestDatabase> RestartAsync(TestDatabase db, TimeProvider clock, Dictionary<string, string?> settings)
    {
        await db.Services.DisposeAsync();
        return await TestDatabase.OpenAsync(db.FilePath, clock, settings);
    }

    public void Dispose()
    {
        if (Directory.Exists(copy))
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
