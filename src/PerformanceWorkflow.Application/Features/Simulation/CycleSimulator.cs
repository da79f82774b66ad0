using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Reporting;
using PerformanceWorkflow.Application.Features.Rewards;
using PerformanceWorkflow.Domain.Reporting;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Plan.Demo;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Users;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Security;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Simulation;

/// <summary>What to rehearse: a year of a plan (the reference PIAO unless a file is given), with a seed for the people.</summary>
internal sealed record SimulationRequest(int Year, string OutDirectory, int Seed = 1, string? DatabasePath = null, string? PlanFile = null, string? StaffFile = null);

/// <summary>The emails of the year by kind, as counted from the files the pickup transport wrote.</summary>
internal sealed record EmailCounts(int Task, int Reminder, int Escalation, int SentBack, int Report, int Evaluation, int Relazione, int Hr, int Other)
{
    [JsonIgnore]
    public int Total => Task + Reminder + Escalation + SentBack + Report + Evaluation + Relazione + Hr + Other;

    /// <summary>The kind of an email, from the template it was written from.</summary>
    public static string KindOf(string template) => template switch
    {
        _ when template.StartsWith("valutazione-", StringComparison.Ordinal) => "evaluation",
        "rendicontazione-punteggi" => "hr",
        _ when template.StartsWith("rendicontazione-", StringComparison.Ordinal) => "relazione",
        _ when template.EndsWith("-invito", StringComparison.Ordinal) => "task",
        _ when template.EndsWith("-promemoria", StringComparison.Ordinal) => "reminder",
        "monitoraggio-sollecito" => "escalation",
        "monitoraggio-rimandata" => "sentBack",
        "monitoraggio-chiuso" => "report",
        _ => "other",
    };

    /// <summary>Counts the .eml files of a folder by their template header.</summary>
    public static EmailCounts FromDirectory(string directory)
    {
        var kinds = (Directory.Exists(directory) ? Directory.GetFiles(directory, "*.eml") : [])
            .Select(f => KindOf(MimeMessage.Load(f).Headers[OutboxSender.TemplateHeader] ?? string.Empty))
            .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new EmailCounts(kinds.GetValueOrDefault("task"), kinds.GetValueOrDefault("reminder"), kinds.GetValueOrDefault("escalation"),
            kinds.GetValueOrDefault("sentBack"), kinds.GetValueOrDefault("report"), kinds.GetValueOrDefault("evaluation"), kinds.GetValueOrDefault("relazione"), kinds.GetValueOrDefault("hr"), kinds.GetValueOrDefault("other"));
    }
}

/// <summary>The valutazione of the rehearsed year: forms, how many became final, negative proposals, conciliations.</summary>
internal sealed record EvaluationCounts(int Forms, int Final, int Negative, int Conciliations, int ChangedByConciliation);

/// <summary>The Relazione of the rehearsed year: its files (relative to the output folder) and its dates.</summary>
internal sealed record RelazioneSummary(string? Docx, string? Pdf, DateTime? ApprovedAt, DateTime? DeliberatedAt, DateTime? ValidatedAt);

/// <summary>The bonuses paid: the pools' total budget, what was paid, how many people received something.</summary>
internal sealed record BonusSummary(decimal Pools, decimal Paid, int People);

/// <summary>What a rehearsal produced (written as <c>summary.json</c>).</summary>
internal sealed record SimulationSummary(int Rounds, int Tasks, EmailCounts Emails, int Submissions, int Validations, int SentBack, int TargetRevisions, double? OrganizationPercent, EvaluationCounts Evaluations, RelazioneSummary Relazione, BonusSummary Bonus)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}

/// <summary>A clock the rehearsal moves by hand: every service reads the time from it.</summary>
internal sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => ItalianFormat.TimeZone;

    /// <summary>Sets the clock to a day at an hour in Rome.</summary>
    public void Set(DateOnly day, int hour) =>
        Now = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, 0)), ItalianFormat.TimeZone), TimeSpan.Zero);
}

/// <summary>
/// Rehearses a whole year of the cycle on a simulated clock against a fresh database: the assignment accepted and
/// deliberated, the rounds opened by the real job on their dates, owners who fill their schede (some late, some sent
/// back, a target revision asked and approved), reminders and escalations from the real timers, the segretario who
/// validates, the consuntivo and the scores — with every email written to <c>mail/</c>. Deterministic for a seed.
/// </summary>
internal sealed class CycleSimulator
{
    private readonly SimulationRequest request;
    private readonly SimulatedClock clock;
    private readonly ServiceProvider services;
    private readonly Random random;
    private readonly Action<string> progress;
    private readonly Dictionary<int, DateOnly> submitOn = [];
    private readonly Dictionary<int, DateOnly> validateOn = [];
    private readonly HashSet<int> sentBack = [];
    private readonly Dictionary<string, DateOnly> assignmentActions = new(StringComparer.Ordinal);
    private readonly HashSet<int> roundsSeen = [];
    private bool revisionAsked;
    private bool anySentBack;
    private bool appraisalStarted;
    private bool deliberationFirst;
    private int conciliationsDecided;
    private readonly Dictionary<(int Instance, string State), DateOnly> appraisalDue = [];

    private CycleSimulator(SimulationRequest request, SimulatedClock clock, ServiceProvider services, Action<string> progress)
    {
        this.request = request;
        this.clock = clock;
        this.services = services;
        this.progress = progress;
        random = new Random(request.Seed);
    }

    private string MailDirectory => Path.Combine(request.OutDirectory, "mail");

    public static async Task<SimulationSummary> RunAsync(SimulationRequest request, Action<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Directory.CreateDirectory(request.OutDirectory);
        var database = request.DatabasePath ?? Path.Combine(request.OutDirectory, "simulazione.db");
        if (request.DatabasePath is null)
        {
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
        else if (File.Exists(database))
        {
            throw new InvalidOperationException($"Il database «{database}» esiste già: la simulazione lavora su un database nuovo, per non toccare dati veri.");
        }

        var mail = Path.Combine(request.OutDirectory, "mail");
        if (Directory.Exists(mail))
        {
            Directory.Delete(mail, recursive: true);
        }

        var clock = new SimulatedClock(DateTimeOffset.MinValue);
        clock.Set(new DateOnly(request.Year, 1, 2), 9);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DemoData:ImportReferencePlanOnEmptyDatabase"] = "false",
            ["Email:Transport"] = nameof(EmailTransport.PickupDirectory),
            ["Email:PickupDirectory"] = mail,
        }).Build();
        var collection = new ServiceCollection().AddLogging();
        collection.AddPerformanceWorkflow(configuration, request.OutDirectory, database);
        collection.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        await using var services = collection.BuildServiceProvider(validateScopes: true);
        var simulator = new CycleSimulator(request, clock, services, progress ?? (_ => { }));
        try
        {
            return await simulator.RunYearAsync(cancellationToken);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private async Task<SimulationSummary> RunYearAsync(CancellationToken cancellationToken)
    {
        var year = request.Year;
        await InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
            var (content, name) = request.PlanFile is { } file ? (await File.ReadAllBytesAsync(file, cancellationToken), Path.GetFileName(file)) : (DemoPlanSeeder.ReferenceDocument(), DemoPlanSeeder.FileName);
            var imported = await sp.GetRequiredService<ImportPlanHandler>().ImportAsync(new ImportRequest(content, name, false, null, "simulazione"), cancellationToken);
            if (imported.Changes is null)
            {
                throw new InvalidOperationException("Il piano non si importa: " + string.Join(" ", imported.Summary.Errors.Select(e => e.Message)));
            }

            if (!await sp.GetRequiredService<AppDbContext>().ObjectiveAssignments.AnyAsync(a => a.Year == year, cancellationToken))
            {
                throw new InvalidOperationException($"Il piano non ha obiettivi assegnati per il {year}.");
            }

            await sp.GetRequiredService<DemoUsersSeeder>().SeedAsync(cancellationToken);
            await EnsureLeadersAsync(sp, cancellationToken);
            return 0;
        });
        progress($"Piano {year} importato; inizio della simulazione.");

        var last = new DateOnly(year + 1, 9, 30);
        for (var day = new DateOnly(year, 1, 2); day <= last; day = day.AddDays(1))
        {
            clock.Set(day, 9);
            await JobsAsync(cancellationToken);
            clock.Set(day, 11);
            await AssignmentAsync(day, cancellationToken);
            await OwnersAsync(day, cancellationToken);
            await SecretaryAsync(day, cancellationToken);
            await CausesAsync(day, cancellationToken);
            await AppraisalAsync(day, cancellationToken);
            await RendicontazioneAsync(day, cancellationToken);
            clock.Set(day, 17);
            await JobsAsync(cancellationToken);
            if (await FinishedAsync(cancellationToken))
            {
                progress($"Ciclo concluso il {ItalianFormat.Date(day)}.");
                break;
            }
        }

        var summary = await SummaryAsync(cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(request.OutDirectory, "summary.json"), JsonSerializer.Serialize(summary, SimulationSummary.Json), cancellationToken);
        return summary;
    }

    /// <summary>What the service's recurring jobs do: open due rounds, fire due timers (emails go out inline).</summary>
    private Task<int> JobsAsync(CancellationToken cancellationToken) => InScopeAsync(async sp =>
    {
        var opened = await sp.GetRequiredService<RoundOpeningJobs>().OpenDueRoundsAsync(cancellationToken);
        if (opened > 0)
        {
            progress($"{ItalianFormat.DateTime(clock.Now.UtcDateTime)}: aperti {opened} round.");
        }

        await sp.GetRequiredService<WorkflowEngine>().FireDueTimersAsync(cancellationToken);
        await sp.GetRequiredService<OutboxSender>().SendPendingAsync(cancellationToken);
        return 0;
    });

    /// <summary>Every department needs a dirigente for the assignment to start: a plan from a file gets simulated ones.</summary>
    private static async Task EnsureLeadersAsync(IServiceProvider sp, CancellationToken cancellationToken)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var position = 0;
        foreach (var department in await db.Departments.Where(d => d.DirectorId == null).OrderBy(d => d.Position).ToListAsync(cancellationToken))
        {
            position++;
            var user = new AppUser { UserName = $"sim.dirigente.{position}", FullName = $"Dirigente simulato {position}", Email = $"sim.dirigente.{position}@comune.example", EmailConfirmed = true };
            var created = await users.CreateAsync(user, DemoUsersSeeder.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, Roles.Director);
            department.AssignDirector(user.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<Actor> ActorAsync(IServiceProvider sp, string userNameOrId, CancellationToken cancellationToken) =>
        await sp.GetRequiredService<ActorLoader>().LoadUserAsync(userNameOrId, cancellationToken) ?? throw new InvalidOperationException(userNameOrId);

    private static async Task<WorkflowResult> FireAsync(IServiceProvider sp, int instance, string trigger, Actor actor, FireInput? input, CancellationToken cancellationToken)
    {
        var result = await sp.GetRequiredService<WorkflowEngine>().FireAsync(instance, trigger, actor, input ?? FireInput.None, cancellationToken);
        return result.Succeeded ? result : throw new InvalidOperationException($"Simulazione: «{trigger}» sulla pratica {instance} non riuscito: {result.Message}");
    }

    /// <summary>
    /// January: the administrator sends the objectives; one director asks for changes and accepts after the answer, one
    /// is late and gets the reminder, the others accept; then the deliberation locks the plan.
    /// </summary>
    private Task<int> AssignmentAsync(DateOnly day, CancellationToken cancellationToken) => InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var engine = sp.GetRequiredService<WorkflowEngine>();
        var admin = await ActorAsync(sp, "amministratore", cancellationToken);
        var yearKey = WorkflowInstance.KeyOf("assegnazione", request.Year, null, null);
        var root = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.SubjectKey == yearKey, cancellationToken);
        var start = new DateOnly(request.Year, 1, 8);
        if (root is null)
        {
            if (day >= start)
            {
                var started = await engine.StartAsync("assegnazione", request.Year, null, admin, cancellationToken);
                await FireAsync(sp, started.InstanceId!.Value, "avvia", admin, null, cancellationToken);
                progress($"{ItalianFormat.Date(day)}: obiettivi inviati ai dirigenti.");
            }

            return 0;
        }

        if (root.State == WorkflowNames.States.ToDeliberate)
        {
            await FireAsync(sp, root.Id, "delibera", admin, new FireInput(null, new Deliberation("12", day)), cancellationToken);
            progress($"{ItalianFormat.Date(day)}: delibera di Giunta n. 12, piano bloccato.");
            return 0;
        }

        var children = await db.WorkflowInstances.AsNoTracking().Where(i => i.ParentId == root.Id).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        for (var index = 0; index < children.Count; index++)
        {
            var child = children[index];
            var owner = await ActorAsync(sp, child.OwnerId!, cancellationToken);
            var key = child.OwnerId!;
            if (!assignmentActions.TryGetValue(key, out var when))
            {
                // The first asks for changes, the second answers late (after the reminder), the others within days.
                when = index switch { 0 => start.AddDays(2), 1 => start.AddDays(9), _ => start.AddDays(1 + random.Next(1, 5)) };
                assignmentActions[key] = when;
            }

            if (day < when)
            {
                continue;
            }

            switch (child.State)
            {
                case "inviato" when index == 0 && !assignmentActions.ContainsKey(key + ":asked"):
                    await FireAsync(sp, child.Id, "chiedi_modifiche", owner, new FireInput("Il target dell'indicatore sulla digitalizzazione va ridotto: il fornitore ha rinviato il rilascio."), cancellationToken);
                    assignmentActions[key + ":asked"] = day;
                    break;
                case "modifiche_richieste":
                    await FireAsync(sp, child.Id, "rispondi", admin, new FireInput("Target confermato: il rinvio sarà gestito con una revisione in corso d'anno, se necessario."), cancellationToken);
                    assignmentActions[key] = day.AddDays(2);
                    break;
                case "inviato":
                    await FireAsync(sp, child.Id, "accetta", owner, null, cancellationToken);
                    break;
            }
        }

        return 0;
    });

    /// <summary>The owners of indicators: each scheda is filled on a day chosen by the seed, some after the deadline.</summary>
    private Task<int> OwnersAsync(DateOnly day, CancellationToken cancellationToken) => InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var schede = await db.WorkflowInstances.AsNoTracking()
            .Where(i => WorkflowNames.SubmissionMachines.Contains(i.Machine) && i.Year == request.Year && i.State == WorkflowNames.States.ToFill)
            .OrderBy(i => i.Round).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        foreach (var (scheda, index) in schede.Select((s, i) => (s, i)))
        {
            var round = await db.MonitoringRounds.AsNoTracking().SingleAsync(r => r.Year == scheda.Year && r.Number == scheda.Round, cancellationToken);
            roundsSeen.Add(round.Number);
            if (!submitOn.TryGetValue(scheda.Id, out var when))
            {
                // One owner per round is late on purpose; the others mostly on time.
                var late = index == round.Number % Math.Max(1, schede.Count(s => s.Round == round.Number)) || random.NextDouble() < 0.15;
                when = late ? round.DueDate.AddDays(random.Next(2, 9)) : round.DueDate.AddDays(-random.Next(1, 8));
                if (when <= round.ReferenceDate)
                {
                    when = round.ReferenceDate.AddDays(1);
                }

                submitOn[scheda.Id] = when;
            }

            var owner = await ActorAsync(sp, scheda.OwnerId!, cancellationToken);
            var forms = sp.GetRequiredService<SubmissionService>();
            if (!revisionAsked && round.Kind == RoundKind.Monitoring && round.Number >= 2 && day >= when.AddDays(-1))
            {
                await AskRevisionAsync(forms, scheda.Id, owner, cancellationToken);
            }

            if (day < when)
            {
                continue;
            }

            await SubmitAsync(forms, scheda.Id, owner, round, cancellationToken);
        }

        return 0;
    });

    private async Task AskRevisionAsync(SubmissionService forms, int scheda, Actor owner, CancellationToken cancellationToken)
    {
        var view = await forms.LoadAsync(scheda, owner, cancellationToken) ?? throw new InvalidOperationException("Scheda non trovata.");
        var candidate = view.Rows.FirstOrDefault(r => r.Indicator.Kind != IndicatorKind.Activity && r.Indicator.Target.IsScorable && r.Indicator.Target.Threshold > 0)
            ?? view.Rows.FirstOrDefault(r => r.Indicator.Target.IsScorable);
        if (candidate is null)
        {
            return;
        }

        var target = candidate.Indicator.Target;
        var proposed = target.Measure == TargetMeasure.ActivityScale ? "4" : target.Text.Replace(ItalianFormat.Number(target.Threshold!.Value), ItalianFormat.Number(Math.Round(target.Threshold.Value * 0.8m, 2)), StringComparison.Ordinal);
        var result = await forms.RequestRevisionAsync(scheda, owner, candidate.Indicator.IndicatorId, proposed, "Risorse ridotte dopo il pensionamento di due addetti: il target originario non è più raggiungibile.", cancellationToken);
        revisionAsked = result.Saved;
        progress(result.Message);
    }

    private async Task SubmitAsync(SubmissionService forms, int scheda, Actor owner, MonitoringRound round, CancellationToken cancellationToken)
    {
        var view = await forms.LoadAsync(scheda, owner, cancellationToken) ?? throw new InvalidOperationException("Scheda non trovata.");
        var typed = view.Rows.ToDictionary(r => r.Indicator.IndicatorId, r => Value(r.Indicator, round));
        var result = await forms.SaveAsync(scheda, owner, typed, view.Revision, submit: true, cancellationToken);
        if (!result.Submitted && result.Errors.Count > 0)
        {
            // Values behind what was expected need the cause: the owner writes it and sends again.
            foreach (var indicator in result.Errors.Keys.Where(typed.ContainsKey).ToList())
            {
                typed[indicator] = typed[indicator] with { Note = "Scostamento dovuto al rinvio del fornitore e alla carenza di personale nel periodo." };
            }

            view = await forms.LoadAsync(scheda, owner, cancellationToken) ?? throw new InvalidOperationException("Scheda non trovata.");
            result = await forms.SaveAsync(scheda, owner, typed, view.Revision, submit: true, cancellationToken);
        }

        if (!result.Submitted)
        {
            throw new InvalidOperationException($"Simulazione: la scheda {scheda} non si invia: {result.Message} {string.Join(" ", result.Errors.Values)}");
        }
    }

    /// <summary>A plausible value: activities progress through the year, numbers around their target.</summary>
    private TypedValue Value(UnitIndicatorValue indicator, MonitoringRound round)
    {
        var target = indicator.Target;
        if (indicator.Kind == IndicatorKind.Informational)
        {
            return new TypedValue(random.NextDouble() < 0.5 ? ItalianFormat.Number(random.Next(1, 500)) : null, null, null, null);
        }

        if (indicator.Kind == IndicatorKind.Activity || target.Measure == TargetMeasure.ActivityScale)
        {
            var value = round.Kind == RoundKind.Final ? random.Next(3, 6) : Math.Min(5, random.Next(0, 3) + round.Number);
            return new TypedValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, null);
        }

        var threshold = target.Threshold ?? 1m;
        decimal number;
        if (threshold <= 0)
        {
            number = threshold + random.Next(-3, 3);
        }
        else
        {
            var factor = target.Direction == TargetDirection.LowerIsBetter ? 0.8 + (random.NextDouble() * 0.5) : 0.7 + (random.NextDouble() * 0.45);
            number = Math.Round(threshold * (decimal)factor, 2);
        }

        if (target.Measure is TargetMeasure.Percent)
        {
            number = Math.Clamp(number, 0m, 100m);
        }

        if (indicator.IsRatio)
        {
            var denominator = random.Next(20, 200);
            var numerator = Math.Round(number * denominator / 100m, 0);
            return new TypedValue(null, ItalianFormat.Number(numerator), ItalianFormat.Number(denominator), null);
        }

        return new TypedValue(ItalianFormat.Number(Math.Max(target.Measure is TargetMeasure.Hours or TargetMeasure.Euro ? 0m : number, number)), null, null, null);
    }

    /// <summary>The segretario: validates each scheda within days, sends a few back, approves the revision, closes the year.</summary>
    private Task<int> SecretaryAsync(DateOnly day, CancellationToken cancellationToken) => InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var secretary = await ActorAsync(sp, "segretario", cancellationToken);
        var revisions = await db.WorkflowInstances.AsNoTracking().Where(i => i.Machine == WorkflowNames.Machines.TargetRevision && i.State == WorkflowNames.States.Requested).ToListAsync(cancellationToken);
        foreach (var revision in revisions.Where(r => ItalianFormat.DayOf(r.StartedAtUtc) < day))
        {
            await FireAsync(sp, revision.Id, "approva", secretary, null, cancellationToken);
        }

        var submitted = await db.WorkflowInstances.AsNoTracking()
            .Where(i => WorkflowNames.SubmissionMachines.Contains(i.Machine) && i.Year == request.Year && i.State == WorkflowNames.States.Submitted).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        foreach (var scheda in submitted)
        {
            if (!validateOn.TryGetValue(scheda.Id, out var when))
            {
                when = day.AddDays(random.Next(1, 4));
                validateOn[scheda.Id] = when;
            }

            if (day < when)
            {
                continue;
            }

            validateOn.Remove(scheda.Id);
            if (!sentBack.Contains(scheda.Id) && (!anySentBack || random.NextDouble() < 0.12))
            {
                await FireAsync(sp, scheda.Id, "rimanda", secretary, new FireInput("Il valore del primo indicatore non torna con il report allegato: verificarlo e inviare di nuovo."), cancellationToken);
                sentBack.Add(scheda.Id);
                anySentBack = true;
                submitOn[scheda.Id] = day.AddDays(2);
                continue;
            }

            await FireAsync(sp, scheda.Id, "valida", secretary, null, cancellationToken);
        }

        var final = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Machine == WorkflowNames.Machines.Measurement && i.Year == request.Year && i.State == WorkflowNames.States.Computing, cancellationToken);
        if (final is not null)
        {
            var engine = sp.GetRequiredService<WorkflowEngine>();
            var result = await engine.FireAsync(final.Id, "prendi_atto", secretary, FireInput.None, cancellationToken);
            if (result.Succeeded)
            {
                progress($"{ItalianFormat.Date(day)}: misurazione conclusa.");
            }
        }

        return 0;
    });

    /// <summary>After the consuntivo: each owner asked for causes of deviation writes them within days and sends them.</summary>
    private Task<int> CausesAsync(DateOnly day, CancellationToken cancellationToken) => InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var requests = await db.WorkflowInstances.AsNoTracking().Where(i => i.Machine == WorkflowNames.Machines.DeviationCauses && i.Year == request.Year && i.State == WorkflowNames.States.ToFill).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        foreach (var instance in requests)
        {
            var key = (instance.Id, instance.State);
            if (!appraisalDue.TryGetValue(key, out var when))
            {
                appraisalDue[key] = day.AddDays(random.Next(2, 10));
                continue;
            }

            if (day < when)
            {
                continue;
            }

            appraisalDue.Remove(key);
            var owner = await ActorAsync(sp, instance.OwnerId!, cancellationToken);
            var forms = sp.GetRequiredService<DeviationCauseService>();
            var view = await forms.LoadAsync(instance.Id, owner, cancellationToken) ?? throw new InvalidOperationException($"Simulazione: cause {instance.Id} non visibili.");
            var typed = view.Rows.ToDictionary(r => r.IndicatorId, r => ((string?)(r.Percent < 50
                ? "Attività avviata in ritardo per la carenza di personale nell'ufficio."
                : "Risultato parziale: parte delle attività è slittata all'anno successivo."), (string?)"Riprogrammazione nel piano del nuovo anno e affiancamento di personale da altri uffici."));
            var (_, sent, message) = await forms.SaveAsync(instance.Id, owner, typed, send: true, cancellationToken);
            if (!sent)
            {
                throw new InvalidOperationException($"Simulazione: cause {instance.Id} non inviate: {message}");
            }
        }

        return 0;
    });

    /// <summary>
    /// After the consuntivo: the staff (the file given, or ~40 people generated for the plan, each with an account) is
    /// imported, the valutazione opened; evaluators assign objectives and propose on days chosen by the seed (some
    /// proposals negative, heard in a contraddittorio), people acknowledge, some ask for conciliation, the body decides
    /// (sometimes changing the score), the rest becomes final when the deadline passes; then the year is closed.
    /// </summary>
    private Task<int> AppraisalAsync(DateOnly day, CancellationToken cancellationToken) => InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var year = request.Year;
        if (!appraisalStarted)
        {
            if (!await db.WorkflowInstances.AnyAsync(i => i.Machine == WorkflowNames.Machines.Measurement && i.Year == year && i.State == WorkflowNames.States.Concluded, cancellationToken))
            {
                return 0;
            }

            await StaffAsync(sp, cancellationToken);
            var admin = Actor.System("simulazione");
            var engine = sp.GetRequiredService<WorkflowEngine>();
            var started = await engine.StartAsync("valutazione", year, null, admin, cancellationToken);
            var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Machine == WorkflowNames.Machines.Appraisal && i.Year == year, cancellationToken);
            var opened = await engine.FireAsync(instance.Id, "avvia", await ActorAsync(sp, "amministratore", cancellationToken), FireInput.None, cancellationToken);
            if (!started.Succeeded || !opened.Succeeded)
            {
                throw new InvalidOperationException($"Simulazione: la valutazione non si apre: {started.Message} {opened.Message}");
            }

            appraisalStarted = true;
            progress($"{ItalianFormat.Date(day)}: valutazione aperta.");
            return 0;
        }

        var forms = await db.AppraisalForms.AsNoTracking().Include(f => f.Instance).Where(f => f.Year == year && f.Instance.State != WorkflowNames.States.Final).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        if (forms.Count == 0)
        {
            var coordinator = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Machine == WorkflowNames.Machines.Appraisal && i.Year == year, cancellationToken);
            if (coordinator.State == WorkflowNames.States.InProgress)
            {
                await FireAsync(sp, coordinator.Id, "chiudi", await ActorAsync(sp, "amministratore", cancellationToken), null, cancellationToken);
                progress($"{ItalianFormat.Date(day)}: valutazione conclusa.");
            }

            return 0;
        }

        var service = sp.GetRequiredService<AppraisalService>();
        var staffStillOpen = forms.Count(f => f.Instance.Machine == WorkflowNames.Machines.AppraisalForm && f.ProposedAtUtc is null);
        foreach (var form in forms)
        {
            var instance = form.Instance;
            var key = (instance.Id, instance.State);
            if (!appraisalDue.TryGetValue(key, out var when))
            {
                // The Nucleo proposes the dirigenti's forms after they have evaluated their staff (their differentiation).
                var waitForStaff = instance.Machine == WorkflowNames.Machines.DirectorAppraisalForm && instance.State == WorkflowNames.States.Evaluating && staffStillOpen > 0;
                when = waitForStaff ? DateOnly.MaxValue : day.AddDays(random.Next(1, 6));
                if (!waitForStaff)
                {
                    appraisalDue[key] = when;
                }
            }

            if (day < when)
            {
                continue;
            }

            appraisalDue.Remove(key);
            var byBody = instance.Machine == WorkflowNames.Machines.DirectorAppraisalForm;
            var evaluator = byBody ? await ActorAsync(sp, "nucleo", cancellationToken) : await ActorAsync(sp, form.EvaluatorUserId!, cancellationToken);
            var person = instance.OwnerId is { } owner ? await ActorAsync(sp, owner, cancellationToken) : await ActorAsync(sp, "amministratore", cancellationToken);
            async Task Step(Actor actor, AppraisalDraft draft, string? step, string? comment = null)
            {
                var view = await service.LoadAsync(instance.Id, actor, cancellationToken) ?? throw new InvalidOperationException($"Simulazione: scheda {instance.Id} non visibile.");
                var result = await service.SaveAsync(instance.Id, actor, draft, view.Form.Revision, step, comment, null, cancellationToken);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Simulazione: «{step}» sulla scheda {instance.Id} non riuscito: {result.Message}");
                }
            }

            AppraisalDraft Evaluation(AppraisalView view, bool negative, int raise = 0) => new(
                [.. view.Objectives.Select(_ => new TypedObjective(null, null, (negative ? 20 + (raise * 30) : random.Next(70, 101)).ToString(System.Globalization.CultureInfo.InvariantCulture)))],
                view.Behaviours.ToDictionary(b => b.Definition.Code, _ => (string?)Math.Min(5, (negative ? 1 : random.Next(3, 6)) + raise).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Dictionary<string, string?>(), negative && raise == 0 ? "Obiettivi in gran parte non raggiunti." : "Lavoro svolto con impegno e risultati in linea con gli obiettivi.", null);

            switch (instance.State)
            {
                case "obiettivi":
                    await Step(evaluator, AppraisalDraft.Empty with { Objectives = [new("Rispetto dei tempi dei procedimenti", "60", null), new("Qualità degli atti e dei servizi", "40", null)] }, "assegna_obiettivi");
                    break;
                case "visione_obiettivi":
                    await Step(person, AppraisalDraft.Empty, "conferma_obiettivi");
                    break;
                case "in_valutazione":
                {
                    var view = (await service.LoadAsync(instance.Id, evaluator, cancellationToken))!;
                    var negative = !byBody && random.NextDouble() < 0.12;
                    await Step(evaluator, Evaluation(view, negative), AppraisalService.ProposeStep);
                    break;
                }

                case "contraddittorio":
                    await Step(person, AppraisalDraft.Empty, "deposita_osservazioni", "Chiedo di considerare il carico di lavoro straordinario dell'anno.");
                    break;
                case "esito_contraddittorio":
                {
                    var view = (await service.LoadAsync(instance.Id, evaluator, cancellationToken))!;
                    await Step(evaluator, Evaluation(view, negative: true), "conferma_proposta", "Sentito il valutato, confermo la proposta.");
                    break;
                }

                case "visione":
                    await Step(person, AppraisalDraft.Empty, "prendi_visione");
                    break;
                case "presa_visione":
                {
                    var negative = form.ProposedScore < 60;
                    if (negative || random.NextDouble() < 0.08)
                    {
                        await Step(person, AppraisalDraft.Empty, "chiedi_conciliazione", "Ritengo che la valutazione non tenga conto delle condizioni in cui ho lavorato.");
                    }
                    else if (random.NextDouble() < 0.5)
                    {
                        await Step(person, AppraisalDraft.Empty, "rinuncia");
                    }
                    else
                    {
                        // He lets the deadline pass: the timer makes the form final.
                        appraisalDue[key] = DateOnly.MaxValue;
                    }

                    break;
                }

                case "conciliazione":
                {
                    var body = await ActorAsync(sp, byBody ? "segretario" : "nucleo", cancellationToken);
                    var view = (await service.LoadAsync(instance.Id, body, cancellationToken))!;
                    // Every other decision changes the score: both outcomes are rehearsed.
                    if (conciliationsDecided++ % 2 == 0)
                    {
                        await Step(body, Evaluation(view, negative: true, raise: 2), "modifica_esito", "Rivalutati gli obiettivi alla luce delle condizioni dell'anno.");
                    }
                    else
                    {
                        await Step(body, AppraisalDraft.Empty, "conferma_esito", "La valutazione è confermata: è motivata e coerente con i risultati.");
                    }

                    break;
                }
            }
        }

        return 0;
    });

    /// <summary>The staff to evaluate: the file given, or people generated for the plan, each with an account of his own.</summary>
    private async Task StaffAsync(IServiceProvider sp, CancellationToken cancellationToken)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var content = request.StaffFile is { } file
            ? await File.ReadAllBytesAsync(file, cancellationToken)
            : StaffGenerator.ToCsv(await StaffGenerator.ForPlanAsync(db, request.Seed, 5, [], cancellationToken));
        var imported = await sp.GetRequiredService<StaffImportHandler>().ImportAsync(new StaffImportRequest(content, request.StaffFile is null ? "personale.csv" : Path.GetFileName(request.StaffFile), false, "simulazione"), cancellationToken);
        if (!imported.Applied)
        {
            throw new InvalidOperationException("Il personale non si importa: " + string.Join(" ", imported.Messages.Where(m => m.Kind == ImportMessageKind.Error).Select(m => $"riga {m.Line}: {m.Message}")));
        }

        if (request.StaffFile is not null)
        {
            return;
        }

        var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        foreach (var person in await db.Staff.Where(s => s.UserId == null).OrderBy(s => s.Id).ToListAsync(cancellationToken))
        {
            var user = new AppUser { UserName = $"sim.{person.Matricola.ToLowerInvariant()}", FullName = person.FullName, Email = $"{person.Matricola.ToLowerInvariant()}@comune.example", EmailConfirmed = true };
            var created = await users.CreateAsync(user, DemoUsersSeeder.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, person.Group == Domain.Scoring.RoleGroup.UnitHead ? Roles.UnitHead : Roles.Employee);
            person.Update(person.LastName, person.FirstName, user.Email, person.Group, person.Area, person.DepartmentId, person.UnitId, person.EvaluatorMatricola, person.PartTimePercent, person.ServiceMonths, user.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// After the valutazione: the controllo di gestione generates the Relazione (Word, and PDF where LibreOffice is
    /// installed) into the output folder and proposes it; the segretario approves; the Giunta's deliberation and the
    /// Nucleo's validation follow in the order the seed draws; HR is told at the validation; the Relazione is published.
    /// </summary>
    private Task<int> RendicontazioneAsync(DateOnly day, CancellationToken cancellationToken) => InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var year = request.Year;
        if (!await db.WorkflowInstances.AnyAsync(i => i.Machine == WorkflowNames.Machines.Appraisal && i.Year == year && i.State == WorkflowNames.States.Concluded, cancellationToken))
        {
            return 0;
        }

        var engine = sp.GetRequiredService<WorkflowEngine>();
        var relazione = sp.GetRequiredService<RelazioneService>();
        var admin = await ActorAsync(sp, "amministratore", cancellationToken);
        var instance = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Machine == WorkflowNames.Machines.Reporting && i.Year == year, cancellationToken);
        if (instance is null)
        {
            var bonuses = sp.GetRequiredService<BonusService>();
            var (settings, _) = await bonuses.SettingsAsync(year, cancellationToken);
            await bonuses.SaveSettingsAsync(settings with { Pools = [new(RoleGroup.Director, 45_000m), new(RoleGroup.UnitHead, 12_500m), new(RoleGroup.Staff, 60_000m)], EqPositionBudget = 50_000m }, admin.Name, cancellationToken);
            var started = await engine.StartAsync("rendicontazione", year, null, admin, cancellationToken);
            var word = await relazione.GenerateAsync(year, admin.Name, cancellationToken);
            await File.WriteAllBytesAsync(Path.Combine(request.OutDirectory, $"relazione-{year}.docx"), word.Content, cancellationToken);
            await FireAsync(sp, started.InstanceId!.Value, "proponi", admin, null, cancellationToken);
            deliberationFirst = random.NextDouble() < 0.5;
            progress($"{ItalianFormat.Date(day)}: Relazione proposta al segretario.");
            return 0;
        }

        switch (instance.State)
        {
            case "in_approvazione":
                await FireAsync(sp, instance.Id, "approva", await ActorAsync(sp, "segretario", cancellationToken), null, cancellationToken);
                if (relazione.PdfAvailable)
                {
                    var (pdf, error) = await relazione.RenderPdfAsync(year, admin.Name, cancellationToken);
                    await File.WriteAllBytesAsync(Path.Combine(request.OutDirectory, $"relazione-{year}.pdf"), pdf?.Content ?? throw new InvalidOperationException(error), cancellationToken);
                }

                break;
            case "approvata" when deliberationFirst:
            case "validata":
                await relazione.UploadAsync(year, ReportDocumentKind.Deliberation, "delibera.pdf", "%PDF-1.4 delibera di Giunta (simulazione)"u8.ToArray(), admin.Name, cancellationToken);
                await FireAsync(sp, instance.Id, instance.State == WorkflowNames.States.Validated ? "delibera_dopo_validazione" : "delibera", admin,
                    new FireInput(null, new Deliberation((40 + random.Next(1, 60)).ToString(System.Globalization.CultureInfo.InvariantCulture), day)), cancellationToken);
                break;
            case "approvata":
            case "deliberata":
                var nucleo = await ActorAsync(sp, "nucleo", cancellationToken);
                await relazione.UploadAsync(year, ReportDocumentKind.Validation, "validazione.pdf", "%PDF-1.4 documento di validazione (simulazione)"u8.ToArray(), nucleo.Name, cancellationToken);
                await FireAsync(sp, instance.Id, instance.State == WorkflowNames.States.Deliberated ? "valida_dopo_delibera" : "valida", nucleo, null, cancellationToken);
                break;
            case "da_pubblicare":
                await FireAsync(sp, instance.Id, "pubblica", admin, null, cancellationToken);
                progress($"{ItalianFormat.Date(day)}: Relazione pubblicata.");
                break;
        }

        return 0;
    });

    private Task<bool> FinishedAsync(CancellationToken cancellationToken) => InScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().WorkflowInstances.AsNoTracking().AnyAsync(i => i.Machine == WorkflowNames.Machines.Reporting && i.Year == request.Year && i.State == WorkflowNames.States.Published, cancellationToken));

    private Task<SimulationSummary> SummaryAsync(CancellationToken cancellationToken) => InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var year = request.Year;
        var rounds = await db.WorkflowInstances.CountAsync(i => i.Year == year && WorkflowNames.RoundMachines.Contains(i.Machine) && i.State != WorkflowNames.States.Scheduled && i.State != WorkflowNames.States.ScheduledFinal, cancellationToken);
        var tasks = await db.UserTasks.CountAsync(t => t.Instance.Year == year, cancellationToken);
        var schede = db.WorkflowJournal.Where(j => j.Instance.Year == year && WorkflowNames.SubmissionMachines.Contains(j.Instance.Machine));
        var submissions = await schede.CountAsync(j => j.Trigger == "invia", cancellationToken);
        var validations = await schede.CountAsync(j => j.Trigger == "valida", cancellationToken);
        var back = await schede.CountAsync(j => j.Trigger == "rimanda", cancellationToken);
        var revisions = await db.TargetRevisions.CountAsync(r => r.Year == year, cancellationToken);
        var scores = sp.GetRequiredService<ScoreService>();
        var finalRound = (await scores.RoundsAsync(year, cancellationToken)).LastOrDefault(r => r.Kind == RoundKind.Final && r.HasValues);
        var percent = finalRound is null ? null : (await scores.GetAsync(year, finalRound.Id, cancellationToken)).Organization.Percent;
        var forms = db.AppraisalForms.AsNoTracking().Where(f => f.Year == year);
        var evaluations = new EvaluationCounts(
            await forms.CountAsync(cancellationToken),
            await forms.CountAsync(f => f.FinalAtUtc != null, cancellationToken),
            await db.WorkflowJournal.CountAsync(j => j.Instance.Year == year && j.Trigger == "proponi_negativa", cancellationToken),
            await forms.CountAsync(f => f.ConciliationRequestedAtUtc != null, cancellationToken),
            await forms.CountAsync(f => f.ConciliationChanged == true, cancellationToken));
        var relazione = await db.WorkflowInstances.AsNoTracking().Where(i => i.Machine == WorkflowNames.Machines.Reporting && i.Year == year).Select(i => i.Id).FirstOrDefaultAsync(cancellationToken);
        var steps = await db.WorkflowJournal.AsNoTracking().Where(j => j.InstanceId == relazione).Select(j => new { j.Trigger, j.AtUtc }).ToListAsync(cancellationToken);
        DateTime? At(Func<string, bool> trigger) => steps.Where(s => trigger(s.Trigger)).Select(s => (DateTime?)s.AtUtc).FirstOrDefault();
        string? File(string name) => System.IO.File.Exists(Path.Combine(request.OutDirectory, name)) ? name : null;
        var relazioneSummary = new RelazioneSummary(File($"relazione-{year}.docx"), File($"relazione-{year}.pdf"), At(t => t == "approva"), At(t => t.StartsWith("delibera", StringComparison.Ordinal)), At(t => t.StartsWith("valida", StringComparison.Ordinal)));
        var bonus = await sp.GetRequiredService<BonusService>().ComputeAsync(year, cancellationToken);
        var bonusSummary = new BonusSummary(bonus.Result.Pools.Sum(p => p.Budget), bonus.Result.Pools.Sum(p => p.Paid), bonus.Result.People.Count(p => p.Amount > 0));
        return new SimulationSummary(rounds, tasks, EmailCounts.FromDirectory(MailDirectory), submissions, validations, back, revisions, percent is { } p ? Math.Round(p, 2) : null, evaluations, relazioneSummary, bonusSummary);
    });
}
