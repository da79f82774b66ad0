using System.CommandLine;
using System.Text.Json;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Plan.Generate;
using PerformanceWorkflow.Cli.Bench;

namespace PerformanceWorkflow.Cli.Commands;

/// <summary>`pw bench`: how the service behaves at a size, each figure beside its baseline from the same run.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var preset = new Option<string>("--preset") { Description = "tiny, comune, medium o city (predefinito: comune).", DefaultValueFactory = _ => "comune" };
        var json = new Option<bool>("--json") { Description = "Un oggetto JSON: {\"cases\":[{\"name\",\"value\",\"unit\",\"baseline\",\"ratio\",\"n\"}],\"machine\":{\"cores\",\"memoryGb\"}}." };
        var cases = new Option<string[]>("--case") { Description = "Solo questi casi (ripetibile): scoring, workflow, fanout, import, web, memory, pages, evaluation.", AllowMultipleArgumentsPerToken = true };
        var directory = new Option<DirectoryInfo?>("--dir") { Description = "Dove scrivere i database di prova (predefinito: una cartella temporanea, cancellata alla fine)." };
        var bench = new Command("bench", "Misura punteggi, import, invio delle email, transizioni, pagine sotto carico e memoria, ciascuno col suo riferimento.") { preset, json, cases, directory };
        bench.SetAction(async (result, cancellationToken) =>
        {
            var size = PlanSize.Preset(result.GetValue(preset)!);
            if (size is null)
            {
                await Console.Error.WriteLineAsync($"Preset «{result.GetValue(preset)}» sconosciuto: tiny, comune, medium, city.");
                return ExitCodes.Usage;
            }

            var given = result.GetValue(directory);
            var folder = given?.FullName ?? Directory.CreateTempSubdirectory("pw-bench-").FullName;
            var only = (result.GetValue(cases) ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
            try
            {
                var report = await new BenchRunner(size, folder, message => Console.Error.WriteLine(message)).RunAsync(only, cancellationToken);
                if (result.GetValue(json))
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(report, CliHost.Json));
                }
                else
                {
                    Console.WriteLine($"{"caso",-16} {"valore",12} {"unità",-14} {"riferimento",12} {"rapporto",9} {"n",9}");
                    foreach (var c in report.Cases)
                    {
                        Console.WriteLine($"{c.Name,-16} {c.Value,12:0.###} {c.Unit,-14} {c.Baseline,12:0.###} {c.Ratio,9:0.###} {c.N,9}");
                    }

                    Console.WriteLine($"macchina: {report.Machine.Cores} core, {report.Machine.MemoryGb} GB");
                }

                return ExitCodes.Success;
            }
            finally
            {
                if (given is null)
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    Directory.Delete(folder, recursive: true);
                }
            }
        });
        bench.Subcommands.Add(Crash());
        return bench;
    }

    /// <summary>`pw bench crash`: the crash drill of docs/reliability.md.</summary>
    private static Command Crash()
    {
        var provider = new Option<string>("--provider") { Description = "sqlite o postgresql (un cluster temporaneo dai binari di Debian).", DefaultValueFactory = _ => "sqlite" };
        var kills = new Option<int>("--kills") { Description = "Quante volte uccidere il servizio con SIGKILL (predefinito 20).", DefaultValueFactory = _ => 20 };
        var emails = new Option<int>("--emails") { Description = "Email in coda all'inizio (predefinito 2000).", DefaultValueFactory = _ => 2000 };
        var seed = new Option<int>("--seed") { Description = "Seme dei momenti casuali degli arresti.", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Il bilancio come oggetto JSON." };
        var crash = new Command("crash", "Uccide il servizio con SIGKILL durante l'invio di migliaia di email e conta perse e doppie; poi integrità del database e catena dell'audit.") { provider, kills, emails, seed, json };
        crash.SetAction(async (result, cancellationToken) =>
        {
            var chosen = result.GetValue(provider)!.ToUpperInvariant() switch
            {
                "SQLITE" => DatabaseProvider.Sqlite,
                "POSTGRESQL" or "POSTGRES" or "POSTGRESQL15" => DatabaseProvider.PostgreSql,
                _ => (DatabaseProvider?)null,
            };
            if (chosen is null || result.GetValue(kills) < 1 || result.GetValue(emails) < 10)
            {
                await Console.Error.WriteLineAsync("Uso: pw bench crash --provider sqlite|postgresql --kills N (≥ 1) --emails N (≥ 10).");
                return ExitCodes.Usage;
            }

            var folder = Directory.CreateTempSubdirectory("pw-crash-").FullName;
            try
            {
                var ledger = await new CrashDrill(folder, message => Console.Error.WriteLine(message))
                    .RunAsync(chosen.Value, result.GetValue(kills), result.GetValue(emails), result.GetValue(seed), cancellationToken);
                Console.Out.WriteLine(result.GetValue(json)
                    ? JsonSerializer.Serialize(ledger, CliHost.Json)
                    : $"{ledger.Provider}: {ledger.Kills} arresti, {ledger.Emails} email, {ledger.Lost} perse, {ledger.Duplicates} doppie (al più {ledger.MaxDuplicatesPerKill} per arresto), integrità {(ledger.IntegrityOk ? "ok" : "NO")}, audit {(ledger.AuditOk ? "ok" : "NO")}, {ledger.Seconds} s");
                return ledger.Lost == 0 && ledger.MaxDuplicatesPerKill <= 1 && ledger.IntegrityOk && ledger.AuditOk ? ExitCodes.Success : ExitCodes.InputErrors;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        });
        return crash;
    }
}
