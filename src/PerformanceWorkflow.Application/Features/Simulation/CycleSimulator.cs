using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;
using PerformanceWorkflow.Application.Data;
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
public sealed record SimulationRequest(int Year, string OutDirectory, int Seed = 1, string? DatabasePath = null, string? PlanFile = null);

/// <summary>The emails of the year by kind, as counted from the files the pickup transport wrote.</summary>
public sealed record EmailCounts(int Task, int Reminder, int Escalation, int SentBack, int Report, int Other)
{
    [JsonIgnore]
    public int Total => Task + Reminder + Escalation + SentBack + Report + Other;

    /// <summary>The kind of an email, from the template it was written from.</summary>
    public static string KindOf(string template) => template switch
    {
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
            kinds.GetValueOrDefault("sentBack"), kinds.GetValueOrDefault("report"), kinds.GetValueOrDefault("other"));
    }
}

/// <summary>What a rehearsal produced (written as <c>summary.json</c>).</summary>
public sealed record SimulationSummary(int Rounds, int Tasks, EmailCounts Emails, int Submissions, int Validations, int SentBack, int TargetRevisions, double? OrganizationPercent)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}

/// <summary>A clock the rehearsal moves by hand: every service reads the time from it.</summary>
public sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
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
public sealed class CycleSimulator
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

        var last = new DateOnly(year + 1, 3, 31);
        for (var day = new DateOnly(year, 1, 2); day <= last; day = day.AddDays(1))
        {
            clock.Set(day, 9);
            await JobsAsync(cancellationToken);
            clock.Set(day, 11);
            await AssignmentAsync(day, cancellationToken);
            await OwnersAsync(day, cancellationToken);
            await SecretaryAsync(day, cancellationToken);
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
        var opened = await sp.GetRequiredService<RoundOpening>().OpenDueRoundsAsync(cancellationToken);
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

        if (root.State == "da_deliberare")
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
            .Where(i => WorkflowHooks.SubmissionMachines.Contains(i.Machine) && i.Year == request.Year && i.State == "da_compilare")
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
        var revisions = await db.WorkflowInstances.AsNoTracking().Where(i => i.Machine == "monitoraggio.revisione" && i.State == "richiesta").ToListAsync(cancellationToken);
        foreach (var revision in revisions.Where(r => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(r.StartedAtUtc, ItalianFormat.TimeZone)) < day))
        {
            await FireAsync(sp, revision.Id, "approva", secretary, null, cancellationToken);
        }

        var submitted = await db.WorkflowInstances.AsNoTracking()
            .Where(i => WorkflowHooks.SubmissionMachines.Contains(i.Machine) && i.Year == request.Year && i.State == "inviata").OrderBy(i => i.Id).ToListAsync(cancellationToken);
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

        var final = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Machine == "misurazione" && i.Year == request.Year && i.State == "calcolo", cancellationToken);
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

    private Task<bool> FinishedAsync(CancellationToken cancellationToken) => InScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().WorkflowInstances.AsNoTracking().AnyAsync(i => i.Machine == "misurazione" && i.Year == request.Year && i.State == "conclusa", cancellationToken));

    private Task<SimulationSummary> SummaryAsync(CancellationToken cancellationToken) => InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var year = request.Year;
        var rounds = await db.WorkflowInstances.CountAsync(i => i.Year == year && WorkflowHooks.RoundMachines.Contains(i.Machine) && i.State != "programmato" && i.State != "programmata", cancellationToken);
        var tasks = await db.UserTasks.CountAsync(t => t.Instance.Year == year, cancellationToken);
        var schede = db.WorkflowJournal.Where(j => j.Instance.Year == year && WorkflowHooks.SubmissionMachines.Contains(j.Instance.Machine));
        var submissions = await schede.CountAsync(j => j.Trigger == "invia", cancellationToken);
        var validations = await schede.CountAsync(j => j.Trigger == "valida", cancellationToken);
        var back = await schede.CountAsync(j => j.Trigger == "rimanda", cancellationToken);
        var revisions = await db.TargetRevisions.CountAsync(r => r.Year == year, cancellationToken);
        var scores = sp.GetRequiredService<ScoreService>();
        var finalRound = (await scores.RoundsAsync(year, cancellationToken)).LastOrDefault(r => r.Kind == RoundKind.Final && r.HasValues);
        var percent = finalRound is null ? null : (await scores.GetAsync(year, finalRound.Id, cancellationToken)).Organization.Percent;
        return new SimulationSummary(rounds, tasks, EmailCounts.FromDirectory(MailDirectory), submissions, validations, back, revisions, percent is { } p ? Math.Round(p, 2) : null);
    });
}
