using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Application.Features.Scoring;

/// <summary>Names and ids beside the engine's arrays, position for position, to print and explain numbers.</summary>
public sealed record ScoringLabels
{
    public required int[] DepartmentIds { get; init; }

    public required string[] DepartmentNames { get; init; }

    public required int[] UnitIds { get; init; }

    public required string[] UnitNames { get; init; }

    public required int[] AssignmentIds { get; init; }

    public required int[] ObjectiveIds { get; init; }

    public required string?[] ObjectiveCodes { get; init; }

    public required string[] ObjectiveTitles { get; init; }

    public required string[] ManagementTitles { get; init; }

    public required int[] StrategicIds { get; init; }

    public required string[] StrategicTitles { get; init; }

    public required int[] MandateLineIds { get; init; }

    public required string[] MandateLineNames { get; init; }

    public required string[] IndicatorTitles { get; init; }

    public required string[] IndicatorKindLabels { get; init; }

    public required string[] IndicatorTargets { get; init; }

    public required string?[] IndicatorOffices { get; init; }

    public required DateOnly?[] IndicatorDueDates { get; init; }

    public required string?[] IndicatorNotes { get; init; }
}

/// <summary>Everything the engine needs for a year and round, read without tracking in one query per table.</summary>
public sealed record ScoringData(int Year, int RoundId, int RoundNumber, string RoundLabel, long Version, ScoringInput Input, ScoringLabels Labels)
{
    /// <summary>SHA-256 of what the round's report depends on: equal hashes, equal reports (<see cref="ScoreSnapshot.InputHash"/>).</summary>
    public byte[] InputHash { get; init; } = [];
}

/// <summary>
/// The scoring plans this process read last, one per year, with the structure's version they were read at
/// (<see cref="StructureChange"/>): reading a city's plan (50,000 indicators with their titles and targets) is most of
/// a recomputation, and the plan changes a few times a year while values change every day. A plan is used only while
/// no structural change has been saved since, by any instance; it is held weakly, as the decoded reports are.
/// </summary>
public sealed class ScoringPlanCache
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, (long Structure, WeakReference<ScoringDataLoader.ScoringPlan> Plan)> plans = new();

    internal async Task<ScoringDataLoader.ScoringPlan> GetAsync(AppDbContext db, int year, CancellationToken cancellationToken)
    {
        // The version is read before the plan: a change saved in between leaves a newer version, and the next reader
        // reads the plan again.
        var structure = await PlanStructure.VersionAsync(db, cancellationToken);
        if (plans.TryGetValue(year, out var held) && held.Structure == structure && held.Plan.TryGetTarget(out var kept))
        {
            return kept;
        }

        var plan = await ScoringDataLoader.ScoringPlan.LoadAsync(db, year, structure, cancellationToken);
        plans[year] = (structure, new WeakReference<ScoringDataLoader.ScoringPlan>(plan));
        return plan;
    }
}

/// <summary>
/// Builds the engine's input from the database: the plan of a year read once (structure, labels, weights, revisions),
/// then each round's values laid on it. A year's recomputation reads the plan once and all its values in one query.
/// </summary>
internal static class ScoringDataLoader
{
    /// <param name="notes">Whether the values' notes are wanted: only an explanation shows them.</param>
    public static async Task<ScoringData> LoadAsync(AppDbContext db, ScoringPlanCache plans, int year, int roundId, CancellationToken cancellationToken, bool notes = false)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var version = await VersionAsync(db, year, cancellationToken);
        var plan = await plans.GetAsync(db, year, cancellationToken);
        var round = await db.MonitoringRounds.AsNoTracking().SingleAsync(r => r.Id == roundId, cancellationToken);
        var values = await ValuesAsync(db, plan, [roundId], cancellationToken, notes);
        return plan.For(round, values[roundId], version);
    }

    /// <summary>The year's scoring version: read before the values, so that a report never claims a newer one than its inputs.</summary>
    public static Task<long> VersionAsync(AppDbContext db, int year, CancellationToken cancellationToken) =>
        db.PlanYears.AsNoTracking().Where(y => y.Year == year).Select(y => y.ScoringVersion).SingleAsync(cancellationToken);

    /// <summary>The rounds computed side by side: each is independent, and a year has four.</summary>
    public static IReadOnlyList<(ScoringData Data, ScoreSheet Sheet)> ComputeAll(IReadOnlyList<ScoringData> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        var sheets = new ScoreSheet[rounds.Count];
        Parallel.For(0, rounds.Count, i => sheets[i] = ScoringEngine.Compute(rounds[i].Input));
        return [.. rounds.Select((r, i) => (r, sheets[i]))];
    }

    /// <summary>Every round given, at scoring <paramref name="version"/> (read by the caller first), from one read of the plan and one of the values.</summary>
    public static async Task<IReadOnlyList<ScoringData>> LoadYearAsync(AppDbContext db, ScoringPlanCache plans, int year, long version, IReadOnlyCollection<int> roundIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var plan = await plans.GetAsync(db, year, cancellationToken);
        var rounds = await db.MonitoringRounds.AsNoTracking().Where(r => r.Year == year).ToListAsync(cancellationToken);
        var values = await ValuesAsync(db, plan, roundIds, cancellationToken);
        return [.. rounds.Where(r => roundIds.Contains(r.Id)).OrderBy(r => r.Number).Select(r => plan.For(r, values[r.Id], version))];
    }

    /// <summary>
    /// The values of some rounds, read with a bare data reader: they are the bulk of the engine's input (200,000 rows
    /// for a city), and an EF projection costs about twice the read (docs/performance.md). The notes, a string per
    /// row, are read only when asked: the scores do not use them, the explanation of a number shows them.
    /// </summary>
    public static async Task<Dictionary<int, RoundValues>> ValuesAsync(AppDbContext db, ScoringPlan plan, IReadOnlyCollection<int> roundIds, CancellationToken cancellationToken, bool notes = false)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var result = roundIds.ToDictionary(id => id, _ => new RoundValues(new double?[plan.Count], new string?[plan.Count]));
        if (roundIds.Count == 0)
        {
            return result;
        }

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var names = new List<string>();
            foreach (var (id, index) in roundIds.Select((id, i) => (id, i)))
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@r{index}";
                parameter.Value = id;
                command.Parameters.Add(parameter);
                names.Add(parameter.ParameterName);
            }

            // Quoted names: PostgreSQL folds bare ones to lower case; SQLite and SQL Server read them the same.
            command.CommandText = $"SELECT \"RoundId\", \"IndicatorId\", \"Value\"{(notes ? ", \"Note\"" : string.Empty)} FROM \"Measurements\" WHERE \"RoundId\" IN ({string.Join(", ", names)})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                // Values of indicators outside the year's plan (another year's round) are not asked for; none arrive.
                if (plan.PositionOf(reader.GetInt32(1)) is { } position)
                {
                    var round = result[reader.GetInt32(0)];
                    round.Values[position] = reader.GetDouble(2);
                    if (notes && !reader.IsDBNull(3))
                    {
                        round.Notes[position] = reader.GetString(3);
                    }
                }
            }
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        return result;
    }

    /// <summary>A round's values and notes, position by position with the plan's indicators.</summary>
    internal sealed record RoundValues(double?[] Values, string?[] Notes);

    /// <summary>A year's plan as the engine needs it, without values: read once, laid under each round.</summary>
    internal sealed class ScoringPlan
    {
        private readonly Dictionary<int, int> positions;
        private string[]? targetTexts;

        private ScoringPlan(long structure, PlanYear plan, ScoringInput template, ScoringLabels labels, int[] indicatorIds, Target[] targets, ILookup<int, TargetRevision> revisions)
        {
            Structure = structure;
            Plan = plan;
            Template = template;
            Labels = labels;
            IndicatorIds = indicatorIds;
            Targets = targets;
            Revisions = revisions;
            positions = new Dictionary<int, int>(indicatorIds.Length);
            for (var i = 0; i < indicatorIds.Length; i++)
            {
                positions[indicatorIds[i]] = i;
            }
        }

        public int Count => IndicatorIds.Length;

        public int? PositionOf(int indicatorId) => positions.TryGetValue(indicatorId, out var position) ? position : null;

        public Dictionary<int, (string Title, string KindLabel)> IndicatorNames()
        {
            var names = new Dictionary<int, (string, string)>(IndicatorIds.Length);
            for (var i = 0; i < IndicatorIds.Length; i++)
            {
                names[IndicatorIds[i]] = (Labels.IndicatorTitles[i], Labels.IndicatorKindLabels[i]);
            }

            return names;
        }

        /// <summary>The structure's version the plan was read at (<see cref="StructureChange"/>).</summary>
        public long Structure { get; }

        private PlanYear Plan { get; }

        private ScoringInput Template { get; }

        private ScoringLabels Labels { get; }

        private int[] IndicatorIds { get; }

        private Target[] Targets { get; }

        private string[] TargetTexts => targetTexts ??= [.. Targets.Select(t => t.Text)];

        private ILookup<int, TargetRevision> Revisions { get; }

        /// <summary>The engine's input for a round: this plan, the targets in force in the round, its values; labelled with the scoring <paramref name="version"/> read before the values.</summary>
        public ScoringData For(MonitoringRound round, RoundValues values, long version)
        {
            ArgumentNullException.ThrowIfNull(round);
            ArgumentNullException.ThrowIfNull(values);
            var count = IndicatorIds.Length;
            var indicators = new IndicatorInput[count];

            string[] targets;
            if (Revisions.Count == 0)
            {
                // The planned targets stand: the template's indicators keep what the rules read of them.
                targets = TargetTexts;
                for (var i = 0; i < count; i++)
                {
                    indicators[i] = Template.Indicators[i] with { Value = values.Values[i] };
                }
            }
            else
            {
                // A revised target is read again, for that indicator only.
                targets = new string[count];
                for (var i = 0; i < count; i++)
                {
                    var planned = Template.Indicators[i];
                    var target = TargetRevision.Effective(Targets[i], Revisions[IndicatorIds[i]], round.Number);
                    indicators[i] = ReferenceEquals(target, planned.Target) ? planned with { Value = values.Values[i] } : planned with { Target = target, Value = values.Values[i] };
                    targets[i] = target.Text;
                }
            }

            var input = Template with { Indicators = indicators };
            return new ScoringData(Plan.Year, round.Id, round.Number, round.Label, version, input, Labels with { IndicatorTargets = targets, IndicatorNotes = values.Notes })
            {
                InputHash = HashOf(round, values.Values),
            };
        }

        /// <summary>
        /// Everything a round's report is built from but the scoring version: the structure's version (which covers the
        /// plan, its targets and revisions, weights, settings, names), the round, and its values bit for bit.
        /// </summary>
        private byte[] HashOf(MonitoringRound round, double?[] values)
        {
            using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            Span<byte> head = stackalloc byte[24];
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(head, Structure);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(head[8..], Plan.Year);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(head[12..], round.Id);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(head[16..], round.Number);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(head[20..], values.Length);
            hash.AppendData(head);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(round.Label));

            // A missing value is a marker byte, a present one its 8 bytes: 0 and "no value" never hash alike.
            var buffer = new byte[9 * Math.Min(values.Length, 4096)];
            for (var start = 0; start < values.Length; start += 4096)
            {
                var length = 0;
                for (var i = start; i < Math.Min(values.Length, start + 4096); i++)
                {
                    if (values[i] is { } v)
                    {
                        buffer[length++] = 1;
                        System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(buffer.AsSpan(length), v);
                        length += 8;
                    }
                    else
                    {
                        buffer[length++] = 0;
                    }
                }

                hash.AppendData(buffer, 0, length);
            }

            return hash.GetHashAndReset();
        }

        public static async Task<ScoringPlan> LoadAsync(AppDbContext db, int year, long structure, CancellationToken cancellationToken)
        {
            var plan = await db.PlanYears.AsNoTracking().SingleAsync(y => y.Year == year, cancellationToken);
            var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Position).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
            var units = await db.Units.AsNoTracking().OrderBy(u => u.Position).Select(u => new { u.Id, u.Name, u.DepartmentId }).ToListAsync(cancellationToken);
            var assignments = await db.ObjectiveAssignments.AsNoTracking().Where(a => a.Year == year)
                .OrderBy(a => a.Position).Select(a => new { a.Id, a.OperationalObjectiveId, a.UnitId }).ToListAsync(cancellationToken);
            var objectives = await db.OperationalObjectives.AsNoTracking().Where(o => db.ObjectiveAssignments.Any(a => a.Year == year && a.OperationalObjectiveId == o.Id))
                .Select(o => new { o.Id, o.Code, o.Title }).ToListAsync(cancellationToken);
            var links = await db.ObjectiveLinks.AsNoTracking().Where(l => l.StrategicObjectiveId != null && db.ObjectiveAssignments.Any(a => a.Year == year && a.OperationalObjectiveId == l.OperationalObjectiveId))
                .OrderBy(l => l.Position).Select(l => new { l.OperationalObjectiveId, l.UnitId, StrategicObjectiveId = l.StrategicObjectiveId!.Value }).ToListAsync(cancellationToken);
            var lines = await db.MandateLines.AsNoTracking().OrderBy(m => m.Position).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken);
            var strategic = await db.StrategicObjectives.AsNoTracking().OrderBy(s => s.MandateLineId).ThenBy(s => s.Position)
                .Select(s => new { s.Id, s.Title, s.MandateLineId }).ToListAsync(cancellationToken);
            var managements = await db.ManagementObjectives.AsNoTracking().Where(m => m.ObjectiveAssignment.Year == year)
                .Select(m => new { m.Id, m.Title, m.ObjectiveAssignmentId, m.Position }).ToListAsync(cancellationToken);
            var indicators = await db.Indicators.AsNoTracking().Where(i => i.ManagementObjective.ObjectiveAssignment.Year == year)
                .Select(i => new { i.Id, i.ManagementObjectiveId, i.Title, i.Kind, i.KindLabel, i.Target, i.DueDate, Office = i.Office != null ? i.Office.Name : null, i.Position })
                .ToListAsync(cancellationToken);
            var revisions = (await db.TargetRevisions.AsNoTracking().Where(r => r.Year == year && r.Status == RevisionStatus.Approved).ToListAsync(cancellationToken))
                .ToLookup(r => r.IndicatorId);
            var directors = await db.Departments.AsNoTracking().Where(d => d.DirectorId != null).Select(d => new { d.Id, UserId = d.DirectorId! }).ToListAsync(cancellationToken);
            var heads = await db.Units.AsNoTracking().Where(u => u.HeadId != null).Select(u => new { u.Id, UserId = u.HeadId! }).ToListAsync(cancellationToken);
            var leaderIds = directors.Select(d => d.UserId).Concat(heads.Select(h => h.UserId)).Distinct().ToList();
            var leaderNames = await db.Users.AsNoTracking().Where(u => db.Departments.Any(d => d.DirectorId == u.Id) || db.Units.Any(x => x.HeadId == u.Id))
                .ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
            var weights = await db.ScoringWeights.AsNoTracking().Where(w => w.Year == year)
                .Select(w => new { w.Element, w.ElementId, w.Weight }).ToListAsync(cancellationToken);

            var departmentIndex = departments.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i);
            var unitIndex = units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);

            // Read in the plan's order: by department and unit, then as the objectives stand in the unit.
            assignments = [.. assignments.OrderBy(a => departmentIndex[units[unitIndex[a.UnitId]].DepartmentId]).ThenBy(a => unitIndex[a.UnitId])];
            var objectivesById = objectives.ToDictionary(o => o.Id);
            var objectiveOrder = assignments.Select(a => a.OperationalObjectiveId).Distinct().Select(id => objectivesById[id]).ToList();
            var objectiveIndex = objectiveOrder.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i);
            var lineIndex = lines.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
            var strategicIndex = strategic.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
            var assignmentIndex = assignments.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);

            // An assignment sits under the strategic objective of its unit's link, else of the objective's first link.
            var linkOf = links.GroupBy(l => (l.OperationalObjectiveId, l.UnitId)).ToDictionary(g => g.Key, g => g.First().StrategicObjectiveId);
            var anyLinkOf = links.GroupBy(l => l.OperationalObjectiveId).ToDictionary(g => g.Key, g => g.First().StrategicObjectiveId);
            var assignmentInputs = assignments.Select(a =>
            {
                var so = linkOf.TryGetValue((a.OperationalObjectiveId, a.UnitId), out var s) ? s : anyLinkOf.TryGetValue(a.OperationalObjectiveId, out var t) ? t : (int?)null;
                return new AssignmentInput(objectiveIndex[a.OperationalObjectiveId], unitIndex[a.UnitId], so is { } id && strategicIndex.TryGetValue(id, out var si) ? si : -1);
            }).ToArray();

            var orderedManagements = managements.OrderBy(m => assignmentIndex[m.ObjectiveAssignmentId]).ThenBy(m => m.Position).ToList();
            var managementIndex = orderedManagements.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
            var managementAssignment = orderedManagements.ToDictionary(m => m.Id, m => assignmentIndex[m.ObjectiveAssignmentId]);
            var orderedIndicators = indicators.OrderBy(i => managementIndex[i.ManagementObjectiveId]).ThenBy(i => i.Position).ToList();

            var objectiveWeight = Enumerable.Repeat(1.0, objectiveOrder.Count).ToArray();
            var strategicWeight = Enumerable.Repeat(1.0, strategic.Count).ToArray();
            foreach (var w in weights)
            {
                if (w.Element == WeightedElement.Objective && objectiveIndex.TryGetValue(w.ElementId, out var o))
                {
                    objectiveWeight[o] = (double)w.Weight;
                }
                else if (w.Element == WeightedElement.StrategicObjective && strategicIndex.TryGetValue(w.ElementId, out var s))
                {
                    strategicWeight[s] = (double)w.Weight;
                }
            }

            var template = new ScoringInput
            {
                Settings = plan.Scoring,
                Indicators = orderedIndicators.Select(i => new IndicatorInput(
                    i.Id, i.Kind, i.Target, null, managementAssignment[i.ManagementObjectiveId], managementIndex[i.ManagementObjectiveId])).ToArray(),
                Assignments = assignmentInputs,
                UnitDepartment = units.Select(u => departmentIndex[u.DepartmentId]).ToArray(),
                DepartmentCount = departments.Count,
                ManagementObjectiveCount = orderedManagements.Count,
                ObjectiveWeight = objectiveWeight,
                StrategicMandateLine = strategic.Select(s => lineIndex[s.MandateLineId]).ToArray(),
                StrategicWeight = strategicWeight,
                MandateLineCount = lines.Count,

                // A Director's number covers every unit of his departments; a UnitHead's his own units.
                Leaders = [.. directors.GroupBy(d => d.UserId).Select(g => new LeaderInput(
                        g.Key, leaderNames.GetValueOrDefault(g.Key, g.Key), RoleGroup.Director,
                        [.. units.Select((u, i) => (u, i)).Where(x => g.Any(d => d.Id == x.u.DepartmentId)).Select(x => x.i)])),
                    .. heads.GroupBy(h => h.UserId).Select(g => new LeaderInput(
                        g.Key, leaderNames.GetValueOrDefault(g.Key, g.Key), RoleGroup.UnitHead, [.. g.Select(h => unitIndex[h.Id])]))],
            };
            var labels = new ScoringLabels
            {
                DepartmentIds = departments.Select(d => d.Id).ToArray(),
                DepartmentNames = departments.Select(d => d.Name).ToArray(),
                UnitIds = units.Select(u => u.Id).ToArray(),
                UnitNames = units.Select(u => u.Name).ToArray(),
                AssignmentIds = assignments.Select(a => a.Id).ToArray(),
                ObjectiveIds = objectiveOrder.Select(o => o.Id).ToArray(),
                ObjectiveCodes = objectiveOrder.Select(o => o.Code).ToArray(),
                ObjectiveTitles = objectiveOrder.Select(o => o.Title).ToArray(),
                ManagementTitles = orderedManagements.Select(m => m.Title).ToArray(),
                StrategicIds = strategic.Select(s => s.Id).ToArray(),
                StrategicTitles = strategic.Select(s => s.Title).ToArray(),
                MandateLineIds = lines.Select(m => m.Id).ToArray(),
                MandateLineNames = lines.Select(m => m.Name).ToArray(),
                IndicatorTitles = orderedIndicators.Select(i => i.Title).ToArray(),
                IndicatorKindLabels = orderedIndicators.Select(i => i.KindLabel).ToArray(),
                IndicatorTargets = [],
                IndicatorOffices = orderedIndicators.Select(i => i.Office).ToArray(),
                IndicatorDueDates = orderedIndicators.Select(i => i.DueDate).ToArray(),
                IndicatorNotes = [],
            };
            return new ScoringPlan(structure, plan, template, labels, [.. orderedIndicators.Select(i => i.Id)], [.. orderedIndicators.Select(i => i.Target)], revisions);
        }
    }
}
