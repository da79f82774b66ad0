using PerformanceWorkflow.Domain.Monitoring;
using PerformanceWorkflow.Domain.Plan;
using PerformanceWorkflow.Domain.Scoring;

namespace PerformanceWorkflow.Domain.Tests.Monitoring;

/// <summary>The monitoring's rules, one by one, without a database: expected progress and its note, the target in force, the round's dates and states, the plan's lock.</summary>
public sealed class MonitoringRulesTests
{
    private static readonly DateTime Now = new(2024, 4, 2, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(2024, 1, 1, null, 0.0)]
    [InlineData(2024, 12, 31, null, 1.0)]
    [InlineData(2025, 2, 1, null, 1.0)]
    [InlineData(2024, 7, 2, null, 183.0 / 365.0)]
    [InlineData(2024, 3, 31, "2024-06-30", 90.0 / 181.0)]
    [InlineData(2024, 7, 1, "2024-06-30", 1.0)]
    public void Expected_progress_is_the_share_of_the_indicator_s_time_passed(int year, int month, int day, string? due, double expected) =>
        Assert.Equal(expected, ExpectedProgress.Fraction(2024, new DateOnly(year, month, day), due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture)), 6);

    [Fact]
    public void A_due_date_before_the_year_starts_counts_as_the_year_s_end() =>
        Assert.Equal(ExpectedProgress.Fraction(2024, new DateOnly(2024, 7, 2), null), ExpectedProgress.Fraction(2024, new DateOnly(2024, 7, 2), new DateOnly(2023, 12, 1)));

    [Fact]
    public void The_expected_percent_is_rounded_to_a_tenth() =>
        Assert.Equal(49.7, ExpectedProgress.ExpectedPercent(2024, new DateOnly(2024, 3, 31), new DateOnly(2024, 6, 30)));

    [Theory]
    [InlineData(1, true)]   // 20 % at the end of March, when 24,7 % is expected
    [InlineData(2, false)]  // 40 %
    public void An_activity_behind_what_the_date_expects_needs_a_note(int value, bool needsNote)
    {
        var target = TargetParser.Parse("5 (100%)", IndicatorKind.Activity);
        Assert.Equal(needsNote, ExpectedProgress.NeedsNote(IndicatorKind.Activity, target, value, ScoringSettings.Default, 2024, new DateOnly(2024, 3, 31), null));
    }

    [Fact]
    public void Exactly_what_is_expected_needs_no_note_and_informational_data_never_do()
    {
        var target = TargetParser.Parse("100 %", IndicatorKind.Efficiency);
        Assert.False(ExpectedProgress.NeedsNote(IndicatorKind.Efficiency, target, 100m, ScoringSettings.Default, 2024, new DateOnly(2024, 12, 31), null));
        Assert.True(ExpectedProgress.NeedsNote(IndicatorKind.Efficiency, target, 99m, ScoringSettings.Default, 2024, new DateOnly(2024, 12, 31), null));
        Assert.False(ExpectedProgress.NeedsNote(IndicatorKind.Informational, TargetParser.Parse("", IndicatorKind.Informational), 0m, ScoringSettings.Default, 2024, new DateOnly(2024, 12, 31), null));
    }

    [Fact]
    public void The_target_in_force_is_the_latest_approved_revision_from_its_round_on()
    {
        var planned = TargetParser.Parse("100 %", IndicatorKind.Efficiency);
        var fromTwo = Revision(planned, "80 %", fromRound: 2);
        fromTwo.Approve("segretario", Now);
        var fromThree = Revision(planned, "70 %", fromRound: 3);
        fromThree.Approve("segretario", Now.AddDays(1));
        var rejected = Revision(planned, "10 %", fromRound: 2);
        rejected.Reject("segretario", Now);
        var pending = Revision(planned, "20 %", fromRound: 1);
        TargetRevision[] revisions = [fromTwo, fromThree, rejected, pending];

        Assert.Equal("100 %", TargetRevision.Effective(planned, revisions, 1).Text);
        Assert.Equal("80 %", TargetRevision.Effective(planned, revisions, 2).Text);
        Assert.Equal("70 %", TargetRevision.Effective(planned, revisions, 4).Text);
        Assert.Equal("100 %", TargetRevision.Effective(planned, [], 4).Text);
    }

    [Fact]
    public void A_revision_is_decided_once()
    {
        var revision = Revision(TargetParser.Parse("100 %", IndicatorKind.Efficiency), "80 %", fromRound: 2);
        revision.Approve("segretario", Now);
        Assert.Throws<InvalidOperationException>(() => revision.Reject("segretario", Now));
        Assert.Equal((RevisionStatus.Approved, "segretario"), (revision.Status, revision.DecidedBy));
    }

    [Fact]
    public void A_planned_round_moves_freely_an_open_one_only_extends_a_closed_one_never()
    {
        var round = MonitoringRound.DefaultCalendar(2024)[0];
        round.Reschedule(new DateOnly(2024, 4, 5), new DateOnly(2024, 4, 20));
        Assert.Equal((new DateOnly(2024, 4, 5), new DateOnly(2024, 4, 20)), (round.ReferenceDate, round.DueDate));
        Assert.Throws<ArgumentException>(() => round.Reschedule(new DateOnly(2024, 4, 5), new DateOnly(2024, 4, 1)));

        round.Open();
        round.Open();
        round.Reschedule(new DateOnly(2024, 4, 5), new DateOnly(2024, 4, 30));
        Assert.Equal(new DateOnly(2024, 4, 30), round.DueDate);
        Assert.Contains("si può prorogare", Assert.Throws<InvalidOperationException>(() => round.Reschedule(new DateOnly(2024, 4, 6), new DateOnly(2024, 4, 30))).Message, StringComparison.Ordinal);

        round.Close();
        Assert.Throws<InvalidOperationException>(() => round.Reschedule(new DateOnly(2024, 4, 5), new DateOnly(2024, 5, 30)));
        Assert.Throws<InvalidOperationException>(round.Open);
    }

    [Fact]
    public void The_default_calendar_is_three_quarters_and_the_consuntivo()
    {
        var rounds = MonitoringRound.DefaultCalendar(2024);
        Assert.Equal([RoundKind.Monitoring, RoundKind.Monitoring, RoundKind.Monitoring, RoundKind.Final], rounds.Select(r => r.Kind));
        Assert.Equal([new DateOnly(2024, 4, 15), new DateOnly(2024, 7, 15), new DateOnly(2024, 10, 15), new DateOnly(2025, 1, 31)], rounds.Select(r => r.DueDate));
        Assert.All(rounds, r => Assert.Equal(RoundStatus.Planned, r.Status));
    }

    [Fact]
    public void The_plan_is_locked_once_with_its_deliberation()
    {
        var plan = new PlanYear(2024);
        plan.Lock("12", new DateOnly(2024, 1, 31), Now);
        Assert.Equal((PlanStatus.Locked, "12", new DateOnly(2024, 1, 31)), (plan.Status, plan.DeliberationNumber, plan.DeliberationDate));
        Assert.Contains("già bloccato (delibera n. 12)", Assert.Throws<InvalidOperationException>(() => plan.Lock("13", new DateOnly(2024, 2, 1), Now)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 1.0, 3.0, 33.3333)]
    [InlineData(50.0, 1.0, 4.0, 25.0)]
    [InlineData(50.0, 1.0, 0.0, 50.0)]
    [InlineData(50.0, null, 4.0, 50.0)]
    [InlineData(null, null, null, null)]
    public void A_ratio_is_scored_as_its_percent_to_four_decimals_else_the_value_typed(double? value, double? numerator, double? denominator, double? expected) =>
        Assert.Equal((decimal?)expected, Measurement.Effective((decimal?)value, (decimal?)numerator, (decimal?)denominator));

    [Theory]
    [InlineData("N. servizi attivati / n. servizi previsti", "80 %", true)]
    [InlineData("Servizi attivati", "80 %", false)]
    [InlineData("Pratiche evase / pratiche ricevute", "30 gg", false)]
    public void A_ratio_is_a_percent_target_on_a_title_that_divides(string title, string target, bool ratio) =>
        Assert.Equal(ratio, Indicator.IsRatioOf(TargetParser.Parse(target, IndicatorKind.Efficiency), title));

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(3.0, 4.0, null)]
    [InlineData(0.0, 4.0, null)]
    [InlineData(3.0, null, "Numeratore e denominatore vanno indicati insieme.")]
    [InlineData(null, 4.0, "Numeratore e denominatore vanno indicati insieme.")]
    [InlineData(3.0, 0.0, "Indicare numeratore e denominatore, con il denominatore maggiore di zero.")]
    [InlineData(-1.0, 4.0, "Indicare numeratore e denominatore, con il denominatore maggiore di zero.")]
    public void A_ratio_needs_both_counts_a_non_negative_numerator_and_a_positive_denominator(double? numerator, double? denominator, string? problem)
    {
        Assert.Equal(problem, Measurement.RatioProblem((decimal?)numerator, (decimal?)denominator));
        if (problem is not null)
        {
            Assert.Throws<ArgumentException>(() => new Measurement(1, 1, 50m, (decimal?)numerator, (decimal?)denominator, null, "x", Now));
        }
    }

    [Theory]
    [InlineData("2024-04-15T21:59:00Z", false)]  // 23:59 in Rome on the due date
    [InlineData("2024-04-15T22:00:00Z", true)]   // midnight in Rome: the next day
    public void A_scheda_is_late_when_sent_after_its_due_day_in_Rome(string sentUtc, bool late)
    {
        var instance = new Domain.Workflow.WorkflowInstance("monitoraggio", 1, "monitoraggio.scheda", 2024, 1, "owner", null, null, "aperta", Now);
        var submission = new Submission(instance, [1]);
        var sent = DateTime.Parse(sentUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.Equal(late, submission.MarkSubmitted(sent, new DateOnly(2024, 4, 15)));
        Assert.Equal((late, sent, 1), (submission.Late, submission.SubmittedAtUtc!.Value, submission.Revision));
    }

    private static TargetRevision Revision(Target planned, string target, int fromRound) =>
        new(1, 2024, fromRound, planned, TargetParser.Parse(target, IndicatorKind.Efficiency), "motivo", "responsabile", Now);
}
