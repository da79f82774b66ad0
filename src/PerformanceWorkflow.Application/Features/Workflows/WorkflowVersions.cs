using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>A definition version as it was when instances started on it: they keep running on this text.</summary>
public sealed class WorkflowDefinitionVersion
{
    private WorkflowDefinitionVersion()
    {
        Phase = string.Empty;
        Json = string.Empty;
    }

    public WorkflowDefinitionVersion(string phase, int version, string json, DateTime registeredAtUtc)
    {
        Phase = phase;
        Version = version;
        Json = json;
        RegisteredAtUtc = registeredAtUtc;
    }

    public int Id { get; private set; }

    public string Phase { get; private set; }

    public int Version { get; private set; }

    public string Json { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }

    public void Replace(string json, DateTime nowUtc)
    {
        Json = json;
        RegisteredAtUtc = nowUtc;
    }
}

/// <summary>
/// Keeps in the database the text of every version instances run on. At start-up each current definition is
/// registered; a version whose text changed while instances run on it stops the start: whoever edited the file must
/// raise "version", so that running instances are not changed under their feet.
/// </summary>
internal static class WorkflowVersions
{
    public static async Task RegisterAsync(AppDbContext db, WorkflowCatalog catalog, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<string>();
        foreach (var definition in catalog.Definitions)
        {
            var json = catalog.CurrentJson(definition.Phase);
            var stored = await db.WorkflowDefinitionVersions.FirstOrDefaultAsync(v => v.Phase == definition.Phase && v.Version == definition.Version, cancellationToken);
            if (stored is null)
            {
                db.WorkflowDefinitionVersions.Add(new WorkflowDefinitionVersion(definition.Phase, definition.Version, json, nowUtc));
            }
            else if (stored.Json != json)
            {
                var running = await db.WorkflowInstances.AnyAsync(i => i.Phase == definition.Phase && i.Version == definition.Version, cancellationToken);
                if (running)
                {
                    problems.Add($"{definition.Phase}.json: version: il contenuto della versione {definition.Version} è cambiato, ma ci sono pratiche avviate su di essa: aumentare «version» (per esempio a {definition.Version + 1}).");
                }
                else
                {
                    stored.Replace(json, nowUtc);
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new WorkflowDefinitionException(problems);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
