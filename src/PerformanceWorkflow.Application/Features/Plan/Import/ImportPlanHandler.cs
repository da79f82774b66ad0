using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Data;

namespace PerformanceWorkflow.Application.Features.Plan.Import;

/// <summary>Settings of section "Import".</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Largest file accepted, in megabytes.</summary>
    public int MaxFileSizeMb { get; set; } = 20;
}

/// <param name="Content">The file's bytes.</param>
/// <param name="FileName">The name the user gave the file.</param>
/// <param name="DryRun">Only preview: nothing is written.</param>
/// <param name="Year">The year of the operational table, when its dates do not tell it.</param>
/// <param name="UserName">Who imports, for the record of imports.</param>
public sealed record ImportRequest(byte[] Content, string FileName, bool DryRun, int? Year, string? UserName);

/// <summary>The outcome: the summary and messages; <see cref="Changes"/> is null when nothing was written.</summary>
public sealed record ImportResult(ImportSummary Summary, IReadOnlyList<ImportMessage> Messages, PlanChanges? Changes)
{
    public bool Applied => Changes is not null;

    public bool HasErrors => Summary.Errors.Count > 0;
}

/// <summary>
/// Imports a plan file: reads it (any format), and unless it has errors or this is a dry run, writes it in one
/// transaction, so that a file with errors changes nothing and the same file twice leaves the same plan.
/// Used the same way by `pw plan import`, the upload page and the demo seeder.
/// </summary>
public sealed class ImportPlanHandler(AppDbContext db, TimeProvider time, IOptions<ImportOptions> options, Audit.AuditTrail audit)
{
    public async Task<ImportResult> ImportAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = (long)options.Value.MaxFileSizeMb * 1024 * 1024;
        if (request.Content.LongLength > limit)
        {
            var log = new ImportLog();
            log.Error(null, $"Il file pesa {(request.Content.LongLength / 1024.0 / 1024.0).ToString("0.0", CultureInfo.GetCultureInfo("it-IT"))} MB e supera il limite di {options.Value.MaxFileSizeMb.ToString(CultureInfo.InvariantCulture)} MB (impostazione Import:MaxFileSizeMb).");
            return new ImportResult(ImportSummary.Of(new PlanDraft(), log), log.Messages, null);
        }

        var parsed = PlanFileParser.Parse(request.Content, request.FileName, request.Year);
        if (parsed.Log.HasErrors || request.DryRun)
        {
            return new ImportResult(parsed.Summary, parsed.Log.Messages, null);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var changes = await PlanWriter.WriteAsync(db, parsed.Draft, parsed.Log, ct);
            if (parsed.Log.HasErrors)
            {
                // The database contradicts the file (e.g. a locked year): roll back, report.
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return new ImportResult(parsed.Summary, parsed.Log.Messages, null);
            }

            var summary = parsed.Summary;
            var sha = Convert.ToHexString(SHA256.HashData(request.Content));
            db.ImportRuns.Add(new ImportRun
            {
                ImportedAtUtc = time.GetUtcNow().UtcDateTime,
                FileName = Path.GetFileName(request.FileName),
                Sha256 = sha,
                UserName = request.UserName,
                SummaryJson = JsonSerializer.Serialize(summary),
            });
            await audit.RecordAsync("plan.import", "Plan", string.Join(",", parsed.Draft.AllYears), null, new
            {
                File = Path.GetFileName(request.FileName),
                Sha256 = sha,
                summary.Departments,
                summary.Units,
                summary.ObjectiveAssignments,
                summary.Indicators,
                changes.Created,
                changes.Updated,
                changes.Deleted,
            }, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return new ImportResult(summary, parsed.Log.Messages, changes);
        }, cancellationToken);
    }
}
