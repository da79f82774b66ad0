using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Domain.Appraisal;

namespace PerformanceWorkflow.Web.Pages.Amministrazione;

/// <summary>The people of the Comune: upload HR's file, see every error by line or the preview, confirm; the list.</summary>
public sealed class PersonaleModel(StaffImportHandler import, PendingImportStore pending, AppDbContext db, IOptions<ImportOptions> options) : PageModel
{
    public const int PageSize = 50;

    public sealed record PersonRow(string Matricola, string Name, string Group, string Area, string? Structure, string? UserName, decimal PartTime, int Months);

    public StaffImportResult? Preview { get; private set; }

    public Guid? PendingId { get; private set; }

    public string? FileName { get; private set; }

    public IReadOnlyList<PersonRow> People { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public string? Search { get; private set; }

    [TempData]
    public string? Outcome { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, string? cerca, int? pagina, CancellationToken cancellationToken)
    {
        if (id is { } pendingId)
        {
            var file = await pending.FindAsync(pendingId, cancellationToken);
            if (file is null || file.Purpose != "staff")
            {
                ModelState.AddModelError(string.Empty, "Il file caricato non è più disponibile (le anteprime scadono dopo un giorno): caricarlo di nuovo.");
            }
            else
            {
                PendingId = file.Id;
                FileName = file.FileName;
                Preview = await import.ImportAsync(new StaffImportRequest(file.Content, file.FileName, DryRun: true, UserName()), cancellationToken);
                return Page();
            }
        }

        await ListAsync(cerca, pagina, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAnteprimaAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(nameof(file), file is null ? "Scegliere il file del personale." : "Il file è vuoto.");
            await ListAsync(null, null, cancellationToken);
            return Page();
        }

        if (file.Length > options.Value.MaxFileSizeMb * 1024L * 1024L)
        {
            ModelState.AddModelError(nameof(file), $"Il file supera il limite di {options.Value.MaxFileSizeMb} MB.");
            await ListAsync(null, null, cancellationToken);
            return Page();
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var id = await pending.SaveAsync(file.FileName, buffer.ToArray(), UserName(), "staff", null, cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostConfermaAsync(Guid id, CancellationToken cancellationToken)
    {
        var file = await pending.FindAsync(id, cancellationToken);
        if (file is null || file.Purpose != "staff")
        {
            ModelState.AddModelError(string.Empty, "Il file caricato non è più disponibile: caricarlo di nuovo.");
            await ListAsync(null, null, cancellationToken);
            return Page();
        }

        var result = await import.ImportAsync(new StaffImportRequest(file.Content, file.FileName, DryRun: false, UserName()), cancellationToken);
        if (!result.Applied)
        {
            PendingId = file.Id;
            FileName = file.FileName;
            Preview = result;
            ModelState.AddModelError(string.Empty, "Il personale non è stato importato: correggere gli errori indicati.");
            return Page();
        }

        await pending.DeleteAsync(id, cancellationToken);
        Outcome = string.Create(CultureInfo.GetCultureInfo("it-IT"), $"Personale importato: {result.Rows} persone, {result.Added} nuove, {result.Updated} modificate, {result.Unchanged} invariate.");
        return RedirectToPage();
    }

    private string UserName() => User.Identity?.Name ?? "web";

    private async Task ListAsync(string? search, int? page, CancellationToken cancellationToken)
    {
        Search = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        PageNumber = Math.Max(1, page ?? 1);
        var query = db.Staff.AsNoTracking();
        if (Search is not null)
        {
            var term = LikePattern.Containing(Search);
            #pragma warning disable CA1304, CA1311 // Translated to SQL UPPER(), never run in .NET.
            query = query.Where(s => EF.Functions.Like((s.LastName + " " + s.FirstName).ToUpper(), term, LikePattern.Escape) || EF.Functions.Like(s.Matricola.ToUpper(), term, LikePattern.Escape));
            #pragma warning restore CA1304, CA1311
        }

        Total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(s => s.LastName).ThenBy(s => s.FirstName).ThenBy(s => s.Matricola).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(s => new
            {
                s.Matricola, s.LastName, s.FirstName, s.Group, s.Area, s.PartTimePercent, s.ServiceMonths,
                Unit = db.Units.Where(u => u.Id == s.UnitId).Select(u => u.Name).FirstOrDefault(),
                Department = db.Departments.Where(d => d.Id == s.DepartmentId).Select(d => d.Name).FirstOrDefault(),
                UserName = db.Users.Where(u => u.Id == s.UserId).Select(u => u.UserName).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        People = [.. rows.Select(r => new PersonRow(r.Matricola, $"{r.LastName} {r.FirstName}", RoleGroups.Label(r.Group), r.Area, r.Unit ?? r.Department, r.UserName, r.PartTimePercent, r.ServiceMonths))];
    }

    public string LinkTo(int page) => $"/amministrazione/personale?pagina={page}" + (Search is null ? string.Empty : "&cerca=" + Uri.EscapeDataString(Search));
}
