using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PerformanceWorkflow.Application.Tests.Support;

namespace PerformanceWorkflow.Application.Tests;

/// <summary>`pw` run as operators run it: a separate process, real files, exit codes.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pw-cli-").FullName;

    private Task<(int Exit, string Out, string Err)> PwAsync(params string[] args) => Pw.RunInAsync(_directory, args);

    private string WriteReference()
    {
        var path = Path.Combine(_directory, "piao-2024-sezione-2.2-performance.txt");
        File.WriteAllBytes(path, Reference.TextBytes);
        return path;
    }

    [Fact]
    public async Task Plan_import_json_prints_the_counts_and_the_ambiguous_rows()
    {
        var (exit, output, error) = await PwAsync("plan", "import", WriteReference(), "--db", Path.Combine(_directory, "pw.db"), "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("departments").GetInt32());
        Assert.Equal(6, root.GetProperty("units").GetInt32());
        Assert.Equal(37, root.GetProperty("objectiveCodes").GetInt32());
        Assert.Equal(52, root.GetProperty("objectiveAssignments").GetInt32());
        Assert.Equal(63, root.GetProperty("indicators").GetInt32());
        var byKind = root.GetProperty("indicatorsByKind");
        Assert.Equal((42, 16, 0, 0, 5), (byKind.GetProperty("Activity").GetInt32(), byKind.GetProperty("Efficiency").GetInt32(), byKind.GetProperty("Effectiveness").GetInt32(), byKind.GetProperty("Economy").GetInt32(), byKind.GetProperty("Informational").GetInt32()));
        Assert.Equal((8, 13, 10), (root.GetProperty("mandateLines").GetInt32(), root.GetProperty("strategicObjectives").GetInt32(), root.GetProperty("missions").GetInt32()));
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
        Assert.Contains(root.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("line").GetInt32() == 189 && w.GetProperty("message").GetString()!.Contains("190", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plan_show_json_has_both_trees_and_iso_dates()
    {
        var db = Path.Combine(_directory, "pw.db");
        Assert.Equal(0, (await PwAsync("plan", "import", WriteReference(), "--db", db)).Exit);

        var (exit, output, _) = await PwAsync("plan", "show", "--year", "2024", "--json", "--db", db);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var line = json.RootElement.GetProperty("mandateLines")[0];
        var objective = line.GetProperty("strategicObjectives")[0].GetProperty("operationalObjectives")[0];
        foreach (var property in new[] { "code", "title", "mission", "years", "tags", "cup", "units" })
        {
            Assert.True(objective.TryGetProperty(property, out _), property);
        }

        var indicator = json.RootElement.GetProperty("departments")[0].GetProperty("units")[0].GetProperty("objectives")[0]
            .GetProperty("managementObjectives")[0].GetProperty("indicators")[0];
        Assert.Equal("2024-12-31", indicator.GetProperty("dueDate").GetString());
        Assert.Equal("Efficiency", indicator.GetProperty("kind").GetString());
        Assert.Equal("100 %", indicator.GetProperty("target").GetString());
    }

    [Fact]
    public async Task Plan_export_then_import_into_an_empty_database_gives_the_same_plan()
    {
        var first = Path.Combine(_directory, "first.db");
        var second = Path.Combine(_directory, "second.db");
        var workbook = Path.Combine(_directory, "piano.xlsx");
        Assert.Equal(0, (await PwAsync("plan", "import", WriteReference(), "--db", first)).Exit);
        Assert.Equal(0, (await PwAsync("plan", "export", workbook, "--db", first)).Exit);
        Assert.Equal(0, (await PwAsync("plan", "import", workbook, "--db", second)).Exit);

        foreach (var year in new[] { "2024", "2025", "2026" })
        {
            Assert.Equal((await PwAsync("plan", "show", "--year", year, "--json", "--db", first)).Out, (await PwAsync("plan", "show", "--year", year, "--json", "--db", second)).Out);
        }
    }

    [Fact]
    public async Task Exit_code_is_1_when_the_input_has_errors_and_nothing_changes()
    {
        var path = Path.Combine(_directory, "vuoto.csv");
        await File.WriteAllTextAsync(path, string.Empty);
        var (exit, output, _) = await PwAsync("plan", "import", path, "--db", Path.Combine(_directory, "pw.db"));
        Assert.Equal(1, exit);
        Assert.Contains("vuoto", output, StringComparison.Ordinal);
        Assert.Contains("non è stato modificato", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workflow_commands_start_fire_list_and_show_with_exit_codes()
    {
        await using var database = await Cycle.ReferenceWithPeopleAsync(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow));
        var db = database.FilePath;

        var started = await PwAsync("workflow", "start", "assegnazione", "--year", "2024", "--db", db);
        Assert.True(started.Exit == 0, started.Err);
        Assert.Equal("Pratica 1: «Assegnazione dell'anno» del 2024 avviata.", started.Out.Trim());
        Assert.Equal(0, (await PwAsync("workflow", "fire", "1", "avvia", "--db", db)).Exit);

        var list = await PwAsync("workflow", "list", "--json", "--db", db);
        using (var json = JsonDocument.Parse(list.Out))
        {
            Assert.Equal(4, json.RootElement.GetArrayLength());
            Assert.Equal("In attesa della risposta del dirigente", json.RootElement[1].GetProperty("stateLabel").GetString());
        }

        // The wrong person, a missing comment, an unknown user: exit code 1 and the reason on stderr.
        var forbidden = await PwAsync("workflow", "fire", "2", "accetta", "--as", "dirigente.risorse", "--db", db);
        Assert.Equal((1, "«Accetto gli obiettivi» spetta a: il titolare della pratica."), (forbidden.Exit, forbidden.Err.Trim()));
        var noComment = await PwAsync("workflow", "fire", "2", "chiedi_modifiche", "--as", "dirigente.affari", "--db", db);
        Assert.Equal((1, "Scrivere un commento: è richiesto per «Chiedo modifiche»."), (noComment.Exit, noComment.Err.Trim()));
        Assert.Equal(1, (await PwAsync("workflow", "fire", "2", "accetta", "--as", "nessuno", "--db", db)).Exit);
        Assert.Equal(2, (await PwAsync("workflow", "start", "festa", "--year", "2024", "--db", db)).Exit);

        var accepted = await PwAsync("workflow", "fire", "2", "accetta", "--as", "dirigente.affari", "--db", db);
        Assert.True(accepted.Exit == 0, accepted.Err);
        var show = await PwAsync("workflow", "show", "1", "--db", db);
        Assert.Contains("Stato: Obiettivi inviati ai dirigenti (in_corso)", show.Out, StringComparison.Ordinal);
        Assert.Contains("collegata 2: Obiettivi di un dirigente — Dirigente Affari Giuridici (demo) [Obiettivi accettati]", show.Out, StringComparison.Ordinal);

        // pw has no job server: the emails are written right away, into the configured pickup folder.
        Assert.Equal(3, Directory.GetFiles(Path.Combine(_directory, "data", "mail"), "*-assegnazione-invito.eml").Length);
    }

    [Fact]
    public async Task Cycle_simulate_rehearses_the_year_and_its_summary_matches_the_emails_on_disk()
    {
        var output = Path.Combine(_directory, "prova");
        var (exit, stdout, error) = await PwAsync("cycle", "simulate", "--year", "2024", "--out", output, "--seed", "7");
        Assert.True(exit == 0, error);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "summary.json")));
        var root = json.RootElement;
        Assert.Equal(["rounds", "tasks", "emails", "submissions", "validations", "sentBack", "targetRevisions", "organizationPercent", "evaluations", "relazione", "bonus"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["task", "reminder", "escalation", "sentBack", "report", "evaluation", "relazione", "hr", "other"], root.GetProperty("emails").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["forms", "final", "negative", "conciliations", "changedByConciliation"], root.GetProperty("evaluations").EnumerateObject().Select(p => p.Name));
        Assert.Equal(stdout.Trim(), (await File.ReadAllTextAsync(Path.Combine(output, "summary.json"))).Trim());

        // The counts are those of the .eml files, read here independently by their template header.
        var kinds = Directory.GetFiles(Path.Combine(output, "mail"), "*.eml")
            .Select(f => MimeKit.MimeMessage.Load(f).Headers["X-PW-Template"] ?? string.Empty)
            .Select(t => t switch
            {
                _ when t.StartsWith("valutazione-", StringComparison.Ordinal) => "evaluation",
                "rendicontazione-punteggi" => "hr",
                _ when t.StartsWith("rendicontazione-", StringComparison.Ordinal) => "relazione",
                _ when t.EndsWith("-invito", StringComparison.Ordinal) => "task",
                _ when t.EndsWith("-promemoria", StringComparison.Ordinal) => "reminder",
                "monitoraggio-sollecito" => "escalation",
                "monitoraggio-rimandata" => "sentBack",
                "monitoraggio-chiuso" => "report",
                _ => "other",
            }).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        foreach (var kind in root.GetProperty("emails").EnumerateObject())
        {
            Assert.True(kinds.GetValueOrDefault(kind.Name) == kind.Value.GetInt32(), $"{kind.Name}: {kinds.GetValueOrDefault(kind.Name)} file, {kind.Value.GetInt32()} nel riepilogo");
        }

        // The valutazione after the consuntivo: ~40 forms all final, negative proposals heard, conciliations decided both ways.
        var evaluations = root.GetProperty("evaluations");
        Assert.InRange(evaluations.GetProperty("forms").GetInt32(), 30, 50);
        Assert.Equal(evaluations.GetProperty("forms").GetInt32(), evaluations.GetProperty("final").GetInt32());
        Assert.True(evaluations.GetProperty("negative").GetInt32() > 0);
        Assert.True(evaluations.GetProperty("conciliations").GetInt32() > 0);
        Assert.True(evaluations.GetProperty("changedByConciliation").GetInt32() > 0);
        Assert.True(root.GetProperty("emails").GetProperty("evaluation").GetInt32() > 0);

        // Then the Relazione: written to the folder, approved, deliberated and validated; HR told once; the pools paid.
        var relazione = root.GetProperty("relazione");
        Assert.Equal(["docx", "pdf", "approvedAt", "deliberatedAt", "validatedAt"], relazione.EnumerateObject().Select(p => p.Name));
        Assert.True(File.Exists(Path.Combine(output, relazione.GetProperty("docx").GetString()!)));
        if (File.Exists("/usr/bin/soffice"))
        {
            Assert.True(File.Exists(Path.Combine(output, relazione.GetProperty("pdf").GetString()!)));
        }

        Assert.All(new[] { "approvedAt", "deliberatedAt", "validatedAt" }, d => Assert.Equal(JsonValueKind.String, relazione.GetProperty(d).ValueKind));
        Assert.Equal(1, root.GetProperty("emails").GetProperty("hr").GetInt32());
        Assert.Equal(["pools", "paid", "people"], root.GetProperty("bonus").EnumerateObject().Select(p => p.Name));
        Assert.Equal(root.GetProperty("bonus").GetProperty("pools").GetDecimal(), root.GetProperty("bonus").GetProperty("paid").GetDecimal());

        // The scores of the rehearsed year, as HR's systems read them.
        var database = Path.Combine(output, "simulazione.db");
        var scores = await PwAsync("evaluation", "scores", "--year", "2024", "--json", "--db", database);
        Assert.True(scores.Exit == 0, scores.Err);
        using var people = JsonDocument.Parse(scores.Out);
        Assert.Equal(["year", "people"], people.RootElement.EnumerateObject().Select(p => p.Name));
        var first = people.RootElement.GetProperty("people")[0];
        Assert.Equal(["matricola", "name", "group", "area", "unit", "evaluator", "status", "final", "components"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(evaluations.GetProperty("forms").GetInt32(), people.RootElement.GetProperty("people").GetArrayLength());
        Assert.All(people.RootElement.GetProperty("people").EnumerateArray(), p =>
        {
            var components = p.GetProperty("components").EnumerateArray().ToList();
            Assert.All(components, c => Assert.Contains(c.GetProperty("name").GetString(), new[] { "unit", "objectives", "behaviours", "differentiation" }));
            var sum = components.Where(c => c.GetProperty("score").ValueKind == JsonValueKind.Number).Sum(c => c.GetProperty("weight").GetDouble() * c.GetProperty("score").GetDouble() / 100);
            Assert.Equal(sum, p.GetProperty("final").GetDouble(), 6);
        });
        var settings = await PwAsync("evaluation", "settings", "--year", "2024", "--json", "--db", database);
        Assert.Contains("\"negativeThreshold\": 60", settings.Out, StringComparison.Ordinal);
        var list = await PwAsync("evaluation", "list", "--year", "2024", "--db", database);
        Assert.Contains($"{evaluations.GetProperty("forms").GetInt32()} schede.", list.Out, StringComparison.Ordinal);
        // The bonuses from the final scores: the pools set, each paid to the cent; HR is not served before validation.
        var rewards = await PwAsync("bonus", "settings", "--year", "2024", "--json", "--db", database);
        var premi = System.Text.Json.Nodes.JsonNode.Parse(rewards.Out)!;
        foreach (var pool in premi["pools"]!.AsArray())
        {
            pool!["budget"] = 12_345.67m;
        }

        var premiFile = Path.Combine(_directory, "premi.json");
        await File.WriteAllTextAsync(premiFile, premi.ToJsonString());
        Assert.Equal(0, (await PwAsync("bonus", "settings", "--year", "2024", "--set", premiFile, "--db", database)).Exit);
        var bonus = await PwAsync("bonus", "compute", "--year", "2024", "--json", "--db", database);
        Assert.True(bonus.Exit == 0, bonus.Err);
        Assert.DoesNotContain("Attenzione", bonus.Err, StringComparison.Ordinal);
        using var bonusJson = JsonDocument.Parse(bonus.Out);
        Assert.Equal(["year", "pools", "people", "art20"], bonusJson.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["matricola", "group", "area", "final", "coefficient", "factor", "maggiorazione", "amount"], bonusJson.RootElement.GetProperty("people")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["dirigenti", "personale"], bonusJson.RootElement.GetProperty("art20").EnumerateObject().Select(p => p.Name));
        foreach (var pool in bonusJson.RootElement.GetProperty("pools").EnumerateArray())
        {
            var group = pool.GetProperty("group").GetString();
            var paid = bonusJson.RootElement.GetProperty("people").EnumerateArray().Where(p => p.GetProperty("group").GetString() == group).Sum(p => p.GetProperty("amount").GetDecimal());
            Assert.Equal(12_345.67m, pool.GetProperty("paid").GetDecimal() + pool.GetProperty("savings").GetDecimal());
            Assert.Equal(pool.GetProperty("paid").GetDecimal(), paid);
        }

        var badStaff = Path.Combine(_directory, "personale.csv");
        await File.WriteAllTextAsync(badStaff, "Matricola;Cognome;Nome;Gruppo;Area;Unita\nX1;Rossi;Anna;Stagista;Istruttori;Da nessuna parte\n");
        var refusedStaff = await PwAsync("staff", "import", badStaff, "--db", database);
        Assert.Equal(1, refusedStaff.Exit);
        Assert.Contains("riga 2: ERRORE", refusedStaff.Out, StringComparison.Ordinal);

        // A whole year: four rounds, late owners reminded and escalated, schede sent back, a target revised.
        Assert.Equal(4, root.GetProperty("rounds").GetInt32());
        Assert.True(root.GetProperty("emails").GetProperty("reminder").GetInt32() > 0);
        Assert.True(root.GetProperty("emails").GetProperty("escalation").GetInt32() > 0);
        Assert.Equal(3 * 2, root.GetProperty("emails").GetProperty("report").GetInt32());
        Assert.True(root.GetProperty("sentBack").GetInt32() >= 1);
        Assert.Equal(root.GetProperty("sentBack").GetInt32(), root.GetProperty("emails").GetProperty("sentBack").GetInt32());
        Assert.Equal(root.GetProperty("validations").GetInt32() + root.GetProperty("sentBack").GetInt32(), root.GetProperty("submissions").GetInt32());
        Assert.True(root.GetProperty("targetRevisions").GetInt32() >= 1);
        Assert.InRange(root.GetProperty("organizationPercent").GetDouble(), 1, 100);

        // A --db that exists is never overwritten.
        var existing = Path.Combine(_directory, "vero.db");
        await File.WriteAllTextAsync(existing, "dati");
        var refused = await PwAsync("cycle", "simulate", "--year", "2024", "--out", Path.Combine(_directory, "altro"), "--db", existing);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("esiste già", refused.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exit_code_is_2_on_bad_usage()
    {
        Assert.Equal(2, (await PwAsync("plan", "importa")).Exit);
        Assert.Equal(2, (await PwAsync("plan", "import", Path.Combine(_directory, "non-esiste.txt"))).Exit);
        Assert.Equal(2, (await PwAsync("plan", "show", "--year", "duemila")).Exit);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
