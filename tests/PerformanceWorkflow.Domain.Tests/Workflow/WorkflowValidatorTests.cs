using FsCheck.Xunit;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Domain.Tests.Workflow;

/// <summary>The checks a definition passes before the service starts, and the time rules of timers and tasks.</summary>
public sealed class WorkflowValidatorTests
{
    private static readonly WorkflowVocabulary Vocabulary = new(
        Guards: Set("allChildrenIn"),
        Operations: Set("lockPlan"),
        Jobs: Set("recomputeScores"),
        Templates: Set("invito", "promemoria"),
        Recipients: Set("directors"),
        Subjects: Set("year", "owner"),
        Dates: WorkflowDates.All);

    private const string Valid = """
        {
          "phase": "prova", "version": 1, "label": "Prova",
          "machines": [
            { "id": "anno", "subject": "year", "label": "Anno", "initial": "bozza",
              "states": [
                { "id": "bozza", "label": "Bozza" },
                { "id": "in_corso", "label": "In corso", "onEntry": [ { "type": "startChildren", "machine": "anno.persona", "for": "directors" } ] },
                { "id": "chiuso", "label": "Chiuso", "final": true }
              ],
              "triggers": [
                { "id": "avvia", "label": "Avvia", "from": ["bozza"], "to": "in_corso", "roles": ["Administrator"] },
                { "id": "verifica", "label": "Verifica", "from": ["in_corso"], "to": "chiuso", "roles": ["system"], "guard": "allChildrenIn:fatto",
                  "requires": ["deliberation"], "actions": [ { "type": "recordDeliberation" }, { "type": "run", "operation": "lockPlan" } ] }
              ] },
            { "id": "anno.persona", "subject": "owner", "label": "Persona", "initial": "aperto",
              "onStart": [ { "type": "notify", "to": "owner", "template": "invito" } ],
              "states": [
                { "id": "aperto", "label": "Aperto", "onEntry": [ { "type": "openTask", "for": "owner", "title": "Fare", "due": { "relativeTo": "entered", "offset": "P15D" } } ] },
                { "id": "fatto", "label": "Fatto", "final": true }
              ],
              "triggers": [
                { "id": "fai", "label": "Fatto", "from": ["aperto"], "to": "fatto", "roles": ["owner"], "actions": [ { "type": "fireParent", "trigger": "verifica" } ] },
                { "id": "ricorda", "label": "Ricorda", "from": ["aperto"], "to": "aperto", "roles": ["system"], "actions": [ { "type": "notify", "to": "owner", "template": "promemoria" } ] }
              ],
              "timers": [ { "id": "promemoria", "state": "aperto", "at": { "relativeTo": "dueDate", "offset": "-P7D" }, "repeat": "P7D", "trigger": "ricorda" } ] }
          ]
        }
        """;

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);

    private static IReadOnlyList<string> Check(string json) => WorkflowValidator.Validate(WorkflowDefinitionReader.Parse(json), "prova.json", Vocabulary);

    [Fact]
    public void A_sound_definition_has_no_problems_and_reads_back_whole()
    {
        Assert.Empty(Check(Valid));
        var definition = WorkflowDefinitionReader.Parse(Valid);
        var person = definition.Machine("anno.persona")!;
        Assert.True(person.Trigger("ricorda")!.IsInternal);
        Assert.False(person.Trigger("fai")!.IsInternal);
        Assert.Equal(TimeSpan.FromDays(-7), person.Timers[0].At.OffsetSpan);
        Assert.Equal(TimeSpan.FromDays(7), person.Timers[0].RepeatEvery);
        Assert.Equal(["anno.persona"], definition.Machine("anno")!.ChildMachines);
    }

    [Theory]
    [InlineData("\"guard\": \"allChildrenIn:fatto\"", "\"guard\": \"tuttiFatti\"", "prova.json: machines «anno» triggers «verifica»: condizione «tuttiFatti» sconosciuta")]
    [InlineData("\"to\": \"chiuso\"", "\"to\": \"archiviato\"", "prova.json: machines «anno» triggers «verifica»: lo stato di arrivo «archiviato» non esiste.")]
    [InlineData("\"from\": [\"in_corso\"], \"to\": \"chiuso\"", "\"from\": [\"bozza\"], \"to\": \"bozza\"", "prova.json: machines «anno» states «chiuso»: stato irraggiungibile dallo stato iniziale.")]
    [InlineData("\"trigger\": \"ricorda\" }", "\"trigger\": \"fai\" }", "prova.json: machines «anno.persona» timers «promemoria»: il trigger «fai» deve ammettere il ruolo «system»")]
    [InlineData("\"state\": \"aperto\", \"at\"", "\"state\": \"fatto\", \"at\"", "prova.json: machines «anno.persona» timers «promemoria»: il trigger «ricorda» non parte dallo stato «fatto».")]
    [InlineData("\"offset\": \"-P7D\"", "\"offset\": \"sette giorni\"", "prova.json: machines «anno.persona» timers «promemoria»: scostamento «sette giorni» non valido")]
    [InlineData("\"relativeTo\": \"dueDate\"", "\"relativeTo\": \"natale\"", "prova.json: machines «anno.persona» timers «promemoria»: data «natale» sconosciuta")]
    [InlineData("\"repeat\": \"P7D\"", "\"repeat\": \"-P7D\"", "prova.json: machines «anno.persona» timers «promemoria»: ripetizione «-P7D» non valida")]
    [InlineData("\"template\": \"invito\"", "\"template\": \"benvenuto\"", "prova.json: machines «anno.persona» onStart «notify»: modello email «benvenuto» inesistente")]
    [InlineData("\"to\": \"owner\", \"template\": \"invito\"", "\"to\": \"role:Sindaco\", \"template\": \"invito\"", "prova.json: machines «anno.persona» onStart «notify»: «to» deve essere «owner», «reviewer» o «role:<ruolo>», non «role:Sindaco».")]
    [InlineData("\"roles\": [\"owner\"]", "\"roles\": [\"Sindaco\"]", "prova.json: machines «anno.persona» triggers «fai»: ruolo «Sindaco» sconosciuto")]
    [InlineData("\"requires\": [\"deliberation\"], ", "", "prova.json: machines «anno» triggers «verifica» actions «recordDeliberation»: il trigger che registra la delibera deve richiederla")]
    [InlineData("\"for\": \"directors\"", "\"for\": \"tutti\"", "prova.json: machines «anno» states «in_corso» onEntry «startChildren»: insieme di persone «tutti» sconosciuto")]
    [InlineData("\"operation\": \"lockPlan\"", "\"operation\": \"cancellaTutto\"", "prova.json: machines «anno» triggers «verifica» actions «run»: operazione «cancellaTutto» sconosciuta")]
    [InlineData("\"trigger\": \"verifica\"", "\"trigger\": \"chiudi\"", "prova.json: machines «anno.persona» triggers «fai» actions «fireParent»: il trigger «chiudi» non esiste nella macchina madre.")]
    [InlineData("\"initial\": \"bozza\"", "\"initial\": \"inizio\"", "prova.json: machines «anno» initial: lo stato iniziale «inizio» non esiste.")]
    public void Each_mistake_is_named_with_file_and_element(string find, string replace, string expected)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        var problems = Check(Valid.Replace(find, replace, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_json_names_its_line()
    {
        var failure = Assert.Throws<FormatException>(() => WorkflowDefinitionReader.Parse("{\n \"phase\": \"prova\",\n \"version\": uno\n}"));
        Assert.StartsWith("JSON non valido alla riga 3", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P7D", 7 * 24)]
    [InlineData("-P7D", -7 * 24)]
    [InlineData("PT12H", 12)]
    [InlineData("P1DT6H", 30)]
    public void Offsets_are_iso_durations_negative_before_the_date(string text, int hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), RelativeTime.ParseDuration(text));

    [Fact]
    public void Named_dates_are_at_eight_in_rome_summer_and_winter()
    {
        Assert.Equal(new DateTime(2024, 1, 31, 7, 0, 0, DateTimeKind.Utc), WorkflowInstance.AtOfficeHours(new DateOnly(2024, 1, 31)));
        Assert.Equal(new DateTime(2024, 7, 15, 6, 0, 0, DateTimeKind.Utc), WorkflowInstance.AtOfficeHours(new DateOnly(2024, 7, 15)));
        var time = new RelativeTime("dueDate", "-P5D");
        Assert.Equal(new DateTime(2024, 7, 10, 6, 0, 0, DateTimeKind.Utc), time.Resolve(DateTime.UtcNow, DateTime.UtcNow, new Dictionary<string, DateTime> { ["dueDate"] = WorkflowInstance.AtOfficeHours(new DateOnly(2024, 7, 15)) }));
        Assert.Null(time.Resolve(DateTime.UtcNow, DateTime.UtcNow, new Dictionary<string, DateTime>()));
    }

    [Property]
    public bool A_repeating_timer_after_downtime_fires_next_in_the_future_on_its_own_rhythm(int dueHours, int downtimeHours, int everyHours)
    {
        var due = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(Math.Abs(dueHours % 10_000));
        var every = TimeSpan.FromHours(1 + Math.Abs(everyHours % 500));
        var now = due.AddHours(Math.Abs(downtimeHours % 20_000));
        var next = WorkflowTimer.NextOccurrence(due, every, now);
        return next > now && next - every <= now && (next - due).Ticks % every.Ticks == 0;
    }

    [Fact]
    public void A_task_is_overdue_from_the_day_after_its_due_date_until_closed()
    {
        var instance = new WorkflowInstance("prova", 1, "anno", 2024, null, null, null, null, "bozza", DateTime.UtcNow);
        var task = new UserTask(instance, "bozza", null, "Administrator", "Fare", new DateOnly(2024, 4, 15), DateTime.UtcNow);
        Assert.False(task.IsOverdue(new DateOnly(2024, 4, 15)));
        Assert.True(task.IsOverdue(new DateOnly(2024, 4, 16)));
        task.Close("prova", DateTime.UtcNow);
        Assert.False(task.IsOverdue(new DateOnly(2024, 4, 16)));
        Assert.Throws<ArgumentException>(() => new UserTask(instance, "bozza", "u1", "Administrator", "Fare", null, DateTime.UtcNow));
    }
}
