#if !POSTGRESQL
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Tests.Support;

namespace PerformanceWorkflow.Application.Tests.Reliability;

/// <summary>
/// A database written by a release, kept as SQL text (TestData/upgrade/*.sql: plan, values, scores, staff, workflows
/// and the audit chain of December 2026's schema), brought through every later migration one at a time with its data
/// intact. When a release changes the schema, add its database here: PW_WRITE_UPGRADE_FIXTURE=path dotnet test
/// --filter Write_the_fixture writes one from the current code.
/// </summary>
public sealed class UpgradeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pw-upgrade-test-").FullName;

    public static TheoryData<string> Fixtures => [.. FixtureNames()];

    private static IEnumerable<string> FixtureNames() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "upgrade"), "*.sql").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task A_release_s_database_migrates_to_every_later_schema_with_its_data_intact(string fixture)
    {
        var file = await LoadAsync(fixture, Path.ChangeExtension(fixture, ".db"));

        var before = await CountsAsync(file);
        await using var db = await TestDatabase.OpenAsync(file, new FakeTimeProvider(DateTimeOffset.UtcNow));
        await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            var verification = await sp.GetRequiredService<AuditQueries>().VerifyAsync(CancellationToken.None);
            Assert.True(verification.Intact, verification.Message);
            Assert.True(await context.Indicators.AnyAsync());
        });
        var after = await CountsAsync(file);
        foreach (var (table, rows) in before)
        {
            Assert.True(after.GetValueOrDefault(table) >= rows, $"{table}: {rows} righe prima, {after.GetValueOrDefault(table)} dopo la migrazione");
        }

        foreach (var table in new[] { "Indicators", "Measurements", "WorkflowInstances", "AuditEntries", "Staff", "ScoreSnapshots" })
        {
            Assert.True(before.GetValueOrDefault(table) > 0, $"La base di prova non ha righe in {table}.");
        }
    }

    [Fact]
    public async Task Queued_emails_keep_their_text_when_their_bodies_move_to_a_table_of_their_own()
    {
        var file = await LoadAsync(FixtureNames().First(), "posta.db");
        var before = new Dictionary<long, (string Text, string Html)>();
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT Id, TextBody, HtmlBody FROM Outbox WHERE TextBody IS NOT NULL";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                before[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(2));
            }
        }

        Assert.NotEmpty(before);
        await using var db = await TestDatabase.OpenAsync(file, new FakeTimeProvider(DateTimeOffset.UtcNow));
        await db.RunAsync(async sp =>
        {
            var messages = await sp.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().ToListAsync();
            foreach (var (id, (text, html)) in before)
            {
                var message = Assert.Single(messages, m => m.Id == id);
                Assert.Equal(text, message.TextBody);
                Assert.Equal(html, message.HtmlBody);
            }
        });
    }

    [Fact]
    public async Task Each_later_migration_applies_on_its_own_from_the_oldest_fixture()
    {
        var fixture = FixtureNames().First();
        var file = await LoadAsync(fixture, "passo.db");

        var services = new ServiceCollection().AddDbContext<AppDbContext>(o => DatabaseOptions.Configure(o, DatabaseProvider.Sqlite, $"Data Source={file}")).BuildServiceProvider();
        await using (services)
        {
            await using var scope = services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var pending = (await context.Database.GetPendingMigrationsAsync()).ToList();
            foreach (var migration in pending)
            {
                await Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<IMigrator>(context).MigrateAsync(migration);
                Assert.Contains(migration, await context.Database.GetAppliedMigrationsAsync());
            }

            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        }
    }

    [Fact]
    public async Task Write_the_fixture()
    {
        var target = Environment.GetEnvironmentVariable("PW_WRITE_UPGRADE_FIXTURE");
        if (string.IsNullOrEmpty(target))
        {
            // Writing is asked for, not done on every run; what is checked here is that the fixture's schema is known.
            Assert.NotEmpty(FixtureNames());
            return;
        }

        var clock = new FakeTimeProvider();
        await using var db = await Appraisals.WithStaffAsync(clock);
        await Appraisals.StartAsync(db);
        SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(target, await DumpAsync(db.FilePath));
    }

    /// <summary>Tables, rows and indexes as SQL that SQLite reads back (what sqlite3's .dump writes, without the tool).</summary>
    private static async Task<string> DumpAsync(string file)
    {
        var text = new StringBuilder("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n");
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var objects = new List<(string Type, string Name, string Sql)>();
        await using (var schema = connection.CreateCommand())
        {
            schema.CommandText = "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, name";
            await using var reader = await schema.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                objects.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (type, name, sql) in objects)
        {
            text.Append(sql).Append(";\n");
            if (type != "table")
            {
                continue;
            }

            await using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{name}\"";
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.Append("INSERT INTO \"").Append(name).Append("\" VALUES(");
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",").Append(reader.GetValue(i) switch
                    {
                        DBNull => "NULL",
                        long l => l.ToString(CultureInfo.InvariantCulture),
                        double d => d.ToString("R", CultureInfo.InvariantCulture),
                        byte[] b => $"X'{Convert.ToHexString(b)}'",
                        var v => "'" + Convert.ToString(v, CultureInfo.InvariantCulture)!.Replace("'", "''", StringComparison.Ordinal) + "'",
                    });
                }

                text.Append(");\n");
            }
        }

        return text.Append("COMMIT;\n").ToString();
    }

    /// <summary>A fixture's SQL run into a new SQLite file of the test's folder.</summary>
    private async Task<string> LoadAsync(string fixture, string name)
    {
        var file = Path.Combine(folder, name);
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var load = connection.CreateCommand();
        load.CommandText = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "upgrade", fixture));
        await load.ExecuteNonQueryAsync();
        return file;
    }

    private static async Task<Dictionary<string, long>> CountsAsync(string file)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table}\"";
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
#endif
