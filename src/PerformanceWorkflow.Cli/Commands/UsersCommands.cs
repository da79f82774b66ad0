using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Users;
using PerformanceWorkflow.Domain.Security;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Cli.Commands;

/// <summary>`pw users …`: the administrators' user management, from the command line.</summary>
internal static class UsersCommands
{
    public static Command Create(Option<string?> db)
    {
        var users = new Command("users", "Utenti, ruoli, responsabilità e deleghe.");
        users.Subcommands.Add(List(db));
        users.Subcommands.Add(Add(db));
        users.Subcommands.Add(SetRoles(db));
        users.Subcommands.Add(Lock(db, locked: true));
        users.Subcommands.Add(Lock(db, locked: false));
        users.Subcommands.Add(ResetPassword(db));
        users.Subcommands.Add(Lead(db, director: true));
        users.Subcommands.Add(Lead(db, director: false));
        users.Subcommands.Add(Delegate(db));
        return users;
    }

    private static Command Run(string name, string description, Option<string?> db, Func<ParseResult, IServiceProvider, CancellationToken, Task<int>> action, params Symbol[] symbols)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
            }
        }

        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            return await action(result, scope.ServiceProvider, cancellationToken);
        });
        return command;
    }

    private static async Task<int> Report(OperationResult result, string done)
    {
        if (!result.Ok)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync(error);
            }

            return ExitCodes.InputErrors;
        }

        Console.WriteLine(done);
        if (result.Secret is not null)
        {
            Console.WriteLine($"Password temporanea (da cambiare al primo accesso): {result.Secret}");
        }

        return ExitCodes.Success;
    }

    private static async Task<string?> IdOfAsync(IServiceProvider services, string user, CancellationToken cancellationToken)
    {
        var found = await services.GetRequiredService<UserService>().FindAsync(user, cancellationToken);
        if (found is null)
        {
            await Console.Error.WriteLineAsync($"Utente «{user}» inesistente.");
        }

        return found?.Id;
    }

    private static Command List(Option<string?> db)
    {
        var json = new Option<bool>("--json") { Description = "Stampa come JSON." };
        return Run("list", "Elenca gli utenti con ruoli e responsabilità.", db, async (r, s, ct) =>
        {
            var all = await s.GetRequiredService<UserService>().ListAsync(ct);
            if (r.GetValue(json))
            {
                CliHost.WriteJson(all.Select(u => new { userName = u.UserName, fullName = u.FullName, email = u.Email, roles = u.Roles, lockedOut = u.LockedOut, leads = u.Leads }));
            }
            else
            {
                foreach (var u in all)
                {
                    Console.WriteLine($"{u.UserName,-24} {u.FullName,-40} {string.Join(",", u.Roles)}{(u.LockedOut ? " [bloccato]" : string.Empty)}{(u.Leads.Count > 0 ? " · " + string.Join("; ", u.Leads) : string.Empty)}");
                }
            }

            return ExitCodes.Success;
        }, json);
    }

    private static Command Add(Option<string?> db)
    {
        var userName = new Argument<string>("username") { Description = "Nome utente." };
        var fullName = new Option<string>("--name") { Description = "Nome e cognome.", Required = true };
        var email = new Option<string?>("--email") { Description = "Indirizzo email." };
        var roles = new Option<string[]>("--role") { Description = $"Ruolo (ripetibile): {string.Join(", ", Roles.All)}.", Required = true, AllowMultipleArgumentsPerToken = true };
        return Run("add", "Crea un utente con una password temporanea.", db, async (r, s, ct) =>
            await Report(await s.GetRequiredService<UserService>().CreateAsync(new NewUser(r.GetValue(userName)!, r.GetValue(fullName)!, r.GetValue(email), r.GetValue(roles)!, null), ct), $"Utente «{r.GetValue(userName)}» creato."),
            userName, fullName, email, roles);
    }

    private static Command SetRoles(Option<string?> db)
    {
        var user = new Argument<string>("username");
        var roles = new Option<string[]>("--role") { Description = "I ruoli dell'utente (sostituiscono quelli attuali).", Required = true, AllowMultipleArgumentsPerToken = true };
        return Run("roles", "Imposta i ruoli di un utente.", db, async (r, s, ct) =>
            await IdOfAsync(s, r.GetValue(user)!, ct) is { } id
                ? await Report(await s.GetRequiredService<UserService>().SetRolesAsync(id, r.GetValue(roles)!, ct), "Ruoli impostati.")
                : ExitCodes.InputErrors,
            user, roles);
    }

    private static Command Lock(Option<string?> db, bool locked)
    {
        var user = new Argument<string>("username");
        return Run(locked ? "lock" : "unlock", locked ? "Blocca un utente." : "Sblocca un utente.", db, async (r, s, ct) =>
            await IdOfAsync(s, r.GetValue(user)!, ct) is { } id
                ? await Report(await s.GetRequiredService<UserService>().LockAsync(id, locked, ct), locked ? "Utente bloccato." : "Utente sbloccato.")
                : ExitCodes.InputErrors,
            user);
    }

    private static Command ResetPassword(Option<string?> db)
    {
        var user = new Argument<string>("username");
        return Run("reset-password", "Assegna una password temporanea, da cambiare al primo accesso.", db, async (r, s, ct) =>
            await IdOfAsync(s, r.GetValue(user)!, ct) is { } id
                ? await Report(await s.GetRequiredService<UserService>().ResetPasswordAsync(id, ct), "Password reimpostata.")
                : ExitCodes.InputErrors,
            user);
    }

    private static Command Lead(Option<string?> db, bool director)
    {
        var user = new Argument<string>("username") { Description = "Utente (vuoto con --none)." };
        var target = new Option<string>(director ? "--department" : "--unit") { Description = director ? "Nome del settore." : "Nome della U.O.C.", Required = true };
        return Run(director ? "director" : "head", director ? "Assegna il dirigente di un settore." : "Assegna il responsabile di una U.O.C.", db, async (r, s, ct) =>
        {
            var context = s.GetRequiredService<AppDbContext>();
            var key = TextKey.Of(r.GetValue(target));
            var id = director
                ? await context.Departments.Where(d => d.Key == key).Select(d => (int?)d.Id).SingleOrDefaultAsync(ct)
                : await context.Units.Where(u => u.Key == key).Select(u => (int?)u.Id).SingleOrDefaultAsync(ct);
            if (id is null)
            {
                await Console.Error.WriteLineAsync($"{(director ? "Settore" : "U.O.C.")} «{r.GetValue(target)}» inesistente.");
                return ExitCodes.InputErrors;
            }

            if (await IdOfAsync(s, r.GetValue(user)!, ct) is not { } userId)
            {
                return ExitCodes.InputErrors;
            }

            var administration = s.GetRequiredService<UserService>();
            return await Report(director ? await administration.AssignDirectorAsync(id.Value, userId, ct) : await administration.AssignUnitHeadAsync(id.Value, userId, ct), "Assegnazione registrata.");
        }, user, target);
    }

    private static Command Delegate(Option<string?> db)
    {
        var user = new Argument<string>("username") { Description = "Il delegato." };
        var unit = new Option<string>("--unit") { Description = "Nome della U.O.C.", Required = true };
        var from = new Option<DateOnly>("--from") { Description = "Primo giorno (aaaa-mm-gg).", Required = true };
        var to = new Option<DateOnly>("--to") { Description = "Ultimo giorno (aaaa-mm-gg).", Required = true };
        return Run("delegate", "Delega a un utente l'inserimento dei valori di una U.O.C. per un periodo.", db, async (r, s, ct) =>
        {
            var key = TextKey.Of(r.GetValue(unit));
            var unitId = await s.GetRequiredService<AppDbContext>().Units.Where(u => u.Key == key).Select(u => (int?)u.Id).SingleOrDefaultAsync(ct);
            if (unitId is null)
            {
                await Console.Error.WriteLineAsync($"U.O.C. «{r.GetValue(unit)}» inesistente.");
                return ExitCodes.InputErrors;
            }

            return await IdOfAsync(s, r.GetValue(user)!, ct) is { } id
                ? await Report(await s.GetRequiredService<UserService>().DelegateAsync(CliHost.Operator, unitId.Value, id, r.GetValue(from), r.GetValue(to), ct), "Delega registrata.")
                : ExitCodes.InputErrors;
        }, user, unit, from, to);
    }
}
