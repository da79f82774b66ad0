using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Users;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Cli.Bench;

namespace PerformanceWorkflow.Application.Tests.Reliability;

/// <summary>
/// Two service processes on one database. On PostgreSQL (and SQL Server) they share the work: each email once, each
/// recurring job once, one audit chain, one state of each workflow, a cookie good on either. On SQLite the second
/// refuses to start.
/// </summary>
public sealed class TwoInstanceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pw-two-test-").FullName;

#if POSTGRESQL
    [Fact]
    public async Task Two_instances_share_the_fan_out_the_recurring_jobs_the_audit_chain_and_the_sign_in()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.RunAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = "doppia", FullName = "Prova Doppia", Email = "doppia@comune.example" };
            Assert.True((await users.CreateAsync(user, DemoUsersSeeder.Password)).Succeeded);
            await users.AddToRoleAsync(user, Domain.Security.Roles.Administrator);
            await CrashDrill.QueueAsync(sp, 2000, CancellationToken.None);
        });
        await using var smtp = await LoopbackSmtpSink.StartAsync(recordMessageIds: true);
        var dll = WebService.Locate()!;
        // The rounds' opening runs every minute here (every 15 in production) so that its once-only is seen too.
        var settingsA = Settings(db, smtp, "a");
        var settingsB = Settings(db, smtp, "b");
        settingsA["Jobs__RoundOpeningCron"] = settingsB["Jobs__RoundOpeningCron"] = "* * * * *";
        await using var a = await WebService.StartAsync(dll, Path.Combine(folder, "a.db"), jobs: true, CancellationToken.None, settingsA);
        await using var b = await WebService.StartAsync(dll, Path.Combine(folder, "b.db"), jobs: true, CancellationToken.None, settingsB);
        var bothUp = DateTime.UtcNow;

        // 2,000 emails, both senders at work on them: each arrives once.
        for (var wait = 0; wait < 600 && await UnsentAsync(db) > 0; wait++)
        {
            await Task.Delay(200);
        }

        Assert.Equal(0, await UnsentAsync(db));
        Assert.Equal(2000, smtp.MessageIds.Count);
        Assert.Equal(2000, smtp.MessageIds.Distinct(StringComparer.Ordinal).Count());

        // Signed in on one, recognised by the other: the data-protection keys are in the shared database.
        using (await a.SignInAsync("doppia", DemoUsersSeeder.Password, CancellationToken.None))
        {
            using var other = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = b.Url("/") };
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/amministrazione/utenti", UriKind.Relative));
            request.Headers.Add("Cookie", a.CookieHeader());
            Assert.Equal(HttpStatusCode.OK, (await other.SendAsync(request)).StatusCode);
        }

        // Forty failed sign-ins at once on both: forty rows on one unbroken chain.
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => FailSignInAsync(i % 2 == 0 ? a : b, $"ignoto{i}")));
        var verification = await db.RunAsync(sp => sp.GetRequiredService<AuditQueries>().VerifyAsync(CancellationToken.None));
        Assert.True(verification.Intact, verification.Message);
        Assert.Equal(40, await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(e => e.Action == "signin.failure")));

        // A minute that began with both running: each recurring job was created once for it, not once per instance.
        var minute = new DateTime(bothUp.Ticks - (bothUp.Ticks % TimeSpan.TicksPerMinute) + TimeSpan.TicksPerMinute, DateTimeKind.Utc);
        var settled = minute.AddSeconds(25);
        if (DateTime.UtcNow < settled)
        {
            await Task.Delay(settled - DateTime.UtcNow);
        }

        var created = await RecurringJobsCreatedAsync(db.Connection, minute);
        Assert.Equal(1, created.GetValueOrDefault("OutboxJobs.SendAsync"));
        Assert.Equal(1, created.GetValueOrDefault("ScoringJobs.RecomputeStaleAsync"));
        Assert.Equal(1, created.GetValueOrDefault("WorkflowJobs.FireDueTimersAsync"));
        Assert.Equal(1, created.GetValueOrDefault("RoundOpeningJobs.OpenDueRoundsAsync"));
    }

    [Fact]
    public async Task The_same_step_fired_on_both_at_once_is_taken_once_and_the_other_is_told_of_the_conflict()
    {
        var clock = new FakeTimeProvider(Cycle.Start);
        await using var db = await Cycle.ReferenceWithPeopleAsync(clock);
        var year = await Cycle.StartAsync(db, "assegnazione");
        Assert.True((await Cycle.FireAsync(db, year.InstanceId!.Value, "avvia", Cycle.Operator)).Succeeded);
        var child = await Cycle.ChildOfAsync(db, "dirigente.affari");
        var dll = WebService.Locate()!;
        await using var a = await WebService.StartAsync(dll, Path.Combine(folder, "a.db"), jobs: false, CancellationToken.None, Settings(db, null, "a"));
        await using var b = await WebService.StartAsync(dll, Path.Combine(folder, "b.db"), jobs: false, CancellationToken.None, Settings(db, null, "b"));
        using var onA = await a.SignInAsync("dirigente.affari", DemoUsersSeeder.Password, CancellationToken.None);
        using var onB = await b.SignInAsync("dirigente.affari", DemoUsersSeeder.Password, CancellationToken.None);
        var path = new Uri($"/pratiche/{child.Id}", UriKind.Relative);
        var forms = await Task.WhenAll(onA.GetStringAsync(path), onB.GetStringAsync(path));

        var answers = await Task.WhenAll(new[] { onA, onB }.Select((client, i) => client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["trigger"] = "accetta",
            ["revision"] = child.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = WebService.Token(forms[i]),
        }))));
        var pages = await Task.WhenAll(answers.Select(r => r.Content.ReadAsStringAsync()));

        Assert.All(answers, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(pages, p => p.Contains("modificata da qualcun altro", StringComparison.Ordinal) || p.Contains("non è possibile nello stato", StringComparison.Ordinal));
        var after = (await Cycle.InstancesAsync(db)).Single(i => i.Id == child.Id);
        Assert.Equal("accettato", after.State);
        Assert.Equal(1, await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries
            .CountAsync(e => e.Action == "workflow.step" && e.EntityId == child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        // What one instance wrote, the other shows.
        Assert.Contains("Obiettivi accettati", await onB.GetStringAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_saved_on_one_instance_is_what_the_other_shows()
    {
        var clock = new FakeTimeProvider();
        await using var db = await Rounds.FirstRoundOpenAsync(clock);
        var (owner, scheda) = (await Rounds.SchedeAsync(db)).Select(s => (s.Key, s.Value.Id)).OrderBy(s => s.Key, StringComparer.Ordinal).First();
        var dll = WebService.Locate()!;
        await using var a = await WebService.StartAsync(dll, Path.Combine(folder, "a.db"), jobs: false, CancellationToken.None, Settings(db, null, "a"));
        await using var b = await WebService.StartAsync(dll, Path.Combine(folder, "b.db"), jobs: false, CancellationToken.None, Settings(db, null, "b"));
        using var onA = await a.SignInAsync(owner, DemoUsersSeeder.Password, CancellationToken.None);
        using var onB = await b.SignInAsync(owner, DemoUsersSeeder.Password, CancellationToken.None);
        var path = $"/monitoraggio/scheda/{scheda}";
        var form = await onA.GetStringAsync(new Uri(path, UriKind.Relative));
        var indicator = System.Text.RegularExpressions.Regex.Match(form, "name=\"Note\\[(\\d+)\\]\"").Groups[1].Value;
        var body = WebService.DraftBody(form) + $"&{Uri.EscapeDataString($"Note[{indicator}]")}={Uri.EscapeDataString("Scritta sull'istanza A")}";

        var saved = await onA.PostAsync(new Uri(path + "?handler=Salva", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Scritta sull&#x27;istanza A", await onB.GetStringAsync(new Uri(path, UriKind.Relative)), StringComparison.Ordinal);
    }

    private Dictionary<string, string> Settings(TestDatabase db, LoopbackSmtpSink? smtp, string instance) =>
        CrashDrill.ServiceSettings(DatabaseProvider.PostgreSql, db.Connection, smtp?.Port, Path.Combine(folder, "journal-" + instance));

    private static Task<int> UnsentAsync(TestDatabase db) =>
        db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.CountAsync(m => m.Status != OutboxStatus.Sent));

    private static async Task FailSignInAsync(WebService service, string name)
    {
        // A browser of its own each: twenty sign-ins sharing one cookie jar would mix their antiforgery cookies.
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = service.Url("/") };
        var page = await client.GetStringAsync(new Uri("/accesso", UriKind.Relative));
        var response = await client.PostAsync(new Uri("/accesso", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = name,
            ["Password"] = "Sbagliata.2024",
            ["__RequestVerificationToken"] = WebService.Token(page),
        }));
        Assert.Contains("Nome utente o password non corretti", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Jobs of the recurring kinds Hangfire created in one minute, by "Type.Method", from its own tables.</summary>
    private static async Task<Dictionary<string, int>> RecurringJobsCreatedAsync(string connection, DateTime minute)
    {
        await using var data = new NpgsqlConnection(connection);
        await data.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT invocationdata::text FROM hangfire.job WHERE createdat >= @from AND createdat < @to", data);
        command.Parameters.AddWithValue("from", minute);
        command.Parameters.AddWithValue("to", minute.AddMinutes(1));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var invocation = System.Text.Json.JsonDocument.Parse(reader.GetString(0)).RootElement;
            var type = invocation.GetProperty("Type").GetString()!.Split(',')[0].Split('.')[^1];
            var key = $"{type}.{invocation.GetProperty("Method").GetString()}";
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }
#else
    [Fact]
    public async Task On_SQLite_a_second_service_on_the_same_file_refuses_to_start_naming_the_file_and_the_process()
    {
        var file = Path.Combine(folder, "unico.db");
        var dll = WebService.Locate()!;
        await using var first = await WebService.StartAsync(dll, file, jobs: true, CancellationToken.None);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => WebService.StartAsync(dll, file, jobs: true, CancellationToken.None));
        Assert.Contains("uscito: True", error.Message, StringComparison.Ordinal);
        var log = await File.ReadAllTextAsync(Path.Combine(folder, "web-unico.log"));
        Assert.Contains($"Il database SQLite {file} è già usato da un altro servizio avviato (processo ", log, StringComparison.Ordinal);
        Assert.Contains("usare PostgreSQL o SQL Server", log, StringComparison.Ordinal);
    }
#endif

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
