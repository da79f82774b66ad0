using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Appraisal;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Reporting;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>The guards a definition may name: whether a transition may happen now, with the reason in Italian when not.</summary>
public sealed class WorkflowGuards(AppDbContext db, ScoreService scores, WorkflowChildren family, SubmissionChecks checks, DeviationCauseRules deviations, AppraisalHooks appraisal, ReportingHooks reporting)
{
    public static IReadOnlyList<string> Names { get; } =
        ["planHasDirectors", "allChildrenIn", "allChildrenFinal", "scoresFresh", "submissionComplete", "childrenWaiting", "causesComplete", "causesCollected", .. AppraisalHooks.Guards, .. ReportingHooks.Guards];

    public async Task<GuardResult> CheckAsync(string guard, TransitionScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(scope);
        var name = WorkflowValidator.GuardName(guard);
        var argument = guard.Length > name.Length ? guard[(name.Length + 1)..] : null;
        var year = scope.Instance.Year;
        switch (name)
        {
            case "planHasDirectors":
            {
                var departments = await db.ObjectiveAssignments.AsNoTracking().Where(a => a.Year == year)
                    .Select(a => new { a.Unit.Department.Name, a.Unit.Department.DirectorId }).Distinct().ToListAsync(cancellationToken);
                if (departments.Count == 0)
                {
                    return GuardResult.No($"il piano {year} non ha obiettivi assegnati: importarlo prima.");
                }

                var missing = departments.Where(d => d.DirectorId is null).Select(d => d.Name).Distinct().Order(StringComparer.Ordinal).ToList();
                return missing.Count == 0
                    ? GuardResult.Yes
                    : GuardResult.No($"manca il dirigente di {string.Join(", ", missing)}: assegnarlo in Amministrazione › Organizzazione.");
            }

            case "allChildrenIn":
            {
                // Only the children whose machine has that state count: a revision asked during a round does not
                // keep the round open when every scheda is validated.
                var children = (await family.OfAsync(scope.Instance, cancellationToken)).Where(c => scope.Definition.Machine(c.Machine)?.State(argument!) is not null).ToList();
                if (children.Count == 0)
                {
                    return GuardResult.No("nessuna pratica collegata.");
                }

                var waiting = children.Count(c => c.State != argument);
                return waiting == 0 ? GuardResult.Yes : GuardResult.No($"{waiting} pratiche su {children.Count} non sono ancora nello stato richiesto.");
            }

            case "allChildrenFinal":
            {
                var children = await family.OfAsync(scope.Instance, cancellationToken);
                var open = children.Count(c => scope.Definition.Machine(c.Machine)?.State(c.State)?.Final != true);
                return open == 0 ? GuardResult.Yes : GuardResult.No($"{open} pratiche su {children.Count} non sono ancora concluse.");
            }

            case "scoresFresh":
            {
                var rounds = await scores.RoundsAsync(year, cancellationToken);
                var round = scope.Instance.Round is { } number ? rounds.FirstOrDefault(r => r.Number == number) : rounds.LastOrDefault(r => r.Kind == RoundKind.Final);
                if (round is null)
                {
                    return GuardResult.No($"il round dei punteggi del {year} non esiste.");
                }

                var (_, fresh) = await scores.FreshnessAsync(year, round.Id, cancellationToken);
                return fresh ? GuardResult.Yes : GuardResult.No("i punteggi sono in ricalcolo: riprovare tra qualche secondo.");
            }

            case "childrenWaiting":
            {
                var waiting = await family.WaitingAsync(scope.Instance, cancellationToken);
                return waiting.Count > 0 ? GuardResult.Yes : GuardResult.No("nessuno è in ritardo.");
            }

            case "submissionComplete":
            {
                var submission = await checks.DraftAsync(scope.Instance, cancellationToken);
                if (submission is null)
                {
                    return GuardResult.No("la scheda non è ancora stata compilata.");
                }

                var problems = await checks.ProblemsAsync(submission, cancellationToken);
                return problems.Count == 0
                    ? GuardResult.Yes
                    : GuardResult.No(problems.Count == 1 ? problems[0].Message : $"{problems.Count} indicatori da completare (valori o note mancanti).");
            }

            case "causesComplete" or "causesCollected":
            {
                var missing = await deviations.MissingAsync(year, name == "causesComplete" ? scope.Instance.Id : null, cancellationToken);
                return missing.Count == 0 ? GuardResult.Yes : GuardResult.No(DeviationCauseRules.Describe(missing));
            }

            case var _ when ReportingHooks.Guards.Contains(name):
                return await reporting.CheckAsync(name, scope, cancellationToken);

            case var _ when AppraisalHooks.Guards.Contains(name):
                return await appraisal.CheckAsync(name, scope, cancellationToken);

            default:
                throw new InvalidOperationException($"Condizione «{guard}» sconosciuta.");
        }
    }
}
