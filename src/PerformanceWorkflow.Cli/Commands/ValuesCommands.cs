using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Features.Values;

namespace PerformanceWorkflow.Cli.Commands;

/// <summary>`pw values template | import`: values in bulk, as the controllo di gestione collects them in Excel.</summary>
internal static class ValuesCommands
{
    public static Command Create(Option<string?> db)
    {
        var values = new Command("values", "I valori degli indicatori: modello da compilare e importazione.");
        values.Subcommands.Add(Template(db));
        values.Subcommands.Add(Import(db));
        return values;
    }

    private static Option<int> YearOption() => new("--year") { Description = "Anno del piano.", Required = true };

    private static Option<int?> RoundOption() => new("--round") { Description = "Numero del round (1, 2, 3 monitoraggi; 4 consuntivo). Predefinito: il round in corso." };

    private static Command Template(Option<string?> db)
    {
        var year = YearOption();
        var round = RoundOption();
        var file = new Argument<FileInfo>("file") { Description = "Il modello da scrivere: .csv (separatore ;) o .xlsx." };
        var command = new Command("template", "Scrive il modello dei valori: una riga per indicatore, con i valori già inseriti.") { year, round, file };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            ValuesFormat? format = path.Extension.ToLowerInvariant() switch { ".csv" => ValuesFormat.Csv, ".xlsx" => ValuesFormat.Xlsx, _ => null };
            if (format is null)
            {
                await Console.Error.WriteLineAsync("Il modello deve avere estensione .csv o .xlsx.");
                return ExitCodes.Usage;
            }

            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            await using var output = new MemoryStream();
            var written = await scope.ServiceProvider.GetRequiredService<ValuesTemplateHandler>().WriteAsync(result.GetValue(year), result.GetValue(round), format.Value, output, cancellationToken);
            if (written is null)
            {
                await Console.Error.WriteLineAsync($"Il piano {result.GetValue(year)} o il round richiesto non esiste.");
                return ExitCodes.InputErrors;
            }

            await File.WriteAllBytesAsync(path.FullName, output.ToArray(), cancellationToken);
            Console.WriteLine($"Modello di «{written.Label}» scritto in {path.FullName}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Import(Option<string?> db)
    {
        var year = YearOption();
        var round = RoundOption();
        var file = new Argument<FileInfo>("file") { Description = "Il modello compilato (.csv o .xlsx)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Solo controllo: non modifica il database." };
        var json = new Option<bool>("--json") { Description = "Stampa l'esito come JSON." };
        var command = new Command("import", "Importa i valori di un round da un modello compilato; con un errore non importa nulla.") { file, year, round, dryRun, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"File non trovato: {path.FullName}");
                return ExitCodes.Usage;
            }

            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<ValuesImportHandler>().ImportAsync(
                new ValuesImportRequest(await File.ReadAllBytesAsync(path.FullName, cancellationToken), path.Name, result.GetValue(year), result.GetValue(round), result.GetValue(dryRun), CliHost.Operator.Name),
                cancellationToken);
            if (result.GetValue(json))
            {
                CliHost.WriteJson(new
                {
                    year = outcome.Year,
                    round = outcome.Round?.Number,
                    rows = outcome.Rows,
                    entered = outcome.Entered,
                    changed = outcome.Changed,
                    cleared = outcome.Cleared,
                    unchanged = outcome.Unchanged,
                    warnings = outcome.Messages.Where(m => m.Kind != ImportMessageKind.Error).Select(SummaryMessage.Of),
                    errors = outcome.Messages.Where(m => m.Kind == ImportMessageKind.Error).Select(SummaryMessage.Of),
                });
            }
            else
            {
                var it = CultureInfo.GetCultureInfo("it-IT");
                CliHost.WriteMessages(outcome.Messages);

                Console.WriteLine(outcome.HasErrors
                    ? "Il file contiene errori: nessun valore è stato importato."
                    : string.Create(it, $"{(outcome.Applied ? "Importati" : "Anteprima:")} {outcome.Rows} righe per «{outcome.Round!.Label}»: {outcome.Entered} nuovi, {outcome.Changed} modificati, {outcome.Cleared} cancellati, {outcome.Unchanged} invariati."));
            }

            return outcome.HasErrors ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }
}
