using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Cli.Commands;

/// <summary>`pw evaluation settings | list | scores`: the SMVP of a year and its forms.</summary>
internal static class EvaluationCommands
{
    public static Command Create(Option<string?> db)
    {
        var evaluation = new Command("evaluation", "La valutazione individuale: impostazioni SMVP, schede, punteggi. I passi delle schede: pw workflow fire <pratica> <passo> --as <utente>.");
        evaluation.Subcommands.Add(Settings(db));
        evaluation.Subcommands.Add(List(db));
        evaluation.Subcommands.Add(Scores(db));
        return evaluation;
    }

    private static Option<int> YearOption() => new("--year") { Description = "Anno della valutazione (l'anno del piano).", Required = true };

    private static Command Settings(Option<string?> db)
    {
        var year = YearOption();
        var json = new Option<bool>("--json") { Description = "Stampa le impostazioni come JSON (lo stesso formato di --set)." };
        var set = new Option<FileInfo?>("--set") { Description = "Salva le impostazioni da un file JSON (quello stampato da --json, modificato)." };
        var command = new Command("settings", "Le impostazioni SMVP di un anno: pesi per gruppo, comportamenti, valutatori, soglia, termini. Un anno mai salvato prende quelle dell'anno prima.") { year, json, set };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<AppraisalSettingsStore>();
            if (result.GetValue(set) is { } file)
            {
                AppraisalSettings settings;
                try
                {
                    settings = AppraisalSettingsStore.Deserialize(await File.ReadAllTextAsync(file.FullName, cancellationToken)) with { Year = result.GetValue(year) };
                }
                catch (Exception exception) when (exception is JsonException or IOException or InvalidDataException)
                {
                    await Console.Error.WriteLineAsync($"Il file delle impostazioni non si legge: {exception.Message}");
                    return ExitCodes.InputErrors;
                }

                var problems = await store.SaveAsync(settings, CliHost.Operator.Name, cancellationToken);
                foreach (var problem in problems)
                {
                    await Console.Error.WriteLineAsync(problem);
                }

                if (problems.Count > 0)
                {
                    return ExitCodes.InputErrors;
                }

                Console.WriteLine($"Impostazioni SMVP {settings.Year} salvate.");
                return ExitCodes.Success;
            }

            var (current, origin) = await store.GetWithOriginAsync(result.GetValue(year), cancellationToken);
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(current, AppraisalSettingsStore.Json));
                return ExitCodes.Success;
            }

            Console.WriteLine($"Impostazioni SMVP {current.Year} ({origin switch { SettingsOrigin.Saved => "salvate", SettingsOrigin.CopiedFromPreviousYear => "copiate dall'anno precedente", _ => "predefinite" }})");
            foreach (var w in current.Weights)
            {
                Console.WriteLine(string.Create(ItalianFormat.Culture, $"  {RoleGroups.Label(w.Group),-11} struttura {w.Unit} · obiettivi {w.Objectives} · comportamenti {w.Behaviours} · differenziazione {w.Differentiation} · valutatore: {current.EvaluatorOf(w.Group)}"));
                foreach (var b in current.BehavioursOf(w.Group))
                {
                    Console.WriteLine(string.Create(ItalianFormat.Culture, $"      {b.Code} {b.Name} (peso {b.Weight})"));
                }
            }

            Console.WriteLine(string.Create(ItalianFormat.Culture, $"  Scala {current.ScaleMin}–{current.ScaleMax}; negativa sotto {current.NegativeThreshold}; conciliazione: richiesta entro {current.ConciliationRequestDays} giorni, decisione entro {current.ConciliationDecisionDays}."));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(Option<string?> db)
    {
        var year = YearOption();
        var json = new Option<bool>("--json") { Description = "Stampa l'elenco come JSON." };
        var command = new Command("list", "Le schede di un anno: pratica, persona, stato, valutatore.") { year, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<AppraisalQueries>().ScoresAsync(result.GetValue(year), cancellationToken);
            if (result.GetValue(json))
            {
                CliHost.WriteJson(new { year = result.GetValue(year), forms = rows.Select(r => new { instance = r.InstanceId, matricola = r.Matricola, name = r.Name, group = RoleGroups.Label(r.Group), evaluator = r.Evaluator, status = r.State }) });
                return ExitCodes.Success;
            }

            foreach (var r in rows)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.InstanceId,7}  {r.Matricola,-10} {r.Name,-30} {RoleGroups.Label(r.Group),-10} {r.StateLabel,-40} {r.Evaluator}"));
            }

            Console.WriteLine(string.Create(ItalianFormat.Culture, $"{rows.Count} schede."));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Scores(Option<string?> db)
    {
        var year = YearOption();
        var json = new Option<bool>("--json") { Description = "Stampa i punteggi come JSON (numeri non arrotondati)." };
        var command = new Command("scores", "I punteggi individuali di un anno con le componenti; final è null finché la scheda non è definitiva.") { year, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<AppraisalQueries>().ScoresAsync(result.GetValue(year), cancellationToken);
            if (result.GetValue(json))
            {
                CliHost.WriteJson(new
                {
                    year = result.GetValue(year),
                    people = rows.Select(r => new
                    {
                        matricola = r.Matricola,
                        name = r.Name,
                        group = RoleGroups.Label(r.Group),
                        area = r.Area,
                        unit = r.Unit,
                        evaluator = r.Evaluator,
                        status = r.State,
                        final = r.Final,
                        components = r.Components.Select(c => new { name = c.Name, weight = c.Weight, score = c.Score }),
                    }),
                });
                return ExitCodes.Success;
            }

            foreach (var r in rows)
            {
                Console.WriteLine($"{r.Matricola,-10} {r.Name,-30} {RoleGroups.Label(r.Group),-10} {AppraisalRules.Format(r.Final),8}  {r.StateLabel}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
