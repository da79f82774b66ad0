using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Features.Plan.Generate;

namespace PerformanceWorkflow.Cli.Commands;

/// <summary>`pw plan generate`: a synthetic plan of any size, for measuring how the service scales.</summary>
internal static class GenerateCommand
{
    public static Command Create(Option<string?> db)
    {
        var preset = new Option<string?>("--preset") { Description = "tiny, comune (la dimensione del PIAO di riferimento), medium, city (30 settori, 500 unità, 10.000 obiettivi, 50.000 indicatori, 25.000 persone, 4 round)." };
        var departments = new Option<int?>("--departments") { Description = "Settori." };
        var units = new Option<int?>("--units") { Description = "Unità (U.O.C.)." };
        var objectives = new Option<int?>("--objectives") { Description = "Obiettivi operativi (i primi tre trasversali, Tras_, in ogni unità)." };
        var indicators = new Option<int?>("--indicators") { Description = "Indicatori." };
        var people = new Option<int?>("--people") { Description = "Persone (un dirigente per settore, un responsabile per unità, gli altri dipendenti)." };
        var rounds = new Option<int?>("--rounds") { Description = "Round con valori (0–4)." };
        var seed = new Option<int>("--seed") { Description = "Il seme (stesso seme, stesso piano).", DefaultValueFactory = _ => 1 };
        var year = new Option<int?>("--year") { Description = "L'anno del piano (predefinito: quello in corso)." };
        var generate = new Command("generate", "Scrive un piano sintetico realistico in un database vuoto (--db).") { preset, departments, units, objectives, indicators, people, rounds, seed, year };
        generate.SetAction(async (result, cancellationToken) =>
        {
            var basis = result.GetValue(preset) is { } name ? PlanSize.Preset(name) : PlanSize.Comune;
            if (basis is null)
            {
                await Console.Error.WriteLineAsync($"Preset «{result.GetValue(preset)}» sconosciuto: tiny, comune, medium, city.");
                return ExitCodes.Usage;
            }

            var size = new PlanSize(
                result.GetValue(departments) ?? basis.Departments,
                result.GetValue(units) ?? basis.Units,
                result.GetValue(objectives) ?? basis.Objectives,
                result.GetValue(indicators) ?? basis.Indicators,
                result.GetValue(people) ?? basis.People,
                result.GetValue(rounds) ?? basis.Rounds);
            if (size.Problems() is { Count: > 0 } problems)
            {
                await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, problems));
                return ExitCodes.Usage;
            }

            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            try
            {
                var thisYear = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().Year;
                var generated = await scope.ServiceProvider.GetRequiredService<PlanGenerator>().GenerateAsync(size, result.GetValue(year) ?? thisYear, result.GetValue(seed), cancellationToken);
                Console.WriteLine($"Piano {generated.Year}: {generated.Departments} settori, {generated.Units} unità, {generated.Objectives} obiettivi ({generated.Assignments} assegnazioni), {generated.Indicators} indicatori, {generated.People} persone, {generated.Values} valori in {generated.Elapsed.TotalSeconds:0.0} s.");
                return ExitCodes.Success;
            }
            catch (InvalidOperationException exception)
            {
                await Console.Error.WriteLineAsync(exception.Message);
                return ExitCodes.InputErrors;
            }
        });
        return generate;
    }
}
