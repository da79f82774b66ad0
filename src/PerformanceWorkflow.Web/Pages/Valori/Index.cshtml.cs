using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Values;

namespace PerformanceWorkflow.Web.Pages.Valori;

/// <summary>Values in bulk: download the template of a round, upload it filled, see the errors, confirm.</summary>
public sealed class IndexModel(
    ValuesTemplateHandler template,
    ValuesImportHandler import,
    PendingImportStore pending,
    ScoreService scores,
    PlanQueries plan,
    IOptions<ImportOptions> options) : PageModel
{
    private sealed record Choice(int Year, int Round);

    public IReadOnlyList<int> Years { get; private set; } = [];

    public int? Year { get; private set; }

    public IReadOnlyList<RoundInfo> Rounds { get; private set; } = [];

    public RoundInfo? Round { get; private set; }

    public ValuesImportResult? Preview { get; private set; }

    public Guid? PendingId { get; private set; }

    public string? FileName { get; private set; }

    [TempData]
    public string? Outcome { get; set; }

    public async Task<IActionResult> OnGetAsync(int? anno, int? round, Guid? id, CancellationToken cancellationToken)
    {
        if (id is { } pendingId)
        {
            var file = await pending.FindAsync(pendingId, cancellationToken);
            if (file is null || file.Purpose != "values" || JsonSerializer.Deserialize<Choice>(file.Parameters ?? "null") is not { } choice)
            {
                ModelState.AddModelError(string.Empty, "Il file caricato non è più disponibile (le anteprime scadono dopo un giorno): caricarlo di nuovo.");
                await LoadAsync(anno, round, cancellationToken);
                return Page();
            }

            await LoadAsync(choice.Year, choice.Round, cancellationToken);
            PendingId = file.Id;
            FileName = file.FileName;
            Preview = await import.ImportAsync(new ValuesImportRequest(file.Content, file.FileName, choice.Year, choice.Round, DryRun: true, UserName()), cancellationToken);
            return Page();
        }

        await LoadAsync(anno, round, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetModelloAsync(int anno, int round, string formato, CancellationToken cancellationToken)
    {
        var format = string.Equals(formato, "xlsx", StringComparison.OrdinalIgnoreCase) ? ValuesFormat.Xlsx : ValuesFormat.Csv;
        var output = new MemoryStream();
        var written = await template.WriteAsync(anno, round, format, output, cancellationToken);
        if (written is null)
        {
            return NotFound();
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"valori-{anno}-round{written.Number}.{(format == ValuesFormat.Xlsx ? "xlsx" : "csv")}");
        var type = format == ValuesFormat.Xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";
        return File(output.ToArray(), type, name);
    }

    public async Task<IActionResult> OnPostAnteprimaAsync(IFormFile? file, int anno, int round, CancellationToken cancellationToken)
    {
        await LoadAsync(anno, round, cancellationToken);
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(nameof(file), file is null ? "Scegliere il file dei valori." : "Il file è vuoto.");
            return Page();
        }

        if (file.Length > options.Value.MaxFileSizeMb * 1024L * 1024L)
        {
            ModelState.AddModelError(nameof(file), $"Il file supera il limite di {options.Value.MaxFileSizeMb} MB.");
            return Page();
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var id = await pending.SaveAsync(file.FileName, buffer.ToArray(), UserName(), "values", JsonSerializer.Serialize(new Choice(anno, round)), cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostConfermaAsync(Guid id, CancellationToken cancellationToken)
    {
        var file = await pending.FindAsync(id, cancellationToken);
        if (file is null || JsonSerializer.Deserialize<Choice>(file.Parameters ?? "null") is not { } choice)
        {
            ModelState.AddModelError(string.Empty, "Il file caricato non è più disponibile: caricarlo di nuovo.");
            await LoadAsync(null, null, cancellationToken);
            return Page();
        }

        var result = await import.ImportAsync(new ValuesImportRequest(file.Content, file.FileName, choice.Year, choice.Round, DryRun: false, UserName()), cancellationToken);
        if (!result.Applied)
        {
            await LoadAsync(choice.Year, choice.Round, cancellationToken);
            PendingId = file.Id;
            FileName = file.FileName;
            Preview = result;
            ModelState.AddModelError(string.Empty, "I valori non sono stati importati: correggere gli errori indicati.");
            return Page();
        }

        await pending.DeleteAsync(id, cancellationToken);
        Outcome = string.Create(CultureInfo.GetCultureInfo("it-IT"), $"Valori di «{result.Round!.Label}» importati: {result.Entered} nuovi, {result.Changed} modificati, {result.Cleared} cancellati, {result.Unchanged} invariati. I punteggi vengono ricalcolati.");
        return RedirectToPage(new { anno = choice.Year, round = choice.Round });
    }

    private string UserName() => User.Identity?.Name ?? "web";

    private async Task LoadAsync(int? anno, int? round, CancellationToken cancellationToken)
    {
        Years = await plan.YearsAsync(cancellationToken);
        Year = anno is not null && Years.Contains(anno.Value) ? anno : await plan.DefaultYearAsync(cancellationToken);
        if (Year is null)
        {
            return;
        }

        Rounds = await scores.RoundsAsync(Year.Value, cancellationToken);
        Round = round is null ? await scores.CurrentRoundAsync(Year.Value, cancellationToken) : Rounds.FirstOrDefault(r => r.Number == round);
    }
}
