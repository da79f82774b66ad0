using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Reporting;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Reporting;

namespace PerformanceWorkflow.Web.Pages.Rendicontazione;

/// <summary>
/// The Relazione sulla Performance of a year — the page its emails link to: the documents (generated from the data,
/// edited and uploaded again, every version kept; its PDF/A; the deliberation; the validation), the causes still
/// missing, and the steps of the workflow the signed-in person may take. The draft is for the controllo di gestione, the
/// segretario and the Nucleo; once published, every member of staff reads the published documents.
/// </summary>
public sealed class IndexModel(RelazioneService relazione, DeviationCauseRules causes, WorkflowQueries workflows, PublicationPackage package, AppDbContext db, IActorAccessor actors) : PageModel
{
    public int Year { get; private set; }

    public bool FullAccess { get; private set; }

    public InstanceView? Instance { get; private set; }

    public IReadOnlyList<DocumentRow> Documents { get; private set; } = [];

    public IReadOnlyList<MissingCause> Missing { get; private set; } = [];

    public bool PdfAvailable { get; private set; }

    public Actor Actor { get; private set; } = null!;

    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int anno, CancellationToken cancellationToken) =>
        await LoadAsync(anno, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetDocumentoAsync(int anno, int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(anno, cancellationToken) || Documents.All(d => d.Id != id))
        {
            return NotFound();
        }

        var document = (await relazione.DocumentAsync(id, cancellationToken))!;
        return File(document.Content, document.ContentType, document.FileName);
    }

    /// <summary>The ZIP for Amministrazione Trasparente: aggregate data only, so it is for all staff once published.</summary>
    public async Task<IActionResult> OnGetPacchettoAsync(int anno, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(anno, cancellationToken))
        {
            return NotFound();
        }

        return File(await package.BuildAsync(anno, cancellationToken), "application/zip", $"performance-{anno}-amministrazione-trasparente.zip");
    }

    public async Task<IActionResult> OnPostGeneraAsync(int anno, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(anno, cancellationToken) || !Actor.Is(Domain.Security.Roles.Administrator))
        {
            return NotFound();
        }

        var document = await relazione.GenerateAsync(anno, Actor.Name, cancellationToken);
        Done = $"Relazione generata dai dati: versione {document.Version}. Scaricarla, completarla e caricarla di nuovo: l'ultima versione è quella che prosegue.";
        return RedirectToPage(new { anno });
    }

    public async Task<IActionResult> OnPostCaricaAsync(int anno, ReportDocumentKind tipo, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(anno, cancellationToken) || !RelazioneService.CanUpload(Actor, tipo))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            Error = "Scegliere il file da caricare.";
            return Page();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var (document, error) = await relazione.UploadAsync(anno, tipo, file.FileName, buffer.ToArray(), Actor.Name, cancellationToken);
        if (document is null)
        {
            Error = error;
            return Page();
        }

        Done = $"«{document.FileName}» caricato (versione {document.Version}).";
        return RedirectToPage(new { anno });
    }

    public async Task<IActionResult> OnPostPdfAsync(int anno, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(anno, cancellationToken) || !Actor.Is(Domain.Security.Roles.Administrator))
        {
            return NotFound();
        }

        var (document, error) = await relazione.RenderPdfAsync(anno, Actor.Name, cancellationToken);
        if (document is null)
        {
            Error = error;
            await LoadAsync(anno, cancellationToken);
            return Page();
        }

        Done = $"PDF/A della versione {document.SourceVersion} creato.";
        return RedirectToPage(new { anno });
    }

    private async Task<bool> LoadAsync(int anno, CancellationToken cancellationToken)
    {
        Year = anno;
        Actor = await actors.GetAsync(cancellationToken);
        FullAccess = RelazioneService.CanRead(Actor);
        var instanceId = await db.WorkflowInstances.AsNoTracking().Where(i => i.Machine == WorkflowNames.Machines.Reporting && i.Year == anno).Select(i => (int?)i.Id).FirstOrDefaultAsync(cancellationToken);
        var state = instanceId is null ? null : await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => i.State).FirstAsync(cancellationToken);
        if (!FullAccess && state != WorkflowNames.States.Published)
        {
            return false;
        }

        Instance = instanceId is { } id && FullAccess ? await workflows.InstanceAsync(id, Actor, cancellationToken) : null;
        var documents = await relazione.DocumentsAsync(anno, cancellationToken);

        // Once published, the staff read the latest Relazione (PDF where there is one) and the validation document.
        Documents = FullAccess ? documents : [.. documents.Where(d => d.Kind is ReportDocumentKind.RelazionePdf or ReportDocumentKind.Validation or ReportDocumentKind.Relazione).GroupBy(d => d.Kind).Select(g => g.First())];
        Missing = FullAccess ? await causes.MissingAsync(anno, null, cancellationToken) : [];
        PdfAvailable = relazione.PdfAvailable;
        return true;
    }
}
