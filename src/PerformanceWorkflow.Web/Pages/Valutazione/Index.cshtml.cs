using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Application.Security;

namespace PerformanceWorkflow.Web.Pages.Valutazione;

/// <summary>
/// The valutazione of a year as each person needs it: an employee is taken to his own form; an evaluator sees his
/// people with the distribution of the scores he gave; the Nucleo the dirigenti (and the conciliations it decides);
/// HR and the administrator every form, the progress by state, the late ones and the XLSX.
/// </summary>
public sealed class IndexModel(AppraisalQueries queries, PlanQueries plan, IActorAccessor actors) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public int? OwnForm { get; private set; }

    public bool Evaluates { get; private set; }

    public bool Oversees { get; private set; }

    public bool AllForms { get; private set; }

    public bool Administers { get; private set; }

    /// <summary>"valutati" (the people one evaluates) or "tutte" (oversight).</summary>
    public string View { get; private set; } = "valutati";

    public AppraisalList? List { get; private set; }

    public string? State { get; private set; }

    public string? Search { get; private set; }

    public int PageNumber { get; private set; } = 1;

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int? anno, string? vista, string? stato, string? cerca, int? pagina, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync(cancellationToken);
        var formYears = await queries.YearsAsync(cancellationToken);
        var planYears = (await plan.YearsAsync(cancellationToken)).ToList();
        Years = [.. formYears.Concat(planYears).Distinct().OrderDescending()];
        Year = anno ?? (formYears.Count > 0 ? formYears[0] : Years.Count > 0 ? Years[^1] : DateTime.UnixEpoch.Year);
        OwnForm = await queries.OwnFormAsync(Year, actor, cancellationToken);
        Evaluates = await queries.HasListAsync(Year, actor, AppraisalQueries.Scope.Evaluated, cancellationToken);
        Oversees = await queries.HasListAsync(Year, actor, AppraisalQueries.Scope.Oversight, cancellationToken);
        AllForms = AccessRules.CanReadAllAppraisals(actor);
        Administers = AccessRules.CanManageAppraisalSettings(actor);
        if (!Evaluates && !Oversees && OwnForm is { } own && anno is null && Done is null)
        {
            // An employee's valutazione is his form.
            return RedirectToPage("Scheda", new { id = own });
        }

        View = vista == "tutte" && Oversees ? "tutte" : Evaluates ? "valutati" : Oversees ? "tutte" : "nessuna";
        State = string.IsNullOrWhiteSpace(stato) ? null : stato;
        Search = string.IsNullOrWhiteSpace(cerca) ? null : cerca.Trim();
        PageNumber = Math.Max(1, pagina ?? 1);
        if (View != "nessuna")
        {
            List = await queries.ListAsync(Year, actor, View == "tutte" ? AppraisalQueries.Scope.Oversight : AppraisalQueries.Scope.Evaluated, State, Search, PageNumber, cancellationToken);
        }

        return Page();
    }

    /// <summary>The XLSX of the year's forms, for the administrator and HR.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(int anno, CancellationToken cancellationToken)
    {
        if (!AccessRules.CanReadAllAppraisals(await actors.GetAsync(cancellationToken)))
        {
            return NotFound();
        }

        var output = new MemoryStream();
        await queries.WriteXlsxAsync(anno, output, cancellationToken);
        return File(output.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"valutazioni-{anno}.xlsx");
    }

    public string LinkTo(int page) => LinkTo(View, State, page);

    public string LinkTo(string view, string? state, int page = 1)
    {
        var query = new List<string> { $"anno={Year}", $"vista={view}" };
        if (state is not null)
        {
            query.Add("stato=" + Uri.EscapeDataString(state));
        }

        if (Search is not null)
        {
            query.Add("cerca=" + Uri.EscapeDataString(Search));
        }

        if (page > 1)
        {
            query.Add($"pagina={page}");
        }

        return "/valutazione?" + string.Join("&", query);
    }
}
