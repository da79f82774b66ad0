using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Rewards;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Rewards;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Cli.Commands;

/// <summary>`pw bonus settings | compute`: the sistema premiante of a year.</summary>
internal static class BonusCommands
{
    public static Command Create(Option<string?> db)
    {
        var bonus = new Command("bonus", "Il sistema premiante: fondi, regole e premi di un anno.");
        bonus.Subcommands.Add(Settings(db));
        bonus.Subcommands.Add(Compute(db));
        return bonus;
    }

    private static Option<int> YearOption() => new("--year") { Description = "Anno (della valutazione).", Required = true };

    private static Command Settings(Option<string?> db)
    {
        var year = YearOption();
        var json = new Option<bool>("--json") { Description = "Stampa le impostazioni come JSON (lo stesso formato di --set)." };
        var set = new Option<FileInfo?>("--set") { Description = "Salva le impostazioni da un file JSON (quello stampato da --json, modificato)." };
        var command = new Command("settings", "Fondi per gruppo, soglia e coefficienti, parametri d'area, maggiorazione art. 81. Un anno mai salvato prende quelle dell'anno prima.") { year, json, set };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var bonuses = scope.ServiceProvider.GetRequiredService<BonusService>();
            if (result.GetValue(set) is { } file)
            {
                RewardSettings settings;
                try
                {
                    settings = YearSettings.Deserialize<RewardSettings>(await File.ReadAllTextAsync(file.FullName, cancellationToken)) with { Year = result.GetValue(year) };
                }
                catch (Exception exception) when (exception is JsonException or IOException or InvalidDataException)
                {
                    await Console.Error.WriteLineAsync($"Il file delle impostazioni non si legge: {exception.Message}");
                    return ExitCodes.InputErrors;
                }

                var problems = await bonuses.SaveSettingsAsync(settings, CliHost.Operator.Name, cancellationToken);
                foreach (var problem in problems)
                {
                    await Console.Error.WriteLineAsync(problem);
                }

                if (problems.Count > 0)
                {
                    return ExitCodes.InputErrors;
                }

                Console.WriteLine($"Impostazioni dei premi {settings.Year} salvate.");
                return ExitCodes.Success;
            }

            var (current, origin) = await bonuses.SettingsAsync(result.GetValue(year), cancellationToken);
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(current, YearSettings.Json));
                return ExitCodes.Success;
            }

            Console.WriteLine($"Premi {current.Year} ({origin switch { SettingsOrigin.Saved => "salvate", SettingsOrigin.CopiedFromPreviousYear => "copiate dall'anno precedente", _ => "predefinite" }})");
            foreach (var pool in current.Pools)
            {
                Console.WriteLine(string.Create(ItalianFormat.Culture, $"  fondo {RoleGroups.Label(pool.Group),-11} {pool.Budget,14:N2} €"));
            }

            Console.WriteLine(string.Create(ItalianFormat.Culture, $"  soglia {current.Threshold}; regola {(current.Rule == CoefficientRule.Linear ? "lineare" : "per fasce")}; maggiorazione {current.MaggiorazionePercent} % del premio medio a non più del {current.MaggiorazioneShare} % del personale"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Compute(Option<string?> db)
    {
        var year = YearOption();
        var json = new Option<bool>("--json") { Description = "Stampa fondi, premi e tabelle art. 20 come JSON (importi in euro con i centesimi)." };
        var command = new Command("compute", "Calcola i premi dai punteggi definitivi: ogni fondo pagato al centesimo (o il risparmio), con le tabelle art. 20.") { year, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var bonuses = scope.ServiceProvider.GetRequiredService<BonusService>();
            var release = await bonuses.ReleaseAsync(result.GetValue(year), cancellationToken);
            if (!release.Released)
            {
                await Console.Error.WriteLineAsync("Attenzione: " + release.Reason);
            }

            var report = await bonuses.ComputeAsync(result.GetValue(year), cancellationToken);
            if (result.GetValue(json))
            {
                CliHost.WriteJson(new
                {
                    year = report.Year,
                    pools = report.Result.Pools.Select(p => new { group = RoleGroups.Label(p.Group), budget = p.Budget, paid = p.Paid, savings = p.Savings }),
                    people = report.Result.People.Select(p => new { matricola = p.Key, group = RoleGroups.Label(p.Group), area = p.Area, final = p.Final, coefficient = p.Coefficient, factor = p.Factor, maggiorazione = p.Maggiorazione, amount = p.Amount }),
                    art20 = new { dirigenti = report.Dirigenti, personale = report.Personale },
                });
                return ExitCodes.Success;
            }

            foreach (var pool in report.Result.Pools)
            {
                Console.WriteLine(string.Create(ItalianFormat.Culture, $"{RoleGroups.Label(pool.Group),-11} fondo {pool.Budget,14:N2} €  pagato {pool.Paid,14:N2} €  risparmio {pool.Savings,12:N2} €  ({pool.Eligible} premiati su {pool.People}, maggiorazione a {pool.WithMaggiorazione})"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
