using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Cli.Commands;

/// <summary>`pw workflow list | show | start | fire | timers`: the operators' view of the engine.</summary>
internal static class WorkflowCommands
{
    public static Command Create(Option<string?> db)
    {
        var workflow = new Command("workflow", "Le pratiche delle fasi del ciclo: elenco, dettaglio, avvio, passi, timer.");
        var json = new Option<bool>("--json") { Description = "Risultato in JSON." };

        var year = new Option<int?>("--year") { Description = "Solo le pratiche di questo anno." };
        var phase = new Option<string?>("--phase") { Description = "Solo le pratiche di questa fase (assegnazione, monitoraggio, …)." };
        var list = new Command("list", "Elenca le pratiche con il loro stato.") { year, phase, json };
        list.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<WorkflowQueries>().InstancesAsync(result.GetValue(phase), result.GetValue(year), null, cancellationToken);
            if (result.GetValue(json))
            {
                CliHost.WriteJson(rows);
                return ExitCodes.Success;
            }

            if (rows.Count == 0)
            {
                Console.WriteLine("Nessuna pratica.");
            }

            foreach (var r in rows)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Id,5}  {r.Phase,-15} {r.Year}{(r.Round is { } n ? "/" + n : "  ")}  {(r.ParentId is null ? string.Empty : "  ")}{r.MachineLabel}{(r.Owner is null ? string.Empty : " — " + r.Owner)}  [{r.StateLabel}]{(r.OpenTasks > 0 ? $"  compiti aperti: {r.OpenTasks}" : string.Empty)}"));
            }

            return ExitCodes.Success;
        });
        workflow.Subcommands.Add(list);

        var instance = new Argument<int>("instance") { Description = "Il numero della pratica (da pw workflow list)." };
        var show = new Command("show", "Mostra una pratica: stato, passi possibili, storia.") { instance, json };
        show.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var view = await scope.ServiceProvider.GetRequiredService<WorkflowQueries>().InstanceAsync(result.GetValue(instance), CliHost.Operator, cancellationToken);
            if (view is null)
            {
                await Console.Error.WriteLineAsync($"La pratica {result.GetValue(instance)} non esiste.");
                return ExitCodes.InputErrors;
            }

            if (result.GetValue(json))
            {
                CliHost.WriteJson(view);
                return ExitCodes.Success;
            }

            Console.WriteLine($"Pratica {view.Id}: {view.PhaseLabel} — {view.MachineLabel} {view.Year}{(view.RoundLabel is null ? string.Empty : " · " + view.RoundLabel)}");
            if (view.Owner is not null)
            {
                Console.WriteLine($"Titolare: {view.Owner}");
            }

            Console.WriteLine($"Stato: {view.StateLabel} ({view.State}), revisione {view.Revision}");
            foreach (var task in view.OpenTasks)
            {
                Console.WriteLine($"Compito aperto: {task.Title}{(task.DueDate is { } due ? " entro il " + ItalianFormat.Date(due) : string.Empty)}{(task.Overdue ? " (scaduto)" : string.Empty)}");
            }

            Console.WriteLine("Passi possibili ora (come operatore):");
            foreach (var t in view.Triggers)
            {
                Console.WriteLine($"  {t.Id} — {t.Label}{(t.RequiresComment ? " [richiede --comment]" : string.Empty)}{(t.RequiresDeliberation ? " [richiede --deliberation-number e --deliberation-date]" : string.Empty)}{(t.Enabled ? string.Empty : " (non ancora: " + t.Reason + ")")}");
            }

            Console.WriteLine("Storia:");
            foreach (var j in view.Journal)
            {
                Console.WriteLine($"  {ItalianFormat.DateTime(j.AtUtc)}  {j.Actor}: {j.Trigger} ({j.From} → {j.To}){(j.Comment is null ? string.Empty : " «" + j.Comment + "»")}{(j.Deliberation is null ? string.Empty : " delibera " + j.Deliberation)}");
            }

            foreach (var c in view.Children)
            {
                Console.WriteLine($"  collegata {c.Id}: {c.MachineLabel}{(c.Owner is null ? string.Empty : " — " + c.Owner)} [{c.StateLabel}]");
            }

            return ExitCodes.Success;
        });
        workflow.Subcommands.Add(show);

        var phaseArgument = new Argument<string>("phase") { Description = "assegnazione, monitoraggio, misurazione, valutazione o rendicontazione." };
        var startYear = new Option<int>("--year") { Description = "L'anno del piano.", Required = true };
        var round = new Option<int?>("--round") { Description = "Il round (per monitoraggio e misurazione)." };
        var start = new Command("start", "Avvia una fase per un anno (e un round).") { phaseArgument, startYear, round };
        start.SetAction(async (result, cancellationToken) =>
        {
            var name = result.GetValue(phaseArgument)!;
            if (!WorkflowCatalog.Phases.Contains(name))
            {
                await Console.Error.WriteLineAsync($"Fase «{name}» sconosciuta: {string.Join(", ", WorkflowCatalog.Phases)}.");
                return ExitCodes.Usage;
            }

            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(name, result.GetValue(startYear), result.GetValue(round), CliHost.Operator, cancellationToken);
            return Report(outcome);
        });
        workflow.Subcommands.Add(start);

        var trigger = new Argument<string>("trigger") { Description = "Il passo da eseguire (da pw workflow show)." };
        var user = new Option<string?>("--as") { Description = "Esegue come questo utente (nome utente), con i suoi ruoli; senza, come operatore di sistema." };
        var comment = new Option<string?>("--comment") { Description = "Il commento, dove il passo lo richiede." };
        var number = new Option<string?>("--deliberation-number") { Description = "Il numero della delibera di Giunta." };
        var date = new Option<string?>("--deliberation-date") { Description = "La data della delibera (gg/mm/aaaa)." };
        var fire = new Command("fire", "Esegue un passo di una pratica.") { instance, trigger, user, comment, number, date };
        fire.SetAction(async (result, cancellationToken) =>
        {
            Deliberation? deliberation = null;
            if (result.GetValue(number) is not null || result.GetValue(date) is not null)
            {
                if (string.IsNullOrWhiteSpace(result.GetValue(number)) || !ItalianFormat.TryParseDate(result.GetValue(date), out var day))
                {
                    await Console.Error.WriteLineAsync("Indicare --deliberation-number e --deliberation-date (gg/mm/aaaa) insieme.");
                    return ExitCodes.Usage;
                }

                deliberation = new Deliberation(result.GetValue(number)!.Trim(), day);
            }

            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var actor = CliHost.Operator;
            if (result.GetValue(user) is { } userName)
            {
                var found = await scope.ServiceProvider.GetRequiredService<ActorLoader>().LoadUserAsync(userName, cancellationToken);
                if (found is null)
                {
                    await Console.Error.WriteLineAsync($"L'utente «{userName}» non esiste.");
                    return ExitCodes.InputErrors;
                }

                actor = found;
            }

            var outcome = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>()
                .FireAsync(result.GetValue(instance), result.GetValue(trigger)!, actor, new FireInput(result.GetValue(comment), deliberation), cancellationToken);
            return Report(outcome);
        });
        workflow.Subcommands.Add(fire);

        var timers = new Command("timers", "Esegue subito i timer scaduti (promemoria, solleciti), come fa il servizio ogni minuto.");
        timers.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var fired = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().FireDueTimersAsync(cancellationToken);
            Console.WriteLine($"Timer eseguiti: {fired}.");
            return ExitCodes.Success;
        });
        workflow.Subcommands.Add(timers);
        return workflow;
    }

    private static int Report(WorkflowResult outcome)
    {
        if (outcome.Succeeded)
        {
            Console.WriteLine(outcome.InstanceId is { } id ? $"Pratica {id}: {outcome.Message}" : outcome.Message);
            return ExitCodes.Success;
        }

        Console.Error.WriteLine(outcome.Message);
        return ExitCodes.InputErrors;
    }
}
