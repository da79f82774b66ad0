using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Tests.Support;
using SmtpServer.Protocol;

namespace PerformanceWorkflow.Application.Tests.Workflows;

/// <summary>The outbox against a real SMTP server on loopback: delivery, transient and permanent errors, drops, no duplicates.</summary>
public sealed class OutboxTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Messages_are_delivered_over_one_connection_with_the_message_id_of_their_row()
    {
        await using var smtp = await LoopbackSmtp.StartAsync();
        var clock = new FakeTimeProvider(Now);
        await using var db = await DatabaseAsync(clock, smtp.Port);
        var ids = await QueueAsync(db, clock, 5);

        var report = await SendAsync(db);

        Assert.Equal(new SendReport(5, 0, 0), report);
        Assert.Equal(1, smtp.Sessions);
        Assert.Equal(ids.Select(id => $"outbox-{id}@comune.example.it"), smtp.Received.Select(m => m.MessageId).Order(StringComparer.Ordinal));
        var first = smtp.Received.OrderBy(m => m.MessageId, StringComparer.Ordinal).First();
        Assert.Equal("Prova 1", first.Subject);
        Assert.Equal("persona1@comune.example", first.To.Mailboxes.Single().Address);
        Assert.Contains("Testo 1", first.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>Testo 1</p>", first.HtmlBody, StringComparison.Ordinal);
        Assert.All(await RowsAsync(db), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task A_4xx_is_retried_after_the_back_off_and_then_delivered()
    {
        await using var smtp = await LoopbackSmtp.StartAsync(n => n == 1 ? new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "4.3.2 Riprovare più tardi") : SmtpResponse.Ok);
        var clock = new FakeTimeProvider(Now);
        await using var db = await DatabaseAsync(clock, smtp.Port);
        await QueueAsync(db, clock, 1);

        Assert.Equal(new SendReport(0, 1, 0), await SendAsync(db));
        var row = Assert.Single(await RowsAsync(db));
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("421", row.LastError, StringComparison.Ordinal);
        Assert.Equal(Now.UtcDateTime.AddMinutes(2), row.NextAttemptAtUtc);

        // Not due yet: nothing is tried.
        Assert.Equal(new SendReport(0, 0, 0), await SendAsync(db));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(new SendReport(1, 0, 0), await SendAsync(db));
        row = Assert.Single(await RowsAsync(db));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(2, row.Attempts);
        Assert.Single(smtp.Received);
    }

    [Fact]
    public async Task A_5xx_is_final_visible_to_administrators_and_can_be_sent_again()
    {
        await using var smtp = await LoopbackSmtp.StartAsync(n => n == 1 ? new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "5.1.1 Casella inesistente") : SmtpResponse.Ok);
        var clock = new FakeTimeProvider(Now);
        await using var db = await DatabaseAsync(clock, smtp.Port);
        await QueueAsync(db, clock, 2);

        Assert.Equal(new SendReport(1, 0, 1), await SendAsync(db));
        var failed = (await RowsAsync(db)).Single(m => m.Status == OutboxStatus.Failed);
        Assert.StartsWith("Il server SMTP ha risposto 550", failed.LastError, StringComparison.Ordinal);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new SendReport(0, 0, 0), await SendAsync(db));

        var listed = await db.RunAsync(sp => sp.GetRequiredService<OutboxQueries>().ListAsync(OutboxStatus.Failed, 50, CancellationToken.None));
        Assert.Equal(failed.Id, Assert.Single(listed).Id);
        Assert.True(await db.RunAsync(sp => sp.GetRequiredService<OutboxQueries>().RetryAsync(failed.Id, "corretto@comune.example", CancellationToken.None)));
        Assert.Equal(new SendReport(1, 0, 0), await SendAsync(db));
        Assert.Contains(smtp.Received, m => m.To.Mailboxes.Single().Address == "corretto@comune.example");
    }

    [Fact]
    public async Task A_connection_dropped_after_data_is_retried_and_the_rest_of_the_batch_goes_on_a_new_connection()
    {
        await using var smtp = new DroppingSmtp(drops: 1);
        var clock = new FakeTimeProvider(Now);
        await using var db = await DatabaseAsync(clock, smtp.Port);
        await QueueAsync(db, clock, 3);

        Assert.Equal(new SendReport(2, 1, 0), await SendAsync(db));
        var dropped = Assert.Single(await RowsAsync(db), m => m.Status == OutboxStatus.Pending);
        Assert.StartsWith("Connessione interrotta durante l'invio", dropped.LastError, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(new SendReport(1, 0, 0), await SendAsync(db));
        Assert.Equal(3, smtp.Accepted.Count);
        Assert.All(await RowsAsync(db), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task A_connection_refused_mid_batch_leaves_that_message_for_later_and_the_next_goes_with_its_own_text()
    {
        // The first message loses its connection after DATA, the new connection for the second is refused: the third
        // must go out as itself (the sender builds each message while the previous one is on the wire).
        await using var smtp = new DroppingSmtp(drops: 1, refusals: 1);
        var clock = new FakeTimeProvider(Now);
        await using var db = await DatabaseAsync(clock, smtp.Port);
        var ids = await QueueAsync(db, clock, 3);

        Assert.Equal(new SendReport(1, 2, 0), await SendAsync(db));
        var accepted = Assert.Single(smtp.Accepted);
        Assert.Contains($"outbox-{ids[2]}@", accepted, StringComparison.Ordinal);
        Assert.Contains("Testo 3", accepted, StringComparison.Ordinal);
        Assert.Equal([OutboxStatus.Pending, OutboxStatus.Pending, OutboxStatus.Sent], (await RowsAsync(db)).Select(m => m.Status));

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(new SendReport(2, 0, 0), await SendAsync(db));
        Assert.Equal(3, smtp.Accepted.Count);
        Assert.Single(smtp.Accepted, m => m.Contains("Testo 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Transient_errors_end_as_failed_after_the_configured_attempts()
    {
        await using var smtp = await LoopbackSmtp.StartAsync(_ => new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "4.3.2 Occupato"));
        var clock = new FakeTimeProvider(Now);
        await using var db = await DatabaseAsync(clock, smtp.Port, maxAttempts: 3);
        await QueueAsync(db, clock, 1);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SendAsync(db);
            clock.Advance(TimeSpan.FromHours(1));
        }

        var row = Assert.Single(await RowsAsync(db));
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal(3, row.Attempts);
        Assert.StartsWith("Non consegnato dopo 3 tentativi.", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_the_sender_twice_over_the_same_outbox_sends_no_email_twice()
    {
        await using var smtp = await LoopbackSmtp.StartAsync();
        var clock = new FakeTimeProvider(Now);
        await using var db = await DatabaseAsync(clock, smtp.Port, batchSize: 7);
        await QueueAsync(db, clock, 60);

        // Two senders at once (a job Hangfire ran twice, two instances of the service), then a third afterwards.
        var reports = await Task.WhenAll(SendAsync(db), SendAsync(db));
        Assert.Equal(60, reports.Sum(r => r.Sent));
        Assert.Equal(new SendReport(0, 0, 0), await SendAsync(db));

        Assert.Equal(60, smtp.Received.Count);
        Assert.Equal(60, smtp.Received.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(await RowsAsync(db), m => Assert.Equal(1, m.Attempts));
    }

    [Fact]
    public async Task The_unique_key_refuses_a_second_copy_of_the_same_email()
    {
        var clock = new FakeTimeProvider(Now);
        await using var db = await DatabaseAsync(clock, LoopbackSmtp.FreePort());
        await QueueAsync(db, clock, 1);
        var again = await Assert.ThrowsAsync<DbUpdateException>(() => QueueAsync(db, clock, 1));
        // SQLite says "UNIQUE constraint failed", PostgreSQL "23505: duplicate key value violates unique constraint".
        Assert.Contains("unique", again.InnerException!.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static Task<TestDatabase> DatabaseAsync(FakeTimeProvider clock, int port, int maxAttempts = 8, int batchSize = 200) =>
        TestDatabase.CreateAsync(clock, new Dictionary<string, string?>
        {
            ["Email:Transport"] = "Smtp",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
            ["Email:Smtp:Timeout"] = "00:00:10",
            ["Email:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    private static Task<List<long>> QueueAsync(TestDatabase db, FakeTimeProvider clock, int count) =>
        db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            var rows = Enumerable.Range(1, count)
                .Select(i => new OutboxMessage($"test:{i}", "prova", $"persona{i}@comune.example", $"Persona {i}", null, new RenderedEmail($"Prova {i}", $"Testo {i}\n", $"<p>Testo {i}</p>"), null, clock.GetUtcNow().UtcDateTime))
                .ToList();
            context.OutboxMessages.AddRange(rows);
            await context.SaveChangesAsync();
            return rows.Select(r => r.Id).ToList();
        });

    private static Task<SendReport> SendAsync(TestDatabase db) =>
        db.RunAsync(sp => sp.GetRequiredService<OutboxSender>().SendPendingAsync(CancellationToken.None));

    private static Task<List<OutboxMessage>> RowsAsync(TestDatabase db) =>
        db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());
}
