using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Domain.Reporting;

namespace PerformanceWorkflow.Application.Features.Reporting;

/// <summary>The names the rendicontazione definition uses and the code behind each; <see cref="WorkflowHooks"/> hands them here.</summary>
public sealed class ReportingHooks(AppDbContext db, DeviationCauseRules deviations)
{
    public static IReadOnlyList<string> Guards { get; } = ["relazioneReady", "deliberationDocument", "validationDocument"];

    public static IReadOnlyList<string> Operations { get; } = ["scheduleRelazione"];

    public async Task<GuardResult> CheckAsync(string name, TransitionScope scope, CancellationToken cancellationToken)
    {
        var year = scope.Instance.Year;
        switch (name)
        {
            case "relazioneReady":
            {
                var missing = await deviations.MissingAsync(year, null, cancellationToken);
                if (missing.Count > 0)
                {
                    return GuardResult.No(DeviationCauseRules.Describe(missing));
                }

                return await HasAsync(year, ReportDocumentKind.Relazione, cancellationToken)
                    ? GuardResult.Yes
                    : GuardResult.No("la Relazione non è ancora stata generata: generarla (ed eventualmente caricarne la versione modificata) nella pagina della Relazione.");
            }

            case "deliberationDocument":
                return await HasAsync(year, ReportDocumentKind.Deliberation, cancellationToken)
                    ? GuardResult.Yes
                    : GuardResult.No("caricare prima il file della delibera di Giunta nella pagina della Relazione.");

            case "validationDocument":
                return await HasAsync(year, ReportDocumentKind.Validation, cancellationToken)
                    ? GuardResult.Yes
                    : GuardResult.No("caricare prima il documento di validazione del Nucleo nella pagina della Relazione.");

            default:
                throw new InvalidOperationException($"Condizione «{name}» sconosciuta.");
        }
    }

    public static Task RunAsync(string operation, TransitionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        switch (operation)
        {
            case "scheduleRelazione":
                // Adopted by the Giunta by 30 June of the following year (art. 10 c.1 lett. b D.Lgs. 150/2009).
                scope.Instance.SetDates(new DateOnly(scope.Instance.Year, 12, 31), new DateOnly(scope.Instance.Year + 1, 6, 30));
                return Task.CompletedTask;
            default:
                throw new InvalidOperationException($"Operazione «{operation}» sconosciuta.");
        }
    }

    private Task<bool> HasAsync(int year, ReportDocumentKind kind, CancellationToken cancellationToken) =>
        db.ReportDocuments.AnyAsync(d => d.Year == year && d.Kind == kind, cancellationToken);
}
