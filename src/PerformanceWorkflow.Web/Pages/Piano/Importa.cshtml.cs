using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Features.Plan.Import;

namespace PerformanceWorkflow.Web.Pages.Piano;

/// <summary>Upload a plan file, see what the importer read, repaired and doubts, then confirm.</summary>
public sealed class ImportaModel(ImportPlanHandler import, PendingImportStore pending, IOptions<ImportOptions> options) : PageModel
{
    public ImportResult? Preview { get; private set; }

    public Guid? PendingId { get; private set; }

    public string? FileName { get; private set; }

    public int? Year { get; private set; }

    [TempData]
    public string? Outcome { get; set; }

    public int MaxFileSizeMb => options.Value.MaxFileSizeMb;

    public async Task<IActionResult> OnGetAsync(Guid? id, int? anno, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return Page();
        }

        var file = await pending.FindAsync(id.Value, cancellationToken);
        if (file is null)
        {
            ModelState.AddModelError(string.Empty, "Il file caricato non è più disponibile (le anteprime scadono dopo un giorno): caricarlo di nuovo.");
            return Page();
        }

        PendingId = file.Id;
        FileName = file.FileName;
        Year = anno;
        Preview = await import.ImportAsync(new ImportRequest(file.Content, file.FileName, DryRun: true, anno, User.Identity?.Name), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAnteprimaAsync(IFormFile? file, int? anno, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(nameof(file), file is null ? "Scegliere un file da caricare." : "Il file è vuoto.");
            return Page();
        }

        var limit = MaxFileSizeMb * 1024L * 1024L;
        if (file.Length > limit)
        {
            ModelState.AddModelError(nameof(file), string.Create(CultureInfo.GetCultureInfo("it-IT"), $"Il file pesa {file.Length / 1024.0 / 1024.0:0.0} MB e supera il limite di {MaxFileSizeMb} MB."));
            return Page();
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var id = await pending.SaveAsync(file.FileName, buffer.ToArray(), User.Identity?.Name, cancellationToken);
        return RedirectToPage(new { id, anno });
    }

    public async Task<IActionResult> OnPostConfermaAsync(Guid id, int? anno, CancellationToken cancellationToken)
    {
        var file = await pending.FindAsync(id, cancellationToken);
        if (file is null)
        {
            ModelState.AddModelError(string.Empty, "Il file caricato non è più disponibile: caricarlo di nuovo.");
            return Page();
        }

        var result = await import.ImportAsync(new ImportRequest(file.Content, file.FileName, DryRun: false, anno, User.Identity?.Name), cancellationToken);
        if (!result.Applied)
        {
            PendingId = file.Id;
            FileName = file.FileName;
            Year = anno;
            Preview = result;
            ModelState.AddModelError(string.Empty, "L'importazione non è stata eseguita: correggere gli errori indicati.");
            return Page();
        }

        await pending.DeleteAsync(id, cancellationToken);
        var changes = result.Changes!;
        Outcome = changes.None
            ? $"Importazione di «{file.FileName}» completata: il piano era già aggiornato, nessuna modifica."
            : string.Create(CultureInfo.GetCultureInfo("it-IT"), $"Importazione di «{file.FileName}» completata: {result.Summary.Indicators} indicatori; {changes.Created} elementi creati, {changes.Updated} aggiornati, {changes.Deleted} rimossi.");
        return RedirectToPage();
    }
}
