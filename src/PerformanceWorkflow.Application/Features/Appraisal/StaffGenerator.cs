using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Appraisal;

/// <summary>A synthetic person: a row of a staff file.</summary>
internal sealed record GeneratedPerson(string Matricola, string LastName, string FirstName, RoleGroup Group, string Area, string Structure, string? UserName, decimal PartTime = 100, int Months = 12)
{
    public string Email => $"{Matricola.ToLowerInvariant()}@comune.example";
}

/// <summary>
/// Synthetic staff for a plan already in the database: a dirigente per department (the one on the chart), an EQ per
/// unit (the unit's head where there is one), and employees in every unit, with CCNL areas, part-time and months of
/// service. Deterministic for a seed. Names are invented; matricole are S0001…. It writes the staff file the real
/// importer reads, so the demo and the rehearsal go through the same checks as an office's file.
/// </summary>
internal static class StaffGenerator
{
    public static IReadOnlyList<string> Areas { get; } = ["Operatori", "Operatori esperti", "Istruttori", "Funzionari e EQ"];

    private static readonly string[] LastNames = ["Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso"];

    private static readonly string[] FirstNames = ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Andrea", "Sara", "Matteo", "Elena", "Paolo", "Laura", "Stefano", "Anna", "Davide", "Silvia", "Roberto", "Marta", "Simone", "Valentina", "Alessandro"];

    /// <param name="employeesPerUnit">Employees in each unit besides its EQ.</param>
    /// <param name="extra">People to add as they are (for example the demo employee, with his account).</param>
    public static async Task<List<GeneratedPerson>> ForPlanAsync(AppDbContext db, int seed, int employeesPerUnit, IReadOnlyList<(string UserName, RoleGroup Group, string Structure)> extra, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(extra);
        var random = new Random(seed);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Position).Select(d => new { d.Id, d.Name, d.Key }).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Department.Position).ThenBy(u => u.Position).Select(u => new { u.Id, u.Name, u.Key, u.DepartmentId, DepartmentKey = u.Department.Key }).ToListAsync(cancellationToken);
        var people = new List<GeneratedPerson>();
        string Next() => string.Create(CultureInfo.InvariantCulture, $"S{people.Count + 1:D4}");
        (string, string) Name() => (LastNames[random.Next(LastNames.Length)], FirstNames[random.Next(FirstNames.Length)]);
        foreach (var department in departments)
        {
            var (last, first) = Name();
            people.Add(new GeneratedPerson(Next(), last, first, RoleGroup.Director, "Dirigenza", department.Name, null));
        }

        foreach (var unit in units)
        {
            // An U.O.A. is its own single unit, led by its dirigente: no EQ there.
            if (unit.Key != unit.DepartmentKey)
            {
                var (last, first) = Name();
                people.Add(new GeneratedPerson(Next(), last, first, RoleGroup.UnitHead, "Funzionari e EQ", unit.Name, null));
            }

            for (var i = 0; i < employeesPerUnit; i++)
            {
                var (last, first) = Name();
                var partTime = random.NextDouble() < 0.15 ? 50m + (random.Next(0, 4) * 10) : 100m;
                var months = random.NextDouble() < 0.1 ? random.Next(6, 12) : 12;
                people.Add(new GeneratedPerson(Next(), last, first, RoleGroup.Staff, Areas[random.Next(Areas.Count - 1)], unit.Name, null, partTime, months));
            }
        }

        foreach (var (userName, group, structure) in extra)
        {
            var (last, first) = Name();
            people.Add(new GeneratedPerson(Next(), last, first, group, group == RoleGroup.Staff ? "Istruttori" : "Funzionari e EQ", structure, userName));
        }

        return people;
    }

    /// <summary>The staff file of these people, as an office writes it (CSV, ';', UTF-8 with BOM).</summary>
    public static byte[] ToCsv(IEnumerable<GeneratedPerson> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var builder = new StringBuilder(string.Join(";", StaffImportHandler.Columns)).Append("\r\n");
        foreach (var p in people)
        {
            builder.AppendJoin(';', [p.Matricola, p.LastName, p.FirstName, p.Email, RoleGroups.Label(p.Group), p.Area, Quote(p.Structure), string.Empty,
                ItalianFormat.Number(p.PartTime), p.Months.ToString(CultureInfo.InvariantCulture), p.UserName ?? string.Empty]).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    private static string Quote(string text) => text.Contains(';', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal) ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
