using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Monitoring;

/// <summary>What keeps a scheda from being sent: a value missing, or a note missing where the value is behind.</summary>
public sealed record SubmissionProblem(int IndicatorId, string Message);

/// <summary>
/// The rules a scheda must meet to be sent, in one place: the form shows them, the workflow's guard enforces them.
/// Every indicator that enters the scores needs a value (informational data may stay empty); a value below the
/// progress expected at the round's date needs a note. A verdict is kept for the request, by the draft's revision:
/// "Invia" evaluates the rule once, for the form and the guard that follows it.
/// </summary>
public sealed class SubmissionChecks(AppDbContext db, ScoreService scores, StructureCache structureCache)
{
    private Verdict? last;

    /// <summary>The problems of a draft as it is now; read from the database only when not already known.</summary>
    public async Task<IReadOnlyList<SubmissionProblem>> ProblemsAsync(Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (Known(submission) is { } verdict)
        {
            return verdict.Problems;
        }

        var rounds = await scores.RoundsAsync(submission.Year, cancellationToken);
        var round = rounds.FirstOrDefault(r => r.Number == submission.Round) ?? throw new InvalidOperationException("Round inesistente.");
        var settings = await structureCache.ScoringSettingsAsync(db, submission.Year, cancellationToken);
        var rows = await IndicatorRows.LoadAsync(db, scores, structureCache, submission.Year, round, submission.UnitIds, cancellationToken, rounds);
        return Check(submission, rows, settings, round);
    }

    /// <summary>The rules on rows already loaded (the form has them); the verdict is kept for the guard.</summary>
    public IReadOnlyList<SubmissionProblem> Check(Submission submission, IEnumerable<UnitIndicatorValue> rows, ScoringSettings settings, RoundInfo round)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var problems = Problems(rows, submission, settings, round);
        last = new Verdict(submission.Id, submission.Revision, round, problems);
        return problems;
    }

    /// <summary>A scheda's draft, tracked: the one the page holds when it is sending it, else read.</summary>
    public async Task<Submission?> DraftAsync(Domain.Workflow.WorkflowInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return db.Submissions.Local.FirstOrDefault(x => x.InstanceId == instance.Id && x.InstanceId != 0)
            ?? await db.Submissions.Include(x => x.Values).FirstOrDefaultAsync(x => x.InstanceId == instance.Id, cancellationToken);
    }

    /// <summary>The round a draft was last checked against in this request, so that sending it need not read it again.</summary>
    public RoundInfo? RoundOf(Submission submission) => Known(submission)?.Round;

    private Verdict? Known(Submission submission) =>
        last is { } verdict && submission.Id != 0 && verdict.SubmissionId == submission.Id && verdict.Revision == submission.Revision ? verdict : null;

    private static List<SubmissionProblem> Problems(IEnumerable<UnitIndicatorValue> rows, Submission submission, ScoringSettings settings, RoundInfo round)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(round);
        var values = submission.Values.ToDictionary(v => v.IndicatorId);
        var problems = new List<SubmissionProblem>();
        foreach (var row in rows)
        {
            values.TryGetValue(row.IndicatorId, out var entry);
            if (entry?.Effective is not { } value)
            {
                if (row.Kind != IndicatorKind.Informational)
                {
                    problems.Add(new SubmissionProblem(row.IndicatorId, $"«{row.Title}»: manca il valore."));
                }

                continue;
            }

            if (NeedsNote(row, value, settings, round) && entry.Note is null)
            {
                problems.Add(new SubmissionProblem(row.IndicatorId, $"«{row.Title}»: il valore è sotto l'avanzamento atteso al {ItalianFormat.Date(round.ReferenceDate)} ({ItalianFormat.Number(ExpectedProgress.ExpectedPercent(round.Year, round.ReferenceDate, row.DueDate))} %): spiegare il motivo nella nota."));
            }
        }

        return problems;
    }

    public static bool NeedsNote(UnitIndicatorValue row, decimal value, ScoringSettings settings, RoundInfo round)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(round);
        return ExpectedProgress.NeedsNote(row.Kind, row.Target, value, settings, round.Year, round.ReferenceDate, row.DueDate);
    }

    private sealed record Verdict(int SubmissionId, int Revision, RoundInfo Round, IReadOnlyList<SubmissionProblem> Problems);
}
