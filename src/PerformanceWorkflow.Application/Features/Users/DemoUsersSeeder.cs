using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Security;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Users;

/// <summary>
/// The roles, always; and, with the demo data (Development only unless configured), one demo user per role tied to
/// the organization chart of the reference plan. Names are roles, not people: no personal data in a demo.
/// </summary>
public sealed class DemoUsersSeeder(RoleManager<IdentityRole> roles, UserManager<AppUser> users, AppDbContext db)
{
    /// <summary>The demo password of every demo user (listed in the README).</summary>
    public const string Password = "Comune.Demo2024";

    public static IReadOnlyList<(string UserName, string FullName, string Role, string? Leads)> Users { get; } =
    [
        ("amministratore", "Controllo di gestione (demo)", Roles.Administrator, null),
        ("dirigente.affari", "Dirigente Affari Giuridici (demo)", Roles.Director, "SETTORE AFFARI GIURIDICI E SERVIZI DI GOVERNO"),
        ("dirigente.risorse", "Dirigente Gestione Risorse (demo)", Roles.Director, "SETTORE GESTIONE RISORSE, PERSONE, AZIENDE E TERRITORIO"),
        ("comandante.pm", "Comandante Polizia Municipale (demo)", Roles.Director, "U.O.A. POLIZIA MUNICIPALE"),
        ("responsabile.llpp", "Responsabile Lavori Pubblici (demo)", Roles.UnitHead, "U.O.C. Lavori Pubblici-Patrimonio"),
        ("segretario", "Segretario generale (demo)", Roles.SecretaryGeneral, null),
        ("nucleo", "Nucleo di valutazione (demo)", Roles.EvaluationBody, null),
        ("personale", "Ufficio personale (demo)", Roles.HumanResources, null),
        ("dipendente", "Dipendente (demo)", Roles.Employee, null),
    ];

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var (userName, fullName, role, leads) in Users)
        {
            var user = await users.FindByNameAsync(userName);
            if (user is null)
            {
                user = new AppUser { UserName = userName, FullName = fullName, Email = $"{userName}@comune.example", EmailConfirmed = true };
                var created = await users.CreateAsync(user, Password);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
                }

                await users.AddToRoleAsync(user, role);
            }

            if (leads is null)
            {
                continue;
            }

            var key = TextKey.Of(leads);
            if (role == Roles.Director && await db.Departments.SingleOrDefaultAsync(d => d.Key == key, cancellationToken) is { DirectorId: null } department)
            {
                department.AssignDirector(user.Id);
            }
            else if (await db.Units.SingleOrDefaultAsync(u => u.Key == key, cancellationToken) is { HeadId: null } unit)
            {
                unit.AssignHead(user.Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
