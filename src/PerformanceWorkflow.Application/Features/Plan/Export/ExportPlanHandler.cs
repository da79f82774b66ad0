using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Plan.Export;

/// <summary>
/// Writes the plan back to Excel as an office keeps it: one sheet per year with the operational table's columns
/// (blank cells where the value is the same as above, as merged cells read), and a sheet with the triennial table.
/// Importing the file into an empty database gives the same plan.
/// </summary>
internal sealed class ExportPlanHandler(AppDbContext db)
{
    public const string TriennialSheet = "Triennale";

    public async Task ExportAsync(Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        var years = await db.ObjectiveAssignments.AsNoTracking().Select(a => a.Year).Distinct().OrderBy(y => y).ToListAsync(cancellationToken);
        foreach (var year in years)
        {
            sheets[$"Operativo {year}"] = await OperationalRowsAsync(year, cancellationToken);
        }

        var triennial = await TriennialRowsAsync(cancellationToken);
        if (triennial.Count > 0)
        {
            sheets[TriennialSheet] = triennial;
        }

        if (sheets.Count == 0)
        {
            sheets["Operativo"] = new List<Dictionary<string, object>> { OperationalColumns.Headers.ToDictionary(h => h, _ => (object)string.Empty) };
        }

        await output.SaveAsAsync(sheets, cancellationToken: cancellationToken);
    }

    private async Task<List<Dictionary<string, object>>> OperationalRowsAsync(int year, CancellationToken cancellationToken)
    {
        var assignments = await db.ObjectiveAssignments.AsNoTracking()
            .Where(a => a.Year == year)
            .Include(a => a.Unit).ThenInclude(u => u.Department)
            .Include(a => a.OperationalObjective)
            .Include(a => a.ManagementObjectives).ThenInclude(m => m.Indicators).ThenInclude(i => i.Office)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var rows = new List<Dictionary<string, object>>();
        string? department = null;
        string? unit = null;
        foreach (var a in assignments.OrderBy(a => a.Unit.Department.Position).ThenBy(a => a.Unit.Position).ThenBy(a => a.Position))
        {
            var firstOfObjective = true;
            foreach (var m in a.ManagementObjectives.OrderBy(m => m.Position))
            {
                var firstOfManagement = true;
                foreach (var i in m.Indicators.OrderBy(i => i.Position))
                {
                    var h = OperationalColumns.Headers;
                    rows.Add(new Dictionary<string, object>(StringComparer.Ordinal)
                    {
                        [h[0]] = department == a.Unit.Department.Name ? string.Empty : a.Unit.Department.Name,
                        [h[1]] = unit == a.Unit.Name ? string.Empty : a.Unit.Name,
                        [h[2]] = firstOfObjective ? a.OperationalObjective.Code ?? string.Empty : string.Empty,
                        [h[3]] = firstOfObjective ? string.Join("; ", a.OperationalObjective.Tags) : string.Empty,
                        [h[4]] = firstOfObjective ? a.OperationalObjective.Title : string.Empty,
                        [h[5]] = firstOfManagement ? m.Title : string.Empty,
                        [h[6]] = i.Title,
                        [h[7]] = i.Office?.Name ?? string.Empty,
                        [h[8]] = i.KindLabel,
                        [h[9]] = ItalianFormat.Date(i.DueDate),
                        [h[10]] = i.Target.Text,
                    });
                    department = a.Unit.Department.Name;
                    unit = a.Unit.Name;
                    firstOfObjective = false;
                    firstOfManagement = false;
                }
            }
        }

        return rows;
    }

    private async Task<List<Dictionary<string, object>>> TriennialRowsAsync(CancellationToken cancellationToken)
    {
        var links = await db.ObjectiveLinks.AsNoTracking()
            .Include(l => l.Unit).ThenInclude(u => u.Department)
            .Include(l => l.OperationalObjective)
            .Include(l => l.StrategicObjective).ThenInclude(s => s!.MandateLine)
            .Include(l => l.BudgetMission)
            .OrderBy(l => l.Position)
            .ToListAsync(cancellationToken);
        var years = await db.PlanYears.AsNoTracking().Select(y => y.Year).OrderBy(y => y).ToListAsync(cancellationToken);

        // A year the triennial table left blank is proven by an assignment of that year to the same unit.
        var assigned = (await db.ObjectiveAssignments.AsNoTracking().Select(a => new { a.OperationalObjectiveId, a.UnitId, a.Year }).ToListAsync(cancellationToken))
            .Select(a => (a.OperationalObjectiveId, a.UnitId, a.Year)).ToHashSet();
        var h = TriennialColumns.Headers;
        return links.Select(l =>
        {
            var row = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [h[0]] = l.Unit.Department.Name,
                [h[1]] = l.Unit.Name,
                [h[2]] = l.StrategicObjective?.MandateLine.Name ?? string.Empty,
                [h[3]] = l.StrategicObjective?.Title ?? string.Empty,
                [h[4]] = l.BudgetMission?.Label ?? string.Empty,
                [h[5]] = l.OperationalObjective.Title,
                [h[6]] = string.Join("; ", l.OperationalObjective.Tags),
            };
            foreach (var year in years)
            {
                var active = l.Years.Contains(year) || (l.Years.Count == 0 && assigned.Contains((l.OperationalObjectiveId, l.UnitId, year)));
                row[year.ToString(System.Globalization.CultureInfo.InvariantCulture)] = active ? "X" : "-";
            }

            return row;
        }).ToList();
    }
}
