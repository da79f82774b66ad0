namespace PerformanceWorkflow.Domain.Scoring;

/// <summary>Which rule gave an indicator its percentage (or why it has none).</summary>
public enum ScoreRule
{
    /// <summary>Rule 2: activity scale, value / 5.</summary>
    Activity,

    /// <summary>Rules 1 and 3: value / target, higher is better (capped at 100 % unless configured).</summary>
    HigherIsBetter,

    /// <summary>Rule 3: lower is better, 100 % at or below the target, else 0 %.</summary>
    LowerIsBetterAllOrNothing,

    /// <summary>Rule 3 (configured): lower is better with a linear band of tolerance.</summary>
    LowerIsBetterBand,

    /// <summary>Rule 4: informational indicator, shown, never in an average.</summary>
    Informational,

    /// <summary>The target cannot be understood: left out, visibly.</summary>
    InvalidTarget,

    /// <summary>No value entered for the round.</summary>
    NotEntered,
}

/// <summary>Italian descriptions of the rules, for explanations.</summary>
public static class ScoreRules
{
    public static string Describe(ScoreRule rule) => rule switch
    {
        ScoreRule.Activity => "attività: valore / 5 (0 = non realizzato, 5 = realizzato al 100 %)",
        ScoreRule.HigherIsBetter => "valore rilevato / target",
        ScoreRule.LowerIsBetterAllOrNothing => "minore è meglio: 100 % se il valore non supera il target, altrimenti 0 %",
        ScoreRule.LowerIsBetterBand => "minore è meglio: 100 % fino al target, 0 % oltre target + tolleranza, lineare in mezzo",
        ScoreRule.Informational => "dato informativo: non entra nel calcolo",
        ScoreRule.InvalidTarget => "target non interpretabile: escluso dal calcolo",
        ScoreRule.NotEntered => "valore non rilevato: escluso dal calcolo",
    };

    /// <summary>True for the rules that produce a percentage entering the averages.</summary>
    public static bool Scores(ScoreRule rule) => rule is ScoreRule.Activity or ScoreRule.HigherIsBetter or ScoreRule.LowerIsBetterAllOrNothing or ScoreRule.LowerIsBetterBand;
}
