using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Security;
using PerformanceWorkflow.Application.Features.Workflows;

namespace PerformanceWorkflow.Application.Features.Appraisal;

/// <summary>Who evaluates a person and on which structure's score, as the evaluator matrix and the chart say.</summary>
public sealed record AppraisalAssignment(StaffMember Person, string? EvaluatorUserId, string EvaluatorName, bool ByEvaluationBody, string? Dimension, int? ScoredId, string? ScoredName, string? Problem);

/// <summary>Whether the year's consuntivo scores are final, with the reason when not.</summary>
public sealed record ConsuntivoState(bool Final, RoundInfo? Round, string? Reason);

/// <summary>
/// What the evaluation reads again and again within one request, job or start of 25,000 forms — the year's settings,
/// the consuntivo's scores, the chart — read once per scope; and the computation of a form from them.
/// </summary>
public sealed class AppraisalData(AppDbContext db, AppraisalSettingsStore settingsStore, ScoreService scores)
{
    private readonly Dictionary<int, AppraisalSettings> settings = [];
    private readonly Dictionary<int, (RoundInfo? Round, ScoreReport? Report)> reports = [];
    private Dictionary<int, AppraisalAssignment>? assignments;

    public async Task<AppraisalSettings> SettingsAsync(int year, CancellationToken cancellationToken)
    {
        if (!settings.TryGetValue(year, out var value))
        {
            value = await settingsStore.GetAsync(year, cancellationToken);
            settings[year] = value;
        }

        return value;
    }

    /// <summary>The consuntivo is final when its round has values and the misurazione concluded (or the round was closed), and its scores are fresh.</summary>
    public async Task<ConsuntivoState> ConsuntivoAsync(int year, CancellationToken cancellationToken)
    {
        var round = (await scores.RoundsAsync(year, cancellationToken)).LastOrDefault(r => r.Kind == RoundKind.Final);
        if (round is null || !round.HasValues)
        {
            return new ConsuntivoState(false, round, $"il consuntivo {year} non ha ancora valori: la valutazione parte dai punteggi definitivi.");
        }

        var concluded = round.Status == RoundStatus.Closed
            || await db.WorkflowInstances.AnyAsync(i => i.Machine == WorkflowNames.Machines.Measurement && i.Year == year && i.State == WorkflowNames.States.Concluded, cancellationToken);
        if (!concluded)
        {
            return new ConsuntivoState(false, round, $"il consuntivo {year} non è concluso: la valutazione parte quando il segretario ha preso atto dei punteggi definitivi.");
        }

        var (_, fresh) = await scores.FreshnessAsync(year, round.Id, cancellationToken);
        return fresh ? new ConsuntivoState(true, round, null) : new ConsuntivoState(false, round, "i punteggi del consuntivo sono in ricalcolo: riprovare tra qualche secondo.");
    }

    /// <summary>The consuntivo's scores (null before it has values).</summary>
    public async Task<(RoundInfo? Round, ScoreReport? Report)> FinalScoresAsync(int year, CancellationToken cancellationToken)
    {
        if (!reports.TryGetValue(year, out var value))
        {
            var round = (await scores.RoundsAsync(year, cancellationToken)).LastOrDefault(r => r.Kind == RoundKind.Final && r.HasValues);
            value = (round, round is null ? null : await scores.GetAsync(year, round.Id, cancellationToken));
            reports[year] = value;
        }

        return value;
    }

    public async Task<double?> UnitScoreAsync(int year, string? dimension, int? id, CancellationToken cancellationToken)
    {
        var (_, report) = await FinalScoresAsync(year, cancellationToken);
        if (report is null || id is not { } key)
        {
            return null;
        }

        return dimension switch
        {
            nameof(Dimension.Unit) => report.Units.FirstOrDefault(u => u.Id == key)?.Score.Percent,
            nameof(Dimension.Department) => report.Departments.FirstOrDefault(d => d.Id == key)?.Score.Percent,
            _ => null,
        };
    }

    /// <summary>The scores an evaluator gave (proposals and finals) in a year, for his differentiation component.</summary>
    public async Task<IReadOnlyCollection<double>> ScoresGivenAsync(int year, string? evaluatorUserId, CancellationToken cancellationToken)
    {
        if (evaluatorUserId is null)
        {
            return [];
        }

        var given = await db.AppraisalForms.AsNoTracking().Where(f => f.Year == year && f.EvaluatorUserId == evaluatorUserId && f.ProposedScore != null)
            .Select(f => f.FinalScore ?? f.ProposedScore!.Value).ToListAsync(cancellationToken);
        return given;
    }

    /// <summary>A form's breakdown: live until the proposal, then with the unit and differentiation components fixed.</summary>
    public async Task<AppraisalBreakdown> ComputeAsync(AppraisalForm form, string? personUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var year = await SettingsAsync(form.Year, cancellationToken);
        var proposed = form.ProposedAtUtc is not null;
        var unit = proposed ? form.UnitScore : await UnitScoreAsync(form.Year, form.ScoredDimension, form.ScoredId, cancellationToken);
        var given = proposed ? [] : await ScoresGivenAsync(form.Year, personUserId, cancellationToken);
        return AppraisalBreakdown.Compute(year, InputOf(form, unit, given));
    }

    /// <summary>What the domain computes a form from; after the proposal its unit and differentiation components are those fixed then.</summary>
    public static AppraisalInput InputOf(AppraisalForm form, double? liveUnit, IReadOnlyCollection<double> given)
    {
        ArgumentNullException.ThrowIfNull(form);
        var proposed = form.ProposedAtUtc is not null;
        return new AppraisalInput(
            form.Group,
            proposed ? form.UnitScore : liveUnit,
            form.ScoredName,
            [.. form.Objectives.Select(o => ((double)o.Weight, (double?)o.Achieved))],
            [.. form.Ratings.Select(r => (r.Code, r.Rating))],
            proposed ? [] : given)
        {
            DifferentiationFixed = proposed,
            FixedDifferentiation = form.DifferentiationScore,
        };
    }

    /// <summary>
    /// Who evaluates whom in a year: the matrix of the settings, the organization chart (a unit's head, a department's
    /// director, the segretario where there is none) and the overrides of the staff file. Problems are named by matricola.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, AppraisalAssignment>> AssignmentsAsync(int year, CancellationToken cancellationToken)
    {
        if (assignments is not null)
        {
            return assignments;
        }

        var smvp = await SettingsAsync(year, cancellationToken);
        var staff = await db.Staff.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name, u.HeadId, u.DepartmentId }).ToDictionaryAsync(u => u.Id, cancellationToken);
        var departments = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Name, d.DirectorId }).ToDictionaryAsync(d => d.Id, cancellationToken);
        var secretary = await db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.SecretaryGeneral), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId).OrderBy(id => id).FirstOrDefaultAsync(cancellationToken);
        var byMatricola = staff.ToDictionary(s => s.Matricola, StringComparer.OrdinalIgnoreCase);
        var userIds = staff.Select(s => s.UserId).Concat(departments.Values.Select(d => d.DirectorId)).Concat(units.Values.Select(u => u.HeadId)).Append(secretary).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.FullName, u.UserName }).ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.FullName) ? u.UserName ?? u.Id : u.FullName, cancellationToken);
        var result = new Dictionary<int, AppraisalAssignment>(staff.Count);
        foreach (var person in staff)
        {
            string? dimension = null, scoredName = null;
            int? scoredId = null;
            if (person.Group != RoleGroup.Director && person.UnitId is { } unitId && units.TryGetValue(unitId, out var unit))
            {
                (dimension, scoredId, scoredName) = (nameof(Dimension.Unit), unit.Id, unit.Name);
            }
            else if (person.DepartmentId is { } departmentId && departments.TryGetValue(departmentId, out var department))
            {
                (dimension, scoredId, scoredName) = (nameof(Dimension.Department), department.Id, department.Name);
            }

            var director = person.DepartmentId is { } d && departments.TryGetValue(d, out var dep) ? dep.DirectorId : null;
            var head = person.UnitId is { } u && units.TryGetValue(u, out var un) ? un.HeadId : null;
            string? evaluator = null, problem = null;
            var byBody = false;
            if (person.EvaluatorMatricola is { } m)
            {
                if (!byMatricola.TryGetValue(m, out var chosen))
                {
                    problem = $"matricola {person.Matricola}: il valutatore {m} non è nel personale";
                }
                else if (chosen.UserId is null)
                {
                    problem = $"matricola {person.Matricola}: il valutatore {m} non ha un account";
                }
                else
                {
                    evaluator = chosen.UserId;
                }
            }
            else
            {
                switch (smvp.EvaluatorOf(person.Group))
                {
                    case EvaluatorKind.EvaluationBody:
                        byBody = true;
                        break;
                    case EvaluatorKind.SecretaryGeneral:
                        evaluator = secretary;
                        break;
                    case EvaluatorKind.UnitHead:
                        evaluator = head is not null && head != person.UserId ? head : director ?? secretary;
                        break;
                    case EvaluatorKind.Director:
                        evaluator = director is not null && director != person.UserId ? director : secretary;
                        break;
                }

                if (!byBody && evaluator is null)
                {
                    problem = $"matricola {person.Matricola}: né il dirigente della struttura né il segretario generale sono registrati";
                }
            }

            if (evaluator is not null && evaluator == person.UserId)
            {
                problem = $"matricola {person.Matricola}: sarebbe il valutatore di sé stesso";
            }

            if (person.DepartmentId is null)
            {
                problem ??= $"matricola {person.Matricola}: senza unità o settore";
            }

            var evaluatorName = byBody ? "Nucleo di valutazione" : evaluator is not null ? names.GetValueOrDefault(evaluator, "—") : "—";
            result[person.Id] = new AppraisalAssignment(person, evaluator, evaluatorName, byBody, dimension, scoredId, scoredName, problem);
        }

        assignments = result;
        return result;
    }
}
