namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>Settings of section "Workflows".</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflows";

    /// <summary>The folder of the definitions and templates; empty: the <c>workflows</c> folder shipped with the service.</summary>
    public string? Directory { get; set; }

    /// <summary>
    /// Timer times chosen by the Comune without editing the definitions, by "machine/timer": for example
    /// <c>"assegnazione.dirigente/promemoria": { "Offset": "P5D", "Repeat": "P5D" }</c> sends the first reminder to
    /// directors who have not answered after 5 days, then every 5 days. Applies to timers set from then on.
    /// </summary>
    public Dictionary<string, TimerOverride> Timers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How often the timer sweep runs (a cron expression, every minute by default).</summary>
    public string SweepCron { get; set; } = "* * * * *";

    public string ResolveDirectory() =>
        string.IsNullOrWhiteSpace(Directory) ? Path.Combine(AppContext.BaseDirectory, "workflows") : Path.GetFullPath(Directory);
}

/// <summary>A timer's offset and repetition as ISO 8601 durations (P5D, -P3D).</summary>
public sealed class TimerOverride
{
    public string? Offset { get; set; }

    public string? Repeat { get; set; }
}
