using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Domain.Appraisal;

namespace PerformanceWorkflow.Cli.Commands;

/// <summary>`pw staff import`: the people of the Comune, from HR's file.</summary>
internal static class StaffCommands
{
    public static Command Create(Option<string?> db)
    {
        var staff = new Command("staff", "Il personale del Comune (valutazione individuale).");
        var file = new Argument<FileInfo>("file") { Description = $"CSV (; o ,) o XLSX con le colonne {string.Join(";", StaffImportHandler.Columns)}." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Solo controllo: non modifica il database." };
        var json = new Option<bool>("--json") { Description = "Stampa l'esito come JSON." };
        var import = new Command("import", "Importa il personale; con un errore non importa nulla. Le persone sono riconosciute dalla matricola.") { file, dryRun, json };
        import.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"File non trovato: {path.FullName}");
                return ExitCodes.Usage;
            }

            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<StaffImportHandler>().ImportAsync(
                new StaffImportRequest(await File.ReadAllBytesAsync(path.FullName, cancellationToken), path.Name, result.GetValue(dryRun), CliHost.Operator.Name), cancellationToken);
            if (result.GetValue(json))
            {
                CliHost.WriteJson(new
                {
                    rows = outcome.Rows,
                    added = outcome.Added,
                    updated = outcome.Updated,
                    unchanged = outcome.Unchanged,
                    applied = outcome.Applied,
                    groups = outcome.Preview.GroupBy(p => RoleGroups.Label(p.Group)).ToDictionary(g => g.Key, g => g.Count()),
                    warnings = outcome.Messages.Where(m => m.Kind != ImportMessageKind.Error).Select(SummaryMessage.Of),
                    errors = outcome.Messages.Where(m => m.Kind == ImportMessageKind.Error).Select(SummaryMessage.Of),
                });
            }
            else
            {
                var it = CultureInfo.GetCultureInfo("it-IT");
                CliHost.WriteMessages(outcome.Messages);

                Console.WriteLine(outcome.HasErrors
                    ? "Il file contiene errori: nessuna persona è stata importata."
                    : string.Create(it, $"{(outcome.Applied ? "Importate" : "Anteprima:")} {outcome.Rows} persone: {outcome.Added} nuove, {outcome.Updated} modificate, {outcome.Unchanged} invariate."));
            }

            return outcome.HasErrors ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        staff.Subcommands.Add(import);
        return staff;
    }
}
