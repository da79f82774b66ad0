using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Features.Audit;

namespace PerformanceWorkflow.Cli.Commands;

/// <summary>`pw audit verify | export`.</summary>
internal static class AuditCommands
{
    public static Command Create(Option<string?> db)
    {
        var audit = new Command("audit", "Il registro delle attività.");

        var verify = new Command("verify", "Verifica la catena di impronte: esce con 1 alla prima riga alterata o cancellata.");
        verify.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<AuditQueries>().VerifyAsync(cancellationToken);
            (outcome.Intact ? Console.Out : Console.Error).WriteLine(outcome.Message);
            return outcome.Intact ? ExitCodes.Success : ExitCodes.InputErrors;
        });
        audit.Subcommands.Add(verify);

        var file = new Argument<FileInfo>("file") { Description = "Il file CSV da scrivere." };
        var action = new Option<string?>("--action") { Description = "Solo le righe di questa azione (es. value.changed)." };
        var export = new Command("export", "Esporta il registro in CSV (;), con le impronte.") { file, action };
        export.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            await using var output = File.Create(result.GetValue(file)!.FullName);
            await scope.ServiceProvider.GetRequiredService<AuditQueries>().ExportAsync(new AuditSearch(null, result.GetValue(action), null, null), output, cancellationToken);
            Console.WriteLine($"Registro esportato in {result.GetValue(file)!.FullName}");
            return ExitCodes.Success;
        });
        audit.Subcommands.Add(export);
        return audit;
    }
}
