namespace PerformanceWorkflow.Web.Infrastructure;

/// <summary>Settings of section "Jobs": the Hangfire server inside the service.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run the job server in this instance (turn off on instances that only serve pages).</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 4;

    /// <summary>How often delayed jobs (a recomputation a few seconds after a change) are picked up.</summary>
    public int SchedulePollingSeconds { get; set; } = 5;

    /// <summary>How often the job that opens the rounds due looks for them (a round opens on its date, at the first run).</summary>
    public string RoundOpeningCron { get; set; } = "*/15 * * * *";
}
