using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;

namespace PerformanceWorkflow.Application.Features.Plan.Import;

/// <summary>Keeps an uploaded file between its preview and the user's confirmation.</summary>
public sealed class PendingImportStore(AppDbContext db, TimeProvider time)
{
    public Task<Guid> SaveAsync(string fileName, byte[] content, string? userName, CancellationToken cancellationToken) =>
        SaveAsync(fileName, content, userName, "plan", null, cancellationToken);

    public async Task<Guid> SaveAsync(string fileName, byte[] content, string? userName, string purpose, string? parameters, CancellationToken cancellationToken)
    {
        var pending = new PendingImport
        {
            Id = Guid.NewGuid(),
            FileName = Path.GetFileName(fileName),
            Content = content,
            UploadedAtUtc = time.GetUtcNow().UtcDateTime,
            UserName = userName,
            Purpose = purpose,
            Parameters = parameters,
        };
        db.PendingImports.Add(pending);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return pending.Id;
    }

    public Task<PendingImport?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.PendingImports.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        db.PendingImports.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken);
}
