using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Rewards;

namespace PerformanceWorkflow.Web.Pages.Personale;

/// <summary>
/// The Ufficio Personale's area: the year's final scores with their breakdown, band, eligibility and amount, the pools
/// as paid, the art. 20 tables, and the files for payroll — once the Nucleo has validated the Relazione, and not before
/// (the page says why).
/// </summary>
public sealed class IndexModel(BonusService bonuses, AppraisalQueries appraisals) : PageModel
{
    public const int PageSize = 50;

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public ReleaseState Release { get; private set; } = null!;

    public BonusReport? Report { get; private set; }

    public IReadOnlyList<HrRow> Rows { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public async Task<IActionResult> OnGetAsync(int? anno, int? pagina, CancellationToken cancellationToken)
    {
        await LoadAsync(anno, cancellationToken);
        if (Report is not null)
        {
            var (items, page, _) = Paging.Slice(Report.People, pagina ?? 1, PageSize);
            Rows = items;
            PageNumber = page;
        }

        return Page();
    }

    public Task<IActionResult> OnGetXlsxAsync(int anno, CancellationToken cancellationToken) => FileAsync(anno, xlsx: true, cancellationToken);

    public Task<IActionResult> OnGetCsvAsync(int anno, CancellationToken cancellationToken) => FileAsync(anno, xlsx: false, cancellationToken);

    private async Task<IActionResult> FileAsync(int anno, bool xlsx, CancellationToken cancellationToken)
    {
        await LoadAsync(anno, cancellationToken);
        if (Report is null)
        {
            // Asked before the validation: the page itself says why.
            return RedirectToPage(new { anno });
        }

        if (!xlsx)
        {
            return File(BonusService.Csv(Report), "text/csv; charset=utf-8", $"premi-{anno}.csv");
        }

        var output = new MemoryStream();
        await BonusService.WriteXlsxAsync(Report, output, cancellationToken);
        return File(output.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"premi-{anno}.xlsx");
    }

    private async Task LoadAsync(int? anno, CancellationToken cancellationToken)
    {
        Years = await appraisals.YearsAsync(cancellationToken);
        Year = anno ?? (Years.Count > 0 ? Years[0] : DateTime.UnixEpoch.Year);
        Release = await bonuses.ReleaseAsync(Year, cancellationToken);
        Report = Release.Released ? await bonuses.ComputeAsync(Year, cancellationToken) : null;
    }

    public string LinkTo(int page) => $"/personale?anno={Year}&pagina={page}";
}
