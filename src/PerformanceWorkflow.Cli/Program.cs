using System.CommandLine;
using System.Globalization;
using PerformanceWorkflow.Cli;
using PerformanceWorkflow.Cli.Commands;

CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("it-IT");
Console.OutputEncoding = System.Text.Encoding.UTF8;

var db = new Option<string?>("--db")
{
    Description = "Database: percorso di un file SQLite o stringa di connessione (predefinito: quello configurato).",
    Recursive = true,
};
var root = new RootCommand("pw — lo strumento a riga di comando di PerformanceWorkflow (ciclo della performance del Comune).");
root.Options.Add(db);
root.Subcommands.Add(PlanCommands.Create(db));
root.Subcommands.Add(ValuesCommands.Create(db));
root.Subcommands.Add(ScoreCommand.Create(db));
root.Subcommands.Add(UsersCommands.Create(db));
root.Subcommands.Add(AuditCommands.Create(db));
root.Subcommands.Add(WorkflowCommands.Create(db));
root.Subcommands.Add(StaffCommands.Create(db));
root.Subcommands.Add(EvaluationCommands.Create(db));
root.Subcommands.Add(BonusCommands.Create(db));
root.Subcommands.Add(ReportCommands.Create(db));
root.Subcommands.Add(CycleCommands.Create(db));
root.Subcommands.Add(DbCommands.Create(db));
root.Subcommands.Add(BenchCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        await Console.Error.WriteLineAsync(error.Message);
    }

    await Console.Error.WriteLineAsync("Uso: pw --help");
    return ExitCodes.Usage;
}

return await parse.InvokeAsync();
