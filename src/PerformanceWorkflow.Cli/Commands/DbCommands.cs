using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application;
using PerformanceWorkflow.Application.Data;

namespace PerformanceWorkflow.Cli.Commands;

/// <summary>`pw db backup | restore | check`: the database as an operator looks after it.</summary>
internal static class DbCommands
{
    public static Command Create(Option<string?> db)
    {
        var root = new Command("db", "Copia, ripristino e controllo del database.");

        var output = new Argument<FileInfo>("file") { Description = "Il file della copia (non deve esistere)." };
        var backup = new Command("backup", "Copia coerente del database SQLite anche mentre il servizio scrive; per PostgreSQL e SQL Server dice come usare i loro strumenti.") { output };
        backup.SetAction((result, cancellationToken) => OnSqliteAsync(result.GetValue(db), initialize: true, async backups =>
        {
            var size = await backups.BackupAsync(result.GetValue(output)!.FullName, cancellationToken);
            return $"Copia scritta in {result.GetValue(output)!.FullName} ({size / 1024:N0} KB).";
        }, cancellationToken));
        root.Subcommands.Add(backup);

        var input = new Argument<FileInfo>("file") { Description = "La copia da ripristinare." };
        var restore = new Command("restore", "Sostituisce il database SQLite con una copia controllata; rifiuta se il servizio è in funzione su quel file.") { input };
        restore.SetAction((result, cancellationToken) => OnSqliteAsync(result.GetValue(db), initialize: false, async backups =>
        {
            var previous = await backups.RestoreAsync(result.GetValue(input)!.FullName, cancellationToken);
            return $"Database {backups.DatabaseFile} ripristinato da {result.GetValue(input)!.FullName}; il precedente è in {previous}. Il servizio, all'avvio, lo porta allo schema corrente.";
        }, cancellationToken));
        root.Subcommands.Add(restore);

        var check = new Command("check", "Il controllo di integrità del motore (SQLite integrity_check, PostgreSQL amcheck, SQL Server DBCC CHECKDB).");
        check.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var (ok, message) = await DatabaseChecks.IntegrityAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
            (ok ? Console.Out : Console.Error).WriteLine(message);
            return ok ? ExitCodes.Success : ExitCodes.InputErrors;
        });
        root.Subcommands.Add(check);
        return root;
    }

    /// <summary>
    /// A copy or a restore: only a SQLite database (a server database's guidance and exit 2), a refusal in Italian
    /// with exit 1, the outcome printed with exit 0.
    /// </summary>
    private static async Task<int> OnSqliteAsync(string? db, bool initialize, Func<DatabaseBackup, Task<string>> action, CancellationToken cancellationToken)
    {
        await using var services = await CliHost.OpenAsync(db, cancellationToken, initialize);
        await using var scope = services.CreateAsyncScope();
        var backups = scope.ServiceProvider.GetRequiredService<DatabaseBackup>();
        if (backups.DatabaseFile is null)
        {
            await Console.Error.WriteLineAsync(DatabaseBackup.ServerGuidance(scope.ServiceProvider.GetRequiredService<DatabaseSettings>().Provider));
            return ExitCodes.Usage;
        }

        try
        {
            Console.WriteLine(await action(backups));
            return ExitCodes.Success;
        }
        catch (InvalidOperationException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return ExitCodes.InputErrors;
        }
    }
}
