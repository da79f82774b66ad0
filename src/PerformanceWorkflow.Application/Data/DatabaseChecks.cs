using Microsoft.EntityFrameworkCore;

namespace PerformanceWorkflow.Application.Data;

/// <summary>The database engine's own consistency check, as an operator would run it after a crash or a restore.</summary>
internal static class DatabaseChecks
{
    /// <summary>
    /// SQLite: PRAGMA integrity_check and foreign_key_check. PostgreSQL: amcheck over every index of the application's
    /// tables (the extension ships with the server; where it cannot be created, every table is read through instead).
    /// SQL Server: DBCC CHECKDB.
    /// </summary>
    /// <returns>Whether the database is sound, and what the check said, in Italian.</returns>
    public static async Task<(bool Ok, string Message)> IntegrityAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            var integrity = await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync(cancellationToken);
            if (integrity is not ["ok"])
            {
                return (false, "integrity_check: " + string.Join("; ", integrity.Take(5)));
            }

            var foreign = await db.Database.SqlQueryRaw<string>("SELECT \"table\" AS \"Value\" FROM pragma_foreign_key_check").ToListAsync(cancellationToken);
            return foreign.Count == 0 ? (true, "integrity_check ok, nessuna chiave esterna orfana") : (false, $"chiavi esterne orfane in {string.Join(", ", foreign.Distinct(StringComparer.Ordinal))}");
        }

        if (db.Database.IsNpgsql())
        {
            try
            {
                await db.Database.ExecuteSqlRawAsync("CREATE EXTENSION IF NOT EXISTS amcheck", cancellationToken);
                var indexes = await db.Database.SqlQueryRaw<int>(
                    "SELECT count(bt_index_check(c.oid, true))::int AS \"Value\" FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid " +
                    "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam WHERE n.nspname = 'public' AND a.amname = 'btree'")
                    .ToListAsync(cancellationToken);
                return (true, $"amcheck ok su {indexes.Single()} indici");
            }
            catch (Npgsql.PostgresException exception) when (exception.SqlState is "42501" or "58P01" or "0A000")
            {
                // No right to create the extension: reading every table still finds a damaged page.
                var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                foreach (var table in tables)
                {
#pragma warning disable EF1002 // The names come from the model, not from a person.
                    await db.Database.SqlQueryRaw<long>($"SELECT count(*) AS \"Value\" FROM \"{table}\"").ToListAsync(cancellationToken);
#pragma warning restore EF1002
                }

                return (true, $"{tables.Count} tabelle lette per intero (amcheck non disponibile: {exception.MessageText})");
            }
            catch (Npgsql.PostgresException exception)
            {
                return (false, "amcheck: " + exception.MessageText);
            }
        }

        await db.Database.ExecuteSqlRawAsync("DBCC CHECKDB WITH NO_INFOMSGS", cancellationToken);
        return (true, "DBCC CHECKDB ok");
    }
}
