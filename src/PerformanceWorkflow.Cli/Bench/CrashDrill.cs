using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Workflows;

namespace PerformanceWorkflow.Cli.Bench;

/// <summary>The ledger of a crash drill: what was queued, what arrived, how often.</summary>
public sealed record CrashLedger(
    string Provider,
    int Kills,
    int Emails,
    int Delivered,
    int Lost,
    int Duplicates,
    int MaxDuplicatesPerKill,
    bool IntegrityOk,
    string Integrity,
    bool AuditOk,
    double Seconds);

/// <summary>
/// Kills the service with SIGKILL in the middle of a fan-out, again and again, and counts: every outbox row must arrive
/// at the loopback SMTP server (0 lost), and at most one message per kill twice (the one whose 250 came just before
/// the kill, before its line reached the delivery journal). Then the database's own integrity check and the audit
/// chain. `pw bench crash` runs it; the tests run a short one on SQLite and on PostgreSQL.
/// </summary>
public sealed class CrashDrill(string folder, Action<string> progress)
{
    public async Task<CrashLedger> RunAsync(DatabaseProvider provider, int kills, int emails, int seed, CancellationToken cancellationToken)
    {
        var dll = WebService.Locate() ?? throw new InvalidOperationException("Servizio non compilato: dotnet build src/PerformanceWorkflow.Web.");
        var watch = Stopwatch.StartNew();
        await using var cluster = provider == DatabaseProvider.PostgreSql ? await PostgresCluster.StartAsync(cancellationToken) : null;
        var file = Path.Combine(folder, $"crash-{provider.ToString().ToLowerInvariant()}.db");
        var connection = cluster is null ? file : await cluster.CreateDatabaseAsync("crash", cancellationToken);
        await using var smtp = await LoopbackSmtpSink.StartAsync(recordMessageIds: true);
        var settings = ServiceSettings(provider, cluster is null ? $"Data Source={file}" : connection, smtp.Port, Path.Combine(folder, "journal"));

        await using (var services = Open(connection, folder))
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
            await QueueAsync(scope.ServiceProvider, emails, cancellationToken);
        }

        progress($"{provider}: {emails} email in coda, {kills} arresti con SIGKILL");
        var random = new Random(seed);
        var perKill = new List<int>();
        for (var kill = 0; kill < kills; kill++)
        {
            var before = smtp.Count;
            var unique = smtp.MessageIds.Distinct(StringComparer.Ordinal).Count();
            var remaining = emails - unique;
            if (remaining <= 1)
            {
                progress("tutte consegnate prima dell'arresto: coda riempita di nuovo");
                await using var services = Open(connection, folder);
                await using var scope = services.CreateAsyncScope();
                await QueueAsync(scope.ServiceProvider, emails, cancellationToken);
                emails *= 2;
                remaining = emails - unique;
            }

            // A random moment inside the fan-out: after some of what is left, never all of it.
            var target = before + 1 + random.Next(Math.Max(1, remaining / (kills - kill + 1)));
            await using var service = await WebService.StartAsync(dll, file, jobs: true, cancellationToken, settings);
            var wait = Stopwatch.StartNew();
            while (smtp.Count < target && wait.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(1, cancellationToken);
            }

            await service.KillAsync();
            perKill.Add(smtp.Count);
            progress($"arresto {kill + 1}: {smtp.Count} ricevute");
        }

        // The last start: everything left goes out, including what the dead processes had claimed.
        await using (var service = await WebService.StartAsync(dll, file, jobs: true, cancellationToken, settings))
        {
            await using var services = Open(connection, folder);
            var wait = Stopwatch.StartNew();
            while (wait.Elapsed < TimeSpan.FromMinutes(5))
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                if (!await db.OutboxMessages.AnyAsync(m => m.Status != OutboxStatus.Sent, cancellationToken))
                {
                    break;
                }

                await Task.Delay(200, cancellationToken);
            }

            // Messages marked sent in the database have had their 250; a last instant for the sink's bookkeeping.
            await Task.Delay(200, cancellationToken);
        }

        await using (var services = Open(connection, folder))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var rows = await db.OutboxMessages.AsNoTracking().Select(m => new { m.Id, m.Status }).ToListAsync(cancellationToken);
            var received = smtp.MessageIds.GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var lost = rows.Count(r => r.Status != OutboxStatus.Sent || !received.ContainsKey($"outbox-{r.Id}@comune.example.it"));
            var duplicates = received.Values.Sum(c => c - 1);
            var (integrityOk, integrity) = await DatabaseChecks.IntegrityAsync(db, cancellationToken);
            var audit = await scope.ServiceProvider.GetRequiredService<AuditQueries>().VerifyAsync(cancellationToken);
            var ledger = new CrashLedger(provider.ToString(), kills, rows.Count, received.Count, lost, duplicates, MaxRepeatsAfterAKill([.. smtp.MessageIds], perKill), integrityOk, integrity, audit.Intact, Math.Round(watch.Elapsed.TotalSeconds, 1));
            progress($"{provider}: {ledger.Emails} email, {ledger.Delivered} consegnate, {ledger.Lost} perse, {ledger.Duplicates} doppie in {kills} arresti, integrità: {integrity}, audit: {(audit.Intact ? "integro" : audit.Message)}");
            return ledger;
        }
    }

    /// <summary>
    /// The most messages any one kill made arrive twice: the arrivals split at each kill, a message of a run already
    /// received in an earlier run counts against the kill that ended the run before.
    /// </summary>
    internal static int MaxRepeatsAfterAKill(IReadOnlyList<string> arrivals, IReadOnlyList<int> countsAtKills)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var worst = 0;
        var start = 0;
        foreach (var end in countsAtKills.Append(arrivals.Count))
        {
            var repeats = 0;
            for (var i = start; i < end; i++)
            {
                if (!seen.Add(arrivals[i]))
                {
                    repeats++;
                }
            }

            worst = Math.Max(worst, repeats);
            start = end;
        }

        return worst;
    }

    /// <summary>
    /// The settings of a service process on a database, with the SMTP transport to a loopback server when a port is
    /// given, and its own delivery journal: the drill's, and the two-instance test's for each instance.
    /// </summary>
    internal static Dictionary<string, string> ServiceSettings(DatabaseProvider provider, string connectionString, int? smtpPort, string journalDirectory)
    {
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = provider.ToString(),
            ["ConnectionStrings__Default"] = connectionString,
            ["Email__JournalDirectory"] = journalDirectory,
            ["Email__From"] = "performance@comune.example.it",
        };
        if (smtpPort is { } port)
        {
            settings["Email__Transport"] = "Smtp";
            settings["Email__Smtp__Host"] = "127.0.0.1";
            settings["Email__Smtp__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Email__Smtp__Security"] = "None";
        }

        return settings;
    }

    private static ServiceProvider Open(string connection, string folder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DemoData:ImportReferencePlanOnEmptyDatabase"] = "false",
            ["Email:JournalDirectory"] = Path.Combine(folder, "journal-drill"),
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddPerformanceWorkflow(configuration, folder, connection);
        return services.BuildServiceProvider();
    }

    /// <summary>Composed rows, as a round's opening writes them: the service's start-up run of the sender takes them.</summary>
    internal static async Task QueueAsync(IServiceProvider services, int emails, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var templates = services.GetRequiredService<WorkflowCatalog>().Templates;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var run = Guid.NewGuid().ToString("N");
        for (var start = 0; start < emails; start += 500)
        {
            db.OutboxMessages.AddRange(Enumerable.Range(start, Math.Min(500, emails - start)).Select(i => new OutboxMessage(
                $"crash:{run}:{i}", "monitoraggio-invito", $"p{i}@citta.example", $"Persona {i}", null,
                templates.Render("monitoraggio-invito", new Dictionary<string, string>
                {
                    ["Destinatario"] = $"Persona {i}", ["Round"] = "1° monitoraggio", ["Scadenza"] = "15/04/2026", ["Link"] = $"http://localhost:5080/monitoraggio/scheda/{i}", ["Ente"] = "Comune di Esempio",
                }, []), null, now)));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
