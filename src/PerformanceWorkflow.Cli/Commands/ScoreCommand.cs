using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Cli.Commands;

/// <summary>`pw score`: every dimension of a year and round, computed now by the engine.</summary>
internal static class ScoreCommand
{
    public static Command Create(Option<string?> db)
    {
        var year = new Option<int>("--year") { Description = "Anno del piano.", Required = true };
        var round = new Option<int?>("--round") { Description = "Numero del round; predefinito: l'ultimo con valori." };
        var json = new Option<bool>("--json") { Description = "Stampa i punteggi come JSON." };
        var recompute = new Option<bool>("--recompute") { Description = "Ricalcola e salva i punteggi non aggiornati dell'anno, come fa il servizio dopo ogni modifica (senza stamparli)." };
        var command = new Command("score", "Calcola i punteggi di ogni dimensione dell'albero della performance.") { year, round, json, recompute };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var scores = scope.ServiceProvider.GetRequiredService<ScoreService>();
            if (result.GetValue(recompute))
            {
                var stored = await scores.RecomputeYearAsync(result.GetValue(year), cancellationToken);
                Console.WriteLine(stored == 0 ? $"I punteggi del {result.GetValue(year)} sono già aggiornati." : $"Punteggi del {result.GetValue(year)} ricalcolati e salvati per {stored} round.");
                return ExitCodes.Success;
            }

            var chosen = await scores.RoundAsync(result.GetValue(year), result.GetValue(round), cancellationToken);
            if (chosen is null)
            {
                await Console.Error.WriteLineAsync($"Il piano {result.GetValue(year)} o il round richiesto non esiste.");
                return ExitCodes.InputErrors;
            }

            var report = await scores.ComputeAsync(chosen.Year, chosen.Id, cancellationToken);
            if (result.GetValue(json))
            {
                CliHost.WriteJson(Json(report));
            }
            else
            {
                Print(report);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The documented shape of `pw score --json`: unrounded percentages, null where nothing is scored.</summary>
    private static object Json(ScoreReport r)
    {
        var names = new ScoreReportNames(r);
        return new
        {
            year = r.Year,
            round = r.Round,
            organization = new { percent = r.Organization.Percent, indicators = r.Organization.Indicators },
            departments = r.Departments.Select(d => new { name = d.Name, percent = d.Score.Percent, indicators = d.Score.Indicators }),
            units = r.Units.Select(u => new { name = u.Name, department = u.Department, percent = u.Score.Percent, indicators = u.Score.Indicators }),
            directors = r.Leaders.Where(l => l.Group == RoleGroup.Director).Select(l => new { name = l.Name, percent = l.Score.Percent, indicators = l.Score.Indicators }),
            objectives = r.Objectives.Select(o => new { code = o.Code, unit = o.Unit, percent = o.Score.Percent, indicators = o.Score.Indicators }),
            mandateLines = r.MandateLines.Select(m => new { name = m.Name, percent = m.Score.Percent }),
            indicators = r.Indicators.Select(i => new { id = i.Id, department = names.Department(i), unit = names.Unit(i), code = names.Code(i), kind = i.Kind.ToString(), target = i.Target, value = i.Value, percent = i.Percent, rule = i.Rule.ToString() }),
        };
    }

    private static void Print(ScoreReport r)
    {
        Console.WriteLine($"Punteggi {r.Year} — {r.RoundLabel}");
        Console.WriteLine($"Ente: {ScoreService.Format(r.Organization.Percent)} ({r.Organization.Indicators} indicatori)");
        foreach (var d in r.Departments)
        {
            Console.WriteLine($"  {d.Name}: {ScoreService.Format(d.Score.Percent)} ({d.Score.Indicators})");
            foreach (var u in r.Units.Where(u => u.DepartmentId == d.Id))
            {
                Console.WriteLine($"    {u.Name}: {ScoreService.Format(u.Score.Percent)} ({u.Score.Indicators})");
            }
        }

        Console.WriteLine("Linee di mandato (controllo strategico, media pesata):");
        foreach (var m in r.MandateLines)
        {
            Console.WriteLine($"  {m.Name}: {ScoreService.Format(m.Score.Percent)}");
        }
    }
}
