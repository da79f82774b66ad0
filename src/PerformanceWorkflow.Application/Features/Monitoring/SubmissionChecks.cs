using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Application.Features.Monitoring;

/// <summary>What keeps a scheda from being sent: a value missing, or a note missing where the value is behind.</summary>
public sealed record SubmissionProblem(int IndicatorId, string Message);

/// <summary>
/// The rules a scheda must meet to be sent, in one place: the form shows them, the workflow's guard enforces them.
/// Every indicator that enters the scores needs a value (informational data may stay empty); a value below the
/// progress expected at the round's date needs a note.
/// </summary>
public static class SubmissionChecks
{
    public static async Task<IReadOnlyList<SubmissionProblem>> ProblemsAsync(AppDbContext db, ScoreService scores, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(submission);
        var round = await scores.RoundAsync(submission.Year, submission.Round, cancellationToken) ?? throw new InvalidOperationException("Round inesistente.");
        var settings = (await db.PlanYears.AsNoTracking().SingleAsync(p => p.Year == submission.Year, cancellationToken)).Scoring;
        var rows = await IndicatorRows.LoadAsync(db, scores, submission.Year, round, submission.UnitIds, cancellationToken);
        return Problems(rows, submission, settings, round);
    }

    /// <summary>The same rules on rows already loaded (the form has them).</summary>
    public static IReadOnlyList<SubmissionProblem> Problems(IEnumerable<UnitIndicatorValue> rows, Submission submission, Domain.Scoring.ScoringSettings settings, RoundInfo round)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(submission);
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

    public static bool NeedsNote(UnitIndicatorValue row, decimal value, Domain.Scoring.ScoringSettings settings, RoundInfo round)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(round);
        return ExpectedProgress.NeedsNote(row.Kind, row.Target, value, settings, round.Year, round.ReferenceDate, row.DueDate);
    }
}
