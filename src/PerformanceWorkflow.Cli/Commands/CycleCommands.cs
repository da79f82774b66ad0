using System.CommandLine;
using System.Text.Json;
using PerformanceWorkflow.Application.Features.Simulation;
using PerformanceWorkflow.Application.Features.Workflows;

namespace PerformanceWorkflow.Cli.Commands;

/// <summary>`pw cycle simulate`: the rehearsal of a whole year before living it.</summary>
internal static class CycleCommands
{
    public static Command Create(Option<string?> db)
    {
        var cycle = new Command("cycle", "Il ciclo della performance nel suo insieme.");
        var year = new Option<int>("--year") { Description = "L'anno del piano da simulare.", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "La cartella dei risultati: summary.json, mail/*.eml e il database (se non si dà --db).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Il seme delle scelte simulate (stesso seme, stesso anno).", DefaultValueFactory = _ => 1 };
        var plan = new Option<FileInfo?>("--plan") { Description = "Il piano da importare (PIAO in testo, CSV o XLSX); predefinito: il PIAO di riferimento." };
        var staff = new Option<FileInfo?>("--staff") { Description = "Il personale da valutare (il file di «pw staff import»); predefinito: circa 40 persone generate per il piano, ciascuna con un account." };
        var simulate = new Command("simulate", "Simula un anno intero su un orologio simulato, dall'assegnazione alla valutazione individuale, con i veri lavori, flussi ed email, in un database nuovo.") { year, output, seed, plan, staff };
        simulate.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(plan) is { Exists: false } missing)
            {
                await Console.Error.WriteLineAsync($"Il piano «{missing.FullName}» non esiste.");
                return ExitCodes.Usage;
            }

            if (result.GetValue(staff) is { Exists: false } noStaff)
            {
                await Console.Error.WriteLineAsync($"Il file del personale «{noStaff.FullName}» non esiste.");
                return ExitCodes.Usage;
            }

            var request = new SimulationRequest(result.GetValue(year), result.GetValue(output)!.FullName, result.GetValue(seed), result.GetValue(db), result.GetValue(plan)?.FullName, result.GetValue(staff)?.FullName);
            try
            {
                var summary = await CycleSimulator.RunAsync(request, message => Console.Error.WriteLine(message), cancellationToken);
                Console.Out.WriteLine(JsonSerializer.Serialize(summary, SimulationSummary.Json));
                return ExitCodes.Success;
            }
            catch (Exception exception) when (exception is InvalidOperationException or WorkflowDefinitionException)
            {
                await Console.Error.WriteLineAsync(exception.Message);
                return ExitCodes.InputErrors;
            }
        });
        cycle.Subcommands.Add(simulate);
        return cycle;
    }
}
