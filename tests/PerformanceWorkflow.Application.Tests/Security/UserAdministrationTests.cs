using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Users;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Application.Tests.Support;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Security;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Tests.Security;

/// <summary>Users, roles, who leads what, delegations for a period; every change audited, never a password.</summary>
public sealed class UserAdministrationTests
{
    private static Task<int> UnitIdAsync(TestDatabase db, string name) =>
        db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Units.Where(u => u.Key == TextKey.Of(name)).Select(u => u.Id).SingleAsync());

    private static Task<int> DepartmentIdAsync(TestDatabase db, string name) =>
        db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Departments.Where(d => d.Key == TextKey.Of(name)).Select(d => d.Id).SingleAsync());

    private static async Task<string> CreateAsync(TestDatabase db, string userName, params string[] roles)
    {
        var result = await db.RunAsync(sp => sp.GetRequiredService<UserService>().CreateAsync(new NewUser(userName, $"{userName} (test)", null, roles, null), CancellationToken.None));
        Assert.True(result.Ok, string.Join(" ", result.Errors));
        Assert.NotNull(result.Secret);
        return (await db.RunAsync(sp => sp.GetRequiredService<UserService>().FindAsync(userName, CancellationToken.None)))!.Id;
    }

    [Fact]
    public async Task Users_are_searched_by_name_user_name_address_and_role_a_page_at_a_time()
    {
        await using var db = await TestDatabase.CreateAsync();
        foreach (var (name, full, email, role) in new[]
        {
            ("mario.rossi", "Mario Rossi", "m.rossi@comune.it", Roles.Director),
            ("anna.bianchi", "Anna Bianchi", "ufficio_personale@comune.it", Roles.HumanResources),
            ("luca.verdi", "Luca Verdi", "luca.verdi@comune.it", Roles.UnitHead),
            ("paola.rossini", "Paola Rossini", null, Roles.UnitHead),
        })
        {
            Assert.True((await db.RunAsync(sp => sp.GetRequiredService<UserService>().CreateAsync(new NewUser(name, full, email, [role], null), CancellationToken.None))).Ok);
        }

        Task<UserPage> SearchAsync(string? text, string? role = null, int page = 1, int size = 50) =>
            db.RunAsync(sp => sp.GetRequiredService<UserService>().SearchAsync(new UserSearch(text, role, page, size), CancellationToken.None));

        Assert.Equal(["Mario Rossi", "Paola Rossini"], (await SearchAsync("ROSS")).Users.Select(u => u.FullName));
        Assert.Equal(["Mario Rossi"], (await SearchAsync("m.rossi@")).Users.Select(u => u.FullName));
        Assert.Equal(["Luca Verdi"], (await SearchAsync("luca.v")).Users.Select(u => u.FullName));
        Assert.Equal(["Luca Verdi", "Paola Rossini"], (await SearchAsync(null, Roles.UnitHead)).Users.Select(u => u.FullName));
        Assert.Equal(["Paola Rossini"], (await SearchAsync("rossi", Roles.UnitHead)).Users.Select(u => u.FullName));

        // "_" and "%" are letters to look for, not wildcards.
        Assert.Equal(["Anna Bianchi"], (await SearchAsync("o_p")).Users.Select(u => u.FullName));
        Assert.Empty((await SearchAsync("%")).Users);
        Assert.Empty((await SearchAsync("a_b")).Users);

        var second = await SearchAsync(null, null, page: 2, size: 3);
        Assert.Equal((4, 2, 2), (second.Total, second.Page, second.Pages));
        Assert.Equal(["Paola Rossini"], second.Users.Select(u => u.FullName));
        Assert.Equal(2, (await SearchAsync(null, null, page: 99, size: 3)).Page);
        Assert.Equal([Roles.UnitHead], second.Users.Single().Roles);
    }

    [Fact]
    public async Task Fields_that_choose_a_person_suggest_active_people_and_resolve_user_names()
    {
        await using var db = await TestDatabase.CreateAsync();
        await CreateAsync(db, "mario.rossi", Roles.Director);
        await CreateAsync(db, "maria.rossetti", Roles.UnitHead);
        var locked = await CreateAsync(db, "marco.rossini", Roles.UnitHead);
        Assert.True((await db.RunAsync(sp => sp.GetRequiredService<UserService>().LockAsync(locked, true, CancellationToken.None))).Ok);
        var administration = (Func<IServiceProvider, UserService>)(sp => sp.GetRequiredService<UserService>());

        Assert.Empty(await db.RunAsync(sp => administration(sp).SuggestAsync("r", null, 10, CancellationToken.None)));
        Assert.Equal(["maria.rossetti", "mario.rossi"], (await db.RunAsync(sp => administration(sp).SuggestAsync("ross", null, 10, CancellationToken.None))).Select(u => u.UserName));
        Assert.Equal(["mario.rossi"], (await db.RunAsync(sp => administration(sp).SuggestAsync("ross", Roles.Director, 10, CancellationToken.None))).Select(u => u.UserName));
        Assert.Single(await db.RunAsync(sp => administration(sp).SuggestAsync("ross", null, 1, CancellationToken.None)));

        Assert.Equal((null, null), await db.RunAsync(sp => administration(sp).ResolveAsync("  ")));
        var (id, error) = await db.RunAsync(sp => administration(sp).ResolveAsync(" mario.rossi "));
        Assert.Null(error);
        Assert.Equal(id, (await db.RunAsync(sp => administration(sp).FindAsync("mario.rossi", CancellationToken.None)))!.Id);
        Assert.StartsWith("Nessun utente «mario.bianchi»", (await db.RunAsync(sp => administration(sp).ResolveAsync("mario.bianchi"))).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_user_gets_a_temporary_password_to_change_and_the_trail_never_holds_it()
    {
        await using var db = await TestDatabase.CreateAsync();
        var result = await db.RunAsync(sp => sp.GetRequiredService<UserService>().CreateAsync(new NewUser("mario.rossi", "Mario Rossi", "mario.rossi@comune.it", [Roles.Director], null), CancellationToken.None));

        Assert.True(result.Ok);
        var user = await db.RunAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("mario.rossi"));
        Assert.True(user!.MustChangePassword);
        Assert.True(await db.RunAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().CheckPasswordAsync(user, result.Secret!)));
        var trail = await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().SingleAsync());
        Assert.Equal("user.created", trail.Action);
        Assert.DoesNotContain(result.Secret!, trail.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_must_be_known_and_changes_are_audited()
    {
        await using var db = await TestDatabase.CreateAsync();
        var id = await CreateAsync(db, "anna", Roles.Employee);
        var administration = (IServiceProvider sp) => sp.GetRequiredService<UserService>();

        var unknown = await db.RunAsync(sp => administration(sp).SetRolesAsync(id, ["Sindaco"], CancellationToken.None));
        var changed = await db.RunAsync(sp => administration(sp).SetRolesAsync(id, [Roles.UnitHead, Roles.Employee], CancellationToken.None));

        Assert.False(unknown.Ok);
        Assert.Contains("Sindaco", unknown.Errors[0], StringComparison.Ordinal);
        Assert.True(changed.Ok);
        Assert.Equal([Roles.UnitHead, Roles.Employee], (await db.RunAsync(sp => administration(sp).FindAsync(id, CancellationToken.None)))!.Roles.Order().Reverse());
        Assert.Contains("user.roles.changed", await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task A_director_owns_every_unit_of_his_department_and_a_delegate_only_during_the_delegation()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var db = await Values.ReferenceAsync(clock);
        var director = await CreateAsync(db, "dirigente", Roles.Director);
        var employee = await CreateAsync(db, "impiegata", Roles.Employee);
        var department = await DepartmentIdAsync(db, "SETTORE GESTIONE RISORSE, PERSONE, AZIENDE E TERRITORIO");
        var works = await UnitIdAsync(db, "U.O.C. Lavori Pubblici-Patrimonio");
        Assert.True((await db.RunAsync(sp => sp.GetRequiredService<UserService>().AssignDirectorAsync(department, director, CancellationToken.None))).Ok);

        var owned = await db.RunAsync(sp => sp.GetRequiredService<ActorLoader>().OwnedUnitsAsync(director, CancellationToken.None));
        Assert.Equal(4, owned.Count);
        Assert.Contains(works, owned);

        var directorActor = new Actor(director, "dirigente", new HashSet<string>([Roles.Director]), owned);
        var delegated = await db.RunAsync(sp => sp.GetRequiredService<UserService>().DelegateAsync(directorActor, works, employee, new DateOnly(2024, 3, 10), new DateOnly(2024, 3, 20), CancellationToken.None));
        Assert.True(delegated.Ok);
        var stranger = new Actor(employee, "impiegata", new HashSet<string>([Roles.Employee]), new HashSet<int>());
        Assert.False((await db.RunAsync(sp => sp.GetRequiredService<UserService>().DelegateAsync(stranger, works, director, new DateOnly(2024, 3, 10), new DateOnly(2024, 3, 20), CancellationToken.None))).Ok);

        async Task<HashSet<int>> OwnedOnAsync(int day)
        {
            clock.SetUtcNow(new DateTimeOffset(2024, 3, day, 9, 0, 0, TimeSpan.Zero));
            return await db.RunAsync(sp => sp.GetRequiredService<ActorLoader>().OwnedUnitsAsync(employee, CancellationToken.None));
        }

        Assert.Empty(await OwnedOnAsync(9));
        Assert.Equal([works], await OwnedOnAsync(10));
        Assert.Equal([works], await OwnedOnAsync(20));
        Assert.Empty(await OwnedOnAsync(21));
    }

    [Fact]
    public async Task A_signed_in_person_s_units_are_kept_five_minutes_and_a_change_saved_here_counts_at_once()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var db = await Values.ReferenceAsync(clock);
        var director = await CreateAsync(db, "dirigente", Roles.Director);
        var department = await DepartmentIdAsync(db, "SETTORE GESTIONE RISORSE, PERSONE, AZIENDE E TERRITORIO");
        var principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, director), new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Name, "dirigente")], "test"));
        Task<IReadOnlySet<int>> UnitsAsync() => db.RunAsync(async sp => (await sp.GetRequiredService<ActorLoader>().LoadAsync(principal, CancellationToken.None)).OwnedUnits);

        Assert.Empty(await UnitsAsync());

        // Through the application (EF's SaveChanges): the cache is emptied, the next page sees the department's units.
        Assert.True((await db.RunAsync(sp => sp.GetRequiredService<UserService>().AssignDirectorAsync(department, director, CancellationToken.None))).Ok);
        Assert.Equal(4, (await UnitsAsync()).Count);

        // Behind the application's back, as another instance would: seen once the five minutes are over.
        await db.RunAsync(sp => sp.GetRequiredService<AppDbContext>().Departments.Where(d => d.Id == department).ExecuteUpdateAsync(u => u.SetProperty(d => d.DirectorId, (string?)null)));
        Assert.Equal(4, (await UnitsAsync()).Count);
        clock.Advance(ReadCaches.Lifetime);
        Assert.Empty(await UnitsAsync());
    }

    [Fact]
    public async Task A_director_is_a_dimension_of_the_scores_the_flat_mean_of_his_departments_indicators()
    {
        await using var db = await Values.ReferenceAsync();
        var director = await CreateAsync(db, "dirigente", Roles.Director);
        var department = await DepartmentIdAsync(db, "SETTORE GESTIONE RISORSE, PERSONE, AZIENDE E TERRITORIO");
        await db.RunAsync(sp => sp.GetRequiredService<UserService>().AssignDirectorAsync(department, director, CancellationToken.None));
        var indicators = await Values.IndicatorsAsync(db);
        await Values.ImportAsync(db, Values.Csv(indicators.Select(i => (i.Id, i.Kind == Domain.Plan.IndicatorKind.Activity ? "4" : i.Kind == Domain.Plan.IndicatorKind.Informational ? "1" : "0"))), round: 4);

        var report = await db.RunAsync(async sp =>
        {
            var scores = sp.GetRequiredService<ScoreService>();
            return await scores.ComputeAsync(2024, (await scores.RoundAsync(2024, 4, CancellationToken.None))!.Id, CancellationToken.None);
        });

        var leader = Assert.Single(report.Leaders);
        Assert.Equal((RoleGroup.Director, "dirigente (test)"), (leader.Group, leader.Name));
        Assert.Equal(report.Departments.Single(d => d.Id == department).Score, leader.Score);
    }

    [Fact]
    public async Task Assigning_a_department_needs_a_director()
    {
        await using var db = await Values.ReferenceAsync();
        var employee = await CreateAsync(db, "impiegato", Roles.Employee);
        var department = await DepartmentIdAsync(db, "U.O.A. POLIZIA MUNICIPALE");
        var result = await db.RunAsync(sp => sp.GetRequiredService<UserService>().AssignDirectorAsync(department, employee, CancellationToken.None));
        Assert.False(result.Ok);
    }
}
