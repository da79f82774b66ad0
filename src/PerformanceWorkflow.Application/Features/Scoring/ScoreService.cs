using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Scoring;

/// <summary>A round of a year, with how many values it has.</summary>
public sealed record RoundInfo(int Id, int Year, int Number, string Label, RoundKind Kind, RoundStatus Status, DateOnly ReferenceDate, DateOnly DueDate, bool HasValues);

/// <summary>One indicator behind an explained number.</summary>
public sealed record ExplanationRow(
    int IndicatorId, string Title, int UnitId, string Unit, string? Code, string KindLabel, string Target, DateOnly? DueDate, double? Value, double? Percent,
    ScoreRule Rule, string RuleText, double Weight, string? Note);

/// <summary>"Perché 67,1 %?": the number, its formula and every indicator behind it.</summary>
public sealed record ExplanationView(Dimension Dimension, string DimensionLabel, string Name, int Year, RoundInfo Round, double? Percent, string Formula, bool Weighted, IReadOnlyList<ExplanationRow> Rows)
{
    /// <summary>Indicators behind the number that the viewer may not see in detail (they count, they are not listed).</summary>
    public int Hidden { get; init; }

    /// <summary>The unit the number belongs to, for unit-level dimensions.</summary>
    public int? UnitId { get; init; }
}

/// <summary>
/// Scores of a year and round: computed by the engine from the database, kept as a snapshot with the version of the
/// inputs, recomputed when the inputs change. The one way the product obtains a percentage.
/// </summary>
public sealed class ScoreService(AppDbContext db, TimeProvider time, ScoreReportCache reports, ScoringPlanCache plans)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<RoundInfo>> RoundsAsync(int year, CancellationToken cancellationToken)
    {
        // Whether a round has values is an index seek per round; counting them would read every value of the year,
        // and this is asked by nearly every page.
        var rounds = await db.MonitoringRounds.AsNoTracking().Where(r => r.Year == year).OrderBy(r => r.Number)
            .Select(r => new { Round = r, HasValues = db.Measurements.Any(m => m.RoundId == r.Id) }).ToListAsync(cancellationToken);
        return rounds.Select(x => new RoundInfo(x.Round.Id, x.Round.Year, x.Round.Number, x.Round.Label, x.Round.Kind, x.Round.Status, x.Round.ReferenceDate, x.Round.DueDate, x.HasValues)).ToList();
    }

    /// <summary>The round asked for by number; without a number, the latest round with values (else the first).</summary>
    public async Task<RoundInfo?> RoundAsync(int year, int? number, CancellationToken cancellationToken) =>
        Choose(await RoundsAsync(year, cancellationToken), number);

    private static RoundInfo? Choose(IReadOnlyList<RoundInfo> rounds, int? number) =>
        number is { } n
            ? rounds.FirstOrDefault(r => r.Number == n)
            : rounds.LastOrDefault(r => r.HasValues) ?? (rounds.Count > 0 ? rounds[0] : null);

    /// <summary>
    /// A round's scores as <paramref name="actor"/> may see them (<see cref="ScoreVisibility"/>), with the year's rounds
    /// and whether the report is up to date, in one read: what the scores page and the API show. Without a report
    /// when the year has no such round.
    /// </summary>
    public async Task<VisibleScores> VisibleAsync(Security.Actor actor, int year, int? round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var rounds = await RoundsAsync(year, cancellationToken);
        if (Choose(rounds, round) is not { } chosen)
        {
            return new VisibleScores(rounds, null, null, false);
        }

        var version = await CurrentVersionAsync(year, cancellationToken);
        var report = await ReportAsync(year, chosen.Id, version, cancellationToken);
        return new VisibleScores(rounds, chosen, ScoreVisibility.Filter(actor, report), report.Version >= version);
    }

    /// <summary>"Perché?" as <paramref name="actor"/> may read it: null when the number is unknown or a unit's he may not see; the indicators of units he may not see are counted, not listed.</summary>
    public async Task<ExplanationView?> ExplainAsync(Security.Actor actor, int year, int round, Dimension dimension, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var chosen = await RoundAsync(year, round, cancellationToken);
        var explanation = chosen is null ? null : await ExplainAsync(year, chosen.Id, dimension, id, cancellationToken);
        return explanation is null ? null : ScoreVisibility.Filter(actor, explanation);
    }

    /// <summary>The round whose values are being collected now: the latest whose reference date has passed.</summary>
    public async Task<RoundInfo?> CurrentRoundAsync(int year, CancellationToken cancellationToken)
    {
        // The day in Rome, not the server's: a server on UTC would see tomorrow's round an hour late.
        var today = Domain.Text.ItalianFormat.DayOf(time.GetUtcNow().UtcDateTime);
        var rounds = await RoundsAsync(year, cancellationToken);
        return rounds.LastOrDefault(r => r.ReferenceDate <= today) ?? (rounds.Count > 0 ? rounds[0] : null);
    }

    /// <summary>Computes now, from the database, without storing.</summary>
    public async Task<ScoreReport> ComputeAsync(int year, int roundId, CancellationToken cancellationToken)
    {
        var data = await ScoringDataLoader.LoadAsync(db, plans, year, roundId, cancellationToken);
        return ScoreReport.Build(data, ScoringEngine.Compute(data.Input), time.GetUtcNow().UtcDateTime);
    }

    /// <summary>The scores for the pages: the snapshot when it is up to date, else computed now and stored.</summary>
    public async Task<ScoreReport> GetAsync(int year, int roundId, CancellationToken cancellationToken) =>
        await ReportAsync(year, roundId, await CurrentVersionAsync(year, cancellationToken), cancellationToken);

    /// <summary>
    /// The report of the current version: decoded already in this process (<see cref="ScoreReportCache"/>), else the
    /// stored snapshot when it is up to date, else computed and stored.
    /// </summary>
    private async Task<ScoreReport> ReportAsync(int year, int roundId, long version, CancellationToken cancellationToken)
    {
        if (reports.TryGet(year, roundId, version, out var kept))
        {
            return kept;
        }

        var snapshot = await db.ScoreSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Year == year && s.RoundId == roundId, cancellationToken);
        var report = snapshot is not null && snapshot.Version == version && snapshot.InputHash is not null
            ? Decode(snapshot.Payload) with { Version = snapshot.Version }
            : await ComputeAndStoreAsync(year, roundId, cancellationToken);
        reports.Set(year, roundId, report);
        return report;
    }

    /// <summary>
    /// The organization's and the departments' scores of a round, for dashboards: read from the stored report without
    /// materializing its units, objectives and indicators (tens of thousands of rows in a city). A stale report is
    /// recomputed first, as by <see cref="GetAsync"/>.
    /// </summary>
    public async Task<ScoreReportHead> HeadAsync(int year, int roundId, CancellationToken cancellationToken)
    {
        var version = await CurrentVersionAsync(year, cancellationToken);
        var snapshot = await db.ScoreSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Year == year && s.RoundId == roundId, cancellationToken);
        if (snapshot is not null && snapshot.Version == version)
        {
            using var gzip = new GZipStream(new MemoryStream(snapshot.Payload), CompressionMode.Decompress);
            return JsonSerializer.Deserialize<ScoreReportHead>(gzip, Json) ?? throw new InvalidDataException("Istantanea dei punteggi illeggibile.");
        }

        var report = await ComputeAndStoreAsync(year, roundId, cancellationToken);
        return new ScoreReportHead(report.ComputedAtUtc, report.Organization, report.Departments);
    }

    /// <summary>
    /// Recomputes the stale rounds of a year (those with values or a snapshot); idempotent: fresh rounds are skipped.
    /// A stale round whose inputs did not change since its report (a value saved in another round) keeps its report:
    /// only the version is moved.
    /// </summary>
    public async Task<int> RecomputeYearAsync(int year, CancellationToken cancellationToken)
    {
        var version = await CurrentVersionAsync(year, cancellationToken);
        var rounds = await RoundsAsync(year, cancellationToken);
        var snapshots = await db.ScoreSnapshots.AsNoTracking().Where(s => s.Year == year).Select(s => new { s.RoundId, s.Version, s.InputHash }).ToListAsync(cancellationToken);
        // A snapshot without an input hash was stored before the indicator rows named their unit by id: rebuilt.
        var stale = rounds.Where(r => (r.HasValues || snapshots.Exists(s => s.RoundId == r.Id)) && !snapshots.Exists(s => s.RoundId == r.Id && s.Version == version && s.InputHash is not null))
            .Select(r => r.Id).ToList();
        if (stale.Count == 0)
        {
            return 0;
        }

        // The plan is read once for all the stale rounds (or kept from the last time, while the structure is the same).
        var data = await ScoringDataLoader.LoadYearAsync(db, plans, year, version, stale, cancellationToken);
        var changed = new List<ScoringData>();
        foreach (var round in data)
        {
            var hash = round.InputHash;
            if (snapshots.Find(s => s.RoundId == round.RoundId)?.InputHash is { } stored && stored.AsSpan().SequenceEqual(hash))
            {
                // Only where the stored report is still the one of these inputs and older: another instance may have
                // stored a newer one meanwhile.
                await db.ScoreSnapshots.Where(s => s.Year == year && s.RoundId == round.RoundId && s.Version < version && s.InputHash == hash)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, version), cancellationToken);
            }
            else
            {
                changed.Add(round);
            }
        }

        var computed = ScoringDataLoader.ComputeAll(changed);
        var now = time.GetUtcNow().UtcDateTime;
        var reports = new ScoreReport[computed.Count];
        var payloads = new byte[computed.Count][];
        Parallel.For(0, computed.Count, i =>
        {
            reports[i] = ScoreReport.Build(computed[i].Data, computed[i].Sheet, now);
            payloads[i] = Encode(reports[i]);
        });
        for (var i = 0; i < reports.Length; i++)
        {
            await StoreAsync(reports[i], payloads[i], computed[i].Data.InputHash, cancellationToken);
        }

        return stale.Count;
    }

    /// <summary>The indicators' titles and kinds as the plan writes them, by id: what a report's rows leave out.</summary>
    public async Task<IReadOnlyDictionary<int, (string Title, string KindLabel)>> IndicatorNamesAsync(int year, CancellationToken cancellationToken) =>
        (await plans.GetAsync(db, year, cancellationToken)).IndicatorNames();

    /// <summary>Recomputes every year whose scores are stale: the sweep that catches up whatever a lost job missed.</summary>
    public async Task<int> RecomputeStaleAsync(CancellationToken cancellationToken)
    {
        var years = await db.PlanYears.AsNoTracking().Select(y => y.Year).ToListAsync(cancellationToken);
        var computed = 0;
        foreach (var year in years)
        {
            computed += await RecomputeYearAsync(year, cancellationToken);
        }

        return computed;
    }

    /// <summary>When the stored scores were computed, and whether they are up to date.</summary>
    public async Task<(DateTime? ComputedAtUtc, bool Fresh)> FreshnessAsync(int year, int roundId, CancellationToken cancellationToken)
    {
        var version = await CurrentVersionAsync(year, cancellationToken);
        var snapshot = await db.ScoreSnapshots.AsNoTracking().Where(s => s.Year == year && s.RoundId == roundId)
            .Select(s => new { s.ComputedAtUtc, s.Version }).SingleOrDefaultAsync(cancellationToken);
        return (snapshot?.ComputedAtUtc, snapshot is not null && snapshot.Version == version);
    }

    /// <summary>Rule 10: why a number is what it is, computed from the same inputs as the number.</summary>
    public async Task<ExplanationView?> ExplainAsync(int year, int roundId, Dimension dimension, int id, CancellationToken cancellationToken)
    {
        var round = (await RoundsAsync(year, cancellationToken)).FirstOrDefault(r => r.Id == roundId);
        if (round is null)
        {
            return null;
        }

        var data = await ScoringDataLoader.LoadAsync(db, plans, year, roundId, cancellationToken, notes: true);
        var labels = data.Labels;
        var (index, name, label) = dimension switch
        {
            Dimension.Organization => (0, "Ente", "Ente"),
            Dimension.Department => (Array.IndexOf(labels.DepartmentIds, id), At(labels.DepartmentNames, Array.IndexOf(labels.DepartmentIds, id)), "Settore"),
            Dimension.Unit => (Array.IndexOf(labels.UnitIds, id), At(labels.UnitNames, Array.IndexOf(labels.UnitIds, id)), "U.O.C."),
            Dimension.Assignment => AssignmentName(data, id),
            Dimension.Objective => (Array.IndexOf(labels.ObjectiveIds, id), ObjectiveName(labels, Array.IndexOf(labels.ObjectiveIds, id)), "Obiettivo operativo"),
            Dimension.StrategicObjective => (Array.IndexOf(labels.StrategicIds, id), At(labels.StrategicTitles, Array.IndexOf(labels.StrategicIds, id)), "Obiettivo strategico"),
            Dimension.MandateLine => (Array.IndexOf(labels.MandateLineIds, id), At(labels.MandateLineNames, Array.IndexOf(labels.MandateLineIds, id)), "Linea di mandato"),
            Dimension.ManagementObjective or Dimension.Leader => (-1, string.Empty, string.Empty),
        };
        if (index < 0)
        {
            return null;
        }

        var sheet = ScoringEngine.Compute(data.Input);
        var explanation = ScoreExplainer.Explain(data.Input, sheet, dimension, index);
        var rows = explanation.Items.Select(item =>
        {
            var assignment = data.Input.Assignments[data.Input.Indicators[item.Indicator].Assignment];
            return new ExplanationRow(
                data.Input.Indicators[item.Indicator].Id,
                labels.IndicatorTitles[item.Indicator],
                labels.UnitIds[assignment.Unit],
                labels.UnitNames[assignment.Unit],
                labels.ObjectiveCodes[assignment.Objective],
                labels.IndicatorKindLabels[item.Indicator],
                labels.IndicatorTargets[item.Indicator],
                labels.IndicatorDueDates[item.Indicator],
                item.Value,
                item.Percent,
                item.Rule,
                ScoreRules.Describe(item.Rule),
                item.Weight,
                labels.IndicatorNotes[item.Indicator]);
        }).ToList();
        int? unitId = dimension switch
        {
            Dimension.Unit => labels.UnitIds[index],
            Dimension.Assignment => labels.UnitIds[data.Input.Assignments[index].Unit],
            _ => null,
        };
        return new ExplanationView(dimension, label, name, year, round, explanation.Percent, explanation.Formula, explanation.Weighted, rows) { UnitId = unitId };
    }

    private static string At(string[] names, int index) => index >= 0 ? names[index] : string.Empty;

    private static string ObjectiveName(ScoringLabels labels, int index) =>
        index < 0 ? string.Empty : labels.ObjectiveCodes[index] is { } code ? $"{code} · {labels.ObjectiveTitles[index]}" : labels.ObjectiveTitles[index];

    private static (int Index, string Name, string Label) AssignmentName(ScoringData data, int id)
    {
        var index = Array.IndexOf(data.Labels.AssignmentIds, id);
        if (index < 0)
        {
            return (-1, string.Empty, string.Empty);
        }

        var assignment = data.Input.Assignments[index];
        return (index, $"{ObjectiveName(data.Labels, assignment.Objective)} — {data.Labels.UnitNames[assignment.Unit]}", "Obiettivo dell'unità");
    }

    private Task<long> CurrentVersionAsync(int year, CancellationToken cancellationToken) => ScoringDataLoader.VersionAsync(db, year, cancellationToken);

    private async Task<ScoreReport> ComputeAndStoreAsync(int year, int roundId, CancellationToken cancellationToken)
    {
        var data = await ScoringDataLoader.LoadAsync(db, plans, year, roundId, cancellationToken);
        var report = ScoreReport.Build(data, ScoringEngine.Compute(data.Input), time.GetUtcNow().UtcDateTime);
        await StoreAsync(report, Encode(report), data.InputHash, cancellationToken);
        return report;
    }

    private async Task StoreAsync(ScoreReport report, byte[] payload, byte[] inputHash, CancellationToken cancellationToken)
    {
        var (year, roundId) = (report.Year, report.RoundId);
        var snapshot = await db.ScoreSnapshots.SingleOrDefaultAsync(s => s.Year == year && s.RoundId == roundId, cancellationToken);
        if (snapshot is null)
        {
            db.ScoreSnapshots.Add(new ScoreSnapshot { Year = year, RoundId = roundId, Version = report.Version, ComputedAtUtc = report.ComputedAtUtc, Payload = payload, InputHash = inputHash });
        }
        else
        {
            snapshot.Version = report.Version;
            snapshot.ComputedAtUtc = report.ComputedAtUtc;
            snapshot.Payload = payload;
            snapshot.InputHash = inputHash;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance stored the same snapshot at the same moment: theirs is as good as ours.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static byte[] Encode(ScoreReport report)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, report, Json);
        }

        return buffer.ToArray();
    }

    private static ScoreReport Decode(byte[] payload)
    {
        using var gzip = new GZipStream(new MemoryStream(payload), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<ScoreReport>(gzip, Json) ?? throw new InvalidDataException("Istantanea dei punteggi illeggibile.");
    }

    /// <summary>"67,1 %" or "—".</summary>
    public static string Format(double? percent) => percent is { } p ? $"{ItalianFormat.Number(p)} %" : "—";
}

/// <summary>Marks a year's scores stale in the same transaction as the change that made them so.</summary>
internal static class ScoringVersions
{
    /// <summary>An atomic increment in the database: concurrent changes never collapse into one.</summary>
    public static Task BumpAsync(AppDbContext db, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.PlanYears.Where(y => y.Year == year).ExecuteUpdateAsync(s => s.SetProperty(y => y.ScoringVersion, y => y.ScoringVersion + 1), cancellationToken);
    }
}
