using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Appraisal;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Security;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Appraisal;

/// <summary>A form in a list: never more than the list's reader may see of it.</summary>
public sealed record AppraisalRow(int InstanceId, string Matricola, string Name, RoleGroup Group, string Area, string? Structure, string Evaluator, string State, string StateLabel, bool Final, double? Score, bool Late);

/// <summary>A form's numbers, for `pw evaluation scores`, the XLSX and HR: unrounded, final null until the form is final.</summary>
public sealed record AppraisalScoreRow(int InstanceId, string Matricola, string Name, RoleGroup Group, string Area, string? Unit, string Evaluator, string State, string StateLabel, double? Final, double? Current, IReadOnlyList<ComponentScore> Components, decimal PartTime, int Months);

/// <summary>How many of the scores given fall in each band.</summary>
public sealed record BandCount(string Label, int Count);

/// <summary>A page of a list, with the counts the page shows above it.</summary>
public sealed record AppraisalList(IReadOnlyList<AppraisalRow> Rows, int Total, IReadOnlyList<BandCount> Distribution, IReadOnlyList<(string State, int Count)> ByState, int Late);

/// <summary>
/// The lists of forms, each filtered by <see cref="AccessRules"/>: an evaluator sees his people, the Nucleo the dirigenti
/// (and the staff's conciliations it must decide), the segretario the dirigenti's conciliations, HR and the
/// administrator everybody; the scores of a year for `pw` and HR; the XLSX of a year.
/// </summary>
public sealed class AppraisalQueries(AppDbContext db, AppraisalData data, WorkflowCatalog catalog, TimeProvider time)
{
    public const int PageSize = 50;

    /// <summary>Which list: the people one evaluates, or every form one may see as oversight (Nucleo, HR, administrator).</summary>
    public enum Scope
    {
        Evaluated,
        Oversight,
    }

    /// <summary>The instance of a person's own form in a year, if any.</summary>
    public Task<int?> OwnFormAsync(int year, Actor actor, CancellationToken cancellationToken) =>
        actor.UserId is null
            ? Task.FromResult<int?>(null)
            : db.AppraisalForms.AsNoTracking().Where(f => f.Year == year && f.Instance.OwnerId == actor.UserId).Select(f => (int?)f.InstanceId).FirstOrDefaultAsync(cancellationToken);

    public Task<List<int>> YearsAsync(CancellationToken cancellationToken) =>
        db.AppraisalForms.AsNoTracking().Select(f => f.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    /// <summary>Whether the actor has a list beyond his own form.</summary>
    public async Task<bool> HasListAsync(int year, Actor actor, Scope scope, CancellationToken cancellationToken) =>
        scope == Scope.Oversight
            ? AccessRules.CanReadAllAppraisals(actor) || actor.Is(Roles.EvaluationBody) || actor.Is(Roles.SecretaryGeneral)
            : actor.UserId is not null && await db.AppraisalForms.AnyAsync(f => f.Year == year && f.EvaluatorUserId == actor.UserId, cancellationToken);

    public async Task<AppraisalList> ListAsync(int year, Actor actor, Scope scope, string? state, string? search, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var forms = db.AppraisalForms.AsNoTracking().Where(f => f.Year == year);
        if (scope == Scope.Evaluated)
        {
            forms = forms.Where(f => f.EvaluatorUserId == actor.UserId && actor.UserId != null);
        }
        else if (!AccessRules.CanReadAllAppraisals(actor))
        {
            var body = actor.Is(Roles.EvaluationBody);
            var secretary = actor.Is(Roles.SecretaryGeneral);
            forms = forms.Where(f =>
                (body && f.Instance.Machine == WorkflowNames.Machines.DirectorAppraisalForm)
                || (body && f.Instance.Machine == WorkflowNames.Machines.AppraisalForm && f.Instance.State == WorkflowNames.States.Conciliation)
                || (secretary && f.Instance.Machine == WorkflowNames.Machines.DirectorAppraisalForm && f.Instance.State == WorkflowNames.States.Conciliation));
        }

        var byState = (await forms.GroupBy(f => f.Instance.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .Select(g => (StateLabel(g.Key), g.Count)).GroupBy(g => g.Item1).Select(g => (g.Key, g.Sum(x => x.Count))).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var today = ItalianFormat.DayOf(time.GetUtcNow().UtcDateTime);
        var lateIds = forms.Where(f => db.UserTasks.Any(t => t.InstanceId == f.InstanceId && t.Status == UserTaskStatus.Open && t.DueDate != null && t.DueDate < today)).Select(f => f.InstanceId);
        var late = await lateIds.CountAsync(cancellationToken);
        var settings = await data.SettingsAsync(year, cancellationToken);
        var rule = settings.Differentiation;
        var given = await forms.Where(f => f.ProposedScore != null).Select(f => f.FinalScore ?? f.ProposedScore!.Value).ToListAsync(cancellationToken);
        var distribution = Enumerable.Range(0, 3).Select(b => new BandCount(AppraisalRules.BandLabel(b, rule.TopBand, rule.LowBand), given.Count(s => AppraisalRules.Band(s, rule.TopBand, rule.LowBand) == b))).ToList();

        if (!string.IsNullOrWhiteSpace(state))
        {
            forms = state == "ritardo" ? forms.Where(f => lateIds.Contains(f.InstanceId)) : forms.Where(f => f.Instance.State == state);
        }

        var staff = db.Staff.AsNoTracking();
        var joined = forms.Join(staff, f => f.StaffMemberId, s => s.Id, (f, s) => new { Form = f, Person = s });
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = LikePattern.Containing(search);
            #pragma warning disable CA1304, CA1311 // Translated to SQL UPPER(), never run in .NET.
            joined = joined.Where(x => EF.Functions.Like((x.Person.LastName + " " + x.Person.FirstName).ToUpper(), term, LikePattern.Escape) || EF.Functions.Like(x.Person.Matricola.ToUpper(), term, LikePattern.Escape));
            #pragma warning restore CA1304, CA1311
        }

        var total = await joined.CountAsync(cancellationToken);
        var rows = await joined.OrderBy(x => x.Person.LastName).ThenBy(x => x.Person.FirstName).ThenBy(x => x.Person.Matricola)
            .Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize)
            .Select(x => new { x.Form.InstanceId, x.Person.Matricola, x.Person.LastName, x.Person.FirstName, x.Person.Group, x.Person.Area, x.Form.ScoredName, x.Form.EvaluatorName, x.Form.Instance.State, x.Form.FinalScore, x.Form.ProposedScore })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.InstanceId).ToList();
        var lateOnPage = (await lateIds.Where(id => ids.Contains(id)).ToListAsync(cancellationToken)).ToHashSet();
        return new AppraisalList(
            [.. rows.Select(r => new AppraisalRow(r.InstanceId, r.Matricola, $"{r.LastName} {r.FirstName}", r.Group, r.Area, r.ScoredName, r.EvaluatorName, r.State, StateLabel(r.State), r.FinalScore is not null, r.FinalScore ?? r.ProposedScore, lateOnPage.Contains(r.InstanceId)))],
            total,
            distribution,
            byState,
            late);
    }

    /// <summary>Every form of a year with its breakdown, computed once per form from data read once.</summary>
    public async Task<IReadOnlyList<AppraisalScoreRow>> ScoresAsync(int year, CancellationToken cancellationToken)
    {
        var settings = await data.SettingsAsync(year, cancellationToken);
        var forms = await db.AppraisalForms.AsNoTracking().Include(f => f.Instance).Where(f => f.Year == year).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var people = await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        var given = forms.Where(f => f.ProposedScore is not null && f.EvaluatorUserId is not null).GroupBy(f => f.EvaluatorUserId!)
            .ToDictionary(g => g.Key, g => (IReadOnlyCollection<double>)[.. g.Select(f => f.FinalScore ?? f.ProposedScore!.Value)], StringComparer.Ordinal);
        var rows = new List<AppraisalScoreRow>(forms.Count);
        foreach (var form in forms)
        {
            var person = people[form.StaffMemberId];
            var unit = await data.UnitScoreAsync(year, form.ScoredDimension, form.ScoredId, cancellationToken);
            var breakdown = AppraisalBreakdown.Compute(settings, AppraisalData.InputOf(form, unit, form.Instance.OwnerId is { } owner ? given.GetValueOrDefault(owner, []) : []));
            rows.Add(new AppraisalScoreRow(form.InstanceId, person.Matricola, person.FullName, person.Group, person.Area, form.ScoredName, form.EvaluatorName, form.Instance.State, StateLabel(form.Instance.State),
                form.FinalAtUtc is null ? null : form.FinalScore, breakdown.Final, breakdown.Components, person.PartTimePercent, person.ServiceMonths));
        }

        return rows;
    }

    /// <summary>The XLSX of a year's forms: one row per person with state, components and final score.</summary>
    public async Task WriteXlsxAsync(int year, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rows = await ScoresAsync(year, cancellationToken);
        var sheet = rows.Select(r =>
        {
            var row = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["Matricola"] = r.Matricola,
                ["Nominativo"] = r.Name,
                ["Gruppo"] = RoleGroups.Label(r.Group),
                ["Area"] = r.Area,
                ["Struttura"] = r.Unit ?? string.Empty,
                ["Valutatore"] = r.Evaluator,
                ["Stato"] = r.StateLabel,
            };
            foreach (var component in Enum.GetValues<AppraisalComponent>())
            {
                var c = r.Components.FirstOrDefault(x => x.Component == component);
                row[$"{AppraisalRules.Label(component)} (peso)"] = c is null ? string.Empty : Math.Round(c.Weight, 2);
                row[$"{AppraisalRules.Label(component)} (punteggio)"] = c?.Score is { } s ? Math.Round(s, 2) : string.Empty;
            }

            row["Punteggio finale"] = r.Final is { } f ? Math.Round(f, 2) : string.Empty;
            row["Punteggio in corso"] = r.Current is { } cur ? Math.Round(cur, 2) : string.Empty;
            return row;
        }).ToList();
        if (sheet.Count == 0)
        {
            sheet.Add(new Dictionary<string, object> { ["Matricola"] = string.Empty });
        }

        await output.SaveAsAsync(new Dictionary<string, object> { [$"Valutazioni {year}"] = sheet }, cancellationToken: cancellationToken);
    }

    private string StateLabel(string state)
    {
        var definition = catalog.Current("valutazione");
        return definition.Machine(WorkflowNames.Machines.AppraisalForm)?.State(state)?.Label ?? definition.Machine(WorkflowNames.Machines.DirectorAppraisalForm)?.State(state)?.Label ?? state;
    }
}
