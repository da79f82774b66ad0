using System.Collections.Concurrent;

namespace PerformanceWorkflow.Application.Features.Scoring;

/// <summary>
/// The score reports this process decoded last, by year and round, each with the scoring version it was computed
/// for: a city's report is tens of thousands of rows, and decoding it on every visit of the scores page cost hundreds
/// of milliseconds. A report is used only while its version is the year's current one, so a change saved by any
/// instance is seen at once; it is held weakly, so that the collector may take it back when memory is short.
/// </summary>
public sealed class ScoreReportCache
{
    private readonly ConcurrentDictionary<(int Year, int RoundId), WeakReference<ScoreReport>> reports = new();

    public bool TryGet(int year, int roundId, long version, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScoreReport? report)
    {
        if (reports.TryGetValue((year, roundId), out var held) && held.TryGetTarget(out report) && report.Version == version)
        {
            return true;
        }

        report = null;
        return false;
    }

    public void Set(int year, int roundId, ScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        reports[(year, roundId)] = new WeakReference<ScoreReport>(report);
    }
}
