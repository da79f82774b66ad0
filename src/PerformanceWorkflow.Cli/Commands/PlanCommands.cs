using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Features.Plan.Export;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Cli.Commands;

/// <summary>`pw plan import | show | export`.</summary>
internal static class PlanCommands
{
    public static Command Create(Option<string?> db)
    {
        var plan = new Command("plan", "Il piano della performance: importa, mostra, esporta.");
        plan.Subcommands.Add(Import(db));
        plan.Subcommands.Add(Show(db));
        plan.Subcommands.Add(Export(db));
        plan.Subcommands.Add(GenerateCommand.Create(db));
        return plan;
    }

    private static Command Import(Option<string?> db)
    {
        var file = new Argument<FileInfo>("file") { Description = "Il testo del PIAO, un CSV (; o ,) o un file Excel .xlsx." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Solo anteprima: non modifica il database." };
        var json = new Option<bool>("--json") { Description = "Stampa il riepilogo come un oggetto JSON." };
        var year = new Option<int?>("--year") { Description = "Anno della tabella operativa, se le date non lo indicano." };
        var command = new Command("import", "Importa il piano (entrambe le tabelle della sezione 2.2 del PIAO).") { file, dryRun, json, year };
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
            var handler = scope.ServiceProvider.GetRequiredService<ImportPlanHandler>();
            var content = await File.ReadAllBytesAsync(path.FullName, cancellationToken);
            var outcome = await handler.ImportAsync(new ImportRequest(content, path.Name, result.GetValue(dryRun), result.GetValue(year), CliHost.Operator.Name), cancellationToken);
            if (result.GetValue(json))
            {
                CliHost.WriteJson(outcome.Summary);
            }
            else
            {
                PrintSummary(outcome, result.GetValue(dryRun));
            }

            return outcome.HasErrors ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }

    private static void PrintSummary(ImportResult outcome, bool dryRun)
    {
        var s = outcome.Summary;
        var it = CultureInfo.GetCultureInfo("it-IT");
        Console.WriteLine(string.Create(it, $"Settori: {s.Departments}  U.O.C.: {s.Units}  Obiettivi operativi (codici): {s.ObjectiveCodes}  Assegnazioni: {s.ObjectiveAssignments}"));
        Console.WriteLine(string.Create(it, $"Indicatori: {s.Indicators} (attività {s.IndicatorsByKind["Activity"]}, efficienza {s.IndicatorsByKind["Efficiency"]}, efficacia {s.IndicatorsByKind["Effectiveness"]}, economicità {s.IndicatorsByKind["Economy"]}, dati {s.IndicatorsByKind["Informational"]})"));
        Console.WriteLine(string.Create(it, $"Linee di mandato: {s.MandateLines}  Obiettivi strategici: {s.StrategicObjectives}  Missioni: {s.Missions}"));
        foreach (var message in outcome.Messages)
        {
            var label = message.Kind switch
            {
                ImportMessageKind.Repair => "corretto",
                ImportMessageKind.Ambiguous => "DA VERIFICARE",
                ImportMessageKind.Warning => "avviso",
                ImportMessageKind.Error => "ERRORE",
            };
            var where = message.Line is { } line ? string.Create(it, $"riga {line}") : "file";
            var source = message.Source is null ? string.Empty : $"[{message.Source}] ";
            Console.WriteLine($"  {source}{where}: {label}: {message.Message}");
        }

        if (outcome.HasErrors)
        {
            Console.WriteLine("Il file contiene errori: il database non è stato modificato.");
        }
        else if (dryRun)
        {
            Console.WriteLine("Anteprima: il database non è stato modificato.");
        }
        else if (outcome.Changes is { } changes)
        {
            Console.WriteLine(changes.None
                ? "Importazione completata: il piano era già aggiornato, nessuna modifica."
                : string.Create(it, $"Importazione completata: {changes.Created} elementi creati, {changes.Updated} aggiornati, {changes.Deleted} rimossi."));
        }
    }

    private static Command Show(Option<string?> db)
    {
        var year = new Option<int?>("--year") { Description = "Anno (predefinito: l'ultimo con indicatori assegnati)." };
        var json = new Option<bool>("--json") { Description = "Stampa il piano come JSON." };
        var command = new Command("show", "Mostra il piano di un anno: per linea di mandato e per settore.") { year, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var queries = scope.ServiceProvider.GetRequiredService<PlanQueries>();
            var plan = await queries.GetAsync(result.GetValue(year), cancellationToken);
            if (plan is null)
            {
                var years = await queries.YearsAsync(cancellationToken);
                await Console.Error.WriteLineAsync(years.Count == 0
                    ? "Il database non contiene alcun piano: importarlo con «pw plan import <file>»."
                    : $"Nessun piano per l'anno richiesto. Anni disponibili: {string.Join(", ", years)}.");
                return ExitCodes.InputErrors;
            }

            if (result.GetValue(json))
            {
                CliHost.WriteJson(plan);
            }
            else
            {
                PrintPlan(plan);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void PrintPlan(PlanView plan)
    {
        Console.WriteLine($"Piano {plan.Year.ToString(CultureInfo.InvariantCulture)}");
        foreach (var department in plan.Departments)
        {
            Console.WriteLine(department.Name);
            foreach (var unit in department.Units)
            {
                Console.WriteLine($"  {unit.Name}");
                foreach (var objective in unit.Objectives)
                {
                    Console.WriteLine($"    {objective.Code ?? "—"}  {objective.Title}");
                    foreach (var indicator in objective.ManagementObjectives.SelectMany(m => m.Indicators))
                    {
                        Console.WriteLine($"        · {indicator.Title} [{indicator.KindLabel}; target {(indicator.Target.Length == 0 ? "—" : indicator.Target)}; entro {ItalianFormat.Date(indicator.DueDate)}]");
                    }
                }
            }
        }
    }

    private static Command Export(Option<string?> db)
    {
        var file = new Argument<FileInfo>("file") { Description = "Il file .xlsx da scrivere." };
        var command = new Command("export", "Esporta il piano in Excel (tabella operativa per anno e tabella triennale).") { file };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            if (!string.Equals(path.Extension, ".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                await Console.Error.WriteLineAsync("Il file di esportazione deve avere estensione .xlsx.");
                return ExitCodes.Usage;
            }

            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            await using (var output = File.Create(path.FullName))
            {
                await scope.ServiceProvider.GetRequiredService<ExportPlanHandler>().ExportAsync(output, cancellationToken);
            }

            Console.WriteLine($"Piano esportato in {path.FullName}");
            return ExitCodes.Success;
        });
        return command;
    }
}
