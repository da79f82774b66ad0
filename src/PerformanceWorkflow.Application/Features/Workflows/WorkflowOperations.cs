using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Reporting;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>The domain operations a definition may name, run inside the transition's transaction.</summary>
public sealed class WorkflowOperations(AppDbContext db, ScoreService scores, AuditTrail audit, SubmissionChecks checks, WorkflowParticipants participants, DeviationCauseRules deviations, AppraisalHooks appraisal)
{
    public static IReadOnlyList<string> Names { get; } =
        ["lockPlan", "openRound", "closeRound", "prepareSubmission", "publishSubmission", "applyTargetRevision", "rejectTargetRevision", "prepareCauses", .. AppraisalHooks.Operations, .. ReportingHooks.Operations];

    public async Task RunAsync(string operation, TransitionScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var instance = scope.Instance;
        switch (operation)
        {
            case "lockPlan":
            {
                var deliberation = scope.Deliberation ?? throw new InvalidOperationException("Per bloccare il piano serve la delibera.");
                var plan = await db.PlanYears.SingleOrDefaultAsync(p => p.Year == instance.Year, cancellationToken)
                    ?? throw new InvalidOperationException($"Il piano {instance.Year} non esiste.");
                plan.Lock(deliberation.Number, deliberation.Date, scope.NowUtc);
                break;
            }

            case "openRound" or "closeRound":
            {
                var round = await db.MonitoringRounds.SingleOrDefaultAsync(r => r.Year == instance.Year && r.Number == instance.Round, cancellationToken)
                    ?? throw new InvalidOperationException($"Il round {instance.Round} del {instance.Year} non esiste.");
                if (operation == "openRound")
                {
                    round.Open();
                }
                else
                {
                    round.Close();
                }

                break;
            }

            case "prepareSubmission":
            {
                var asOf = ItalianFormat.DayOf(scope.NowUtc);
                var units = await participants.OwnedIndicatorUnitsAsync(instance.Year, instance.OwnerId!, asOf, cancellationToken);
                db.Submissions.Add(new Submission(instance, units));
                break;
            }

            case "publishSubmission":
            {
                // The scheda's page has just saved and checked the draft: what it holds is used, not read again.
                var submission = await checks.DraftAsync(instance, cancellationToken) ?? throw new InvalidOperationException($"La scheda {instance.Id} non ha valori.");
                var round = checks.RoundOf(submission) ?? (await scores.RoundsAsync(instance.Year, cancellationToken)).Single(r => r.Number == instance.Round);
                var entries = submission.Values.Select(v => new ValueEntry(v.IndicatorId, v.Value, v.Note, v.Numerator, v.Denominator)).ToList();
                var written = await MeasurementWriter.WriteAsync(db, instance.Year, round.Id, entries, scope.Actor.Name, $"scheda {instance.Id}", scope.NowUtc, cancellationToken);
                var late = submission.MarkSubmitted(scope.NowUtc, round.DueDate);
                await audit.RecordAsAsync(scope.Actor.Name, "submission.submitted", "Submission", submission.Id, null, new { instance.Year, Round = round.Number, Values = written.Count, Late = late }, cancellationToken);
                break;
            }

            case "applyTargetRevision" or "rejectTargetRevision":
            {
                var revision = await db.TargetRevisions.SingleAsync(r => r.InstanceId == instance.Id, cancellationToken);
                if (operation == "applyTargetRevision")
                {
                    revision.Approve(scope.Actor.Name, scope.NowUtc);
                    await ScoringVersions.BumpAsync(db, instance.Year, cancellationToken);
                }
                else
                {
                    revision.Reject(scope.Actor.Name, scope.NowUtc);
                }

                await audit.RecordAsAsync(scope.Actor.Name, operation == "applyTargetRevision" ? "target.revised" : "target.revision.rejected", "Indicator", revision.IndicatorId,
                    new { Target = revision.OldTarget.Text }, new { Target = revision.NewTarget.Text, From = revision.FromRound, revision.Reason }, cancellationToken);
                break;
            }

            case "prepareCauses":
            {
                await deviations.PrepareAsync(instance, await participants.OwnedIndicatorUnitsAsync(instance.Year, instance.OwnerId!, ItalianFormat.DayOf(scope.NowUtc), cancellationToken), cancellationToken);
                break;
            }

            case var _ when ReportingHooks.Operations.Contains(operation):
                await ReportingHooks.RunAsync(operation, scope);
                break;

            case var _ when AppraisalHooks.Operations.Contains(operation):
                await appraisal.RunAsync(operation, scope, cancellationToken);
                break;

            default:
                throw new InvalidOperationException($"Operazione «{operation}» sconosciuta.");
        }
    }
}
