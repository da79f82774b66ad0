using Hangfire;

namespace PerformanceWorkflow.Application.Features.Scoring;

/// <summary>Asks for a year's scores to be computed again after a change.</summary>
public interface IScoreRecompute
{
    Task RequestAsync(int year, CancellationToken cancellationToken);
}

/// <summary>`pw` has no job server: it recomputes right away.</summary>
internal sealed class InlineScoreRecompute(ScoreService scores) : IScoreRecompute
{
    public Task RequestAsync(int year, CancellationToken cancellationToken) => scores.RecomputeYearAsync(year, cancellationToken);
}

/// <summary>
/// The service schedules a job a few seconds later: a burst of changes schedules several, the first computes the
/// latest version and the others find the scores fresh and return (idempotent, coalescing).
/// </summary>
internal sealed class HangfireScoreRecompute(IBackgroundJobClient jobs) : IScoreRecompute
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(3);

    public Task RequestAsync(int year, CancellationToken cancellationToken)
    {
        jobs.Schedule<ScoringJobs>(j => j.RecomputeYearAsync(year, CancellationToken.None), Delay);
        return Task.CompletedTask;
    }
}

/// <summary>The jobs of scoring; they carry a year, never personal data, and are safe to run twice.</summary>
public sealed class ScoringJobs(ScoreService scores)
{
    public const string SweepId = "recompute-stale-scores";

    public Task<int> RecomputeYearAsync(int year, CancellationToken cancellationToken) => scores.RecomputeYearAsync(year, cancellationToken);

    /// <summary>Every minute: catches up whatever a lost job or a restart left stale.</summary>
    public Task<int> RecomputeStaleAsync(CancellationToken cancellationToken) => scores.RecomputeStaleAsync(cancellationToken);
}
