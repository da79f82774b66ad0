namespace PerformanceWorkflow.Domain.Monitoring;

/// <summary>
/// Valore rilevato: the value of an indicator for a round, in the unit of its target (0–5 for activities, percent,
/// hours, days), with numerator and denominator when the indicator is a ratio; author, time and note.
/// </summary>
public sealed class Measurement
{
    private Measurement()
    {
        EnteredBy = string.Empty;
    }

    public Measurement(int indicatorId, int roundId, decimal value, decimal? numerator, decimal? denominator, string? note, string enteredBy, DateTime enteredAtUtc)
    {
        IndicatorId = indicatorId;
        RoundId = roundId;
        Set(value, numerator, denominator, note, enteredBy, enteredAtUtc);
        EnteredBy = enteredBy;
    }

    public int Id { get; private set; }

    public int IndicatorId { get; private set; }

    public int RoundId { get; private set; }

    public decimal Value { get; private set; }

    public decimal? Numerator { get; private set; }

    public decimal? Denominator { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Who entered the value: a user name, never shown to who may not see it.</summary>
    public string EnteredBy { get; private set; }

    public DateTime EnteredAtUtc { get; private set; }

    /// <summary>
    /// The value a ratio indicator is scored on: numerator ÷ denominator in percent, to four decimals, when both are
    /// given and the denominator is not zero; otherwise the value typed. The one conversion for forms, imports and schede.
    /// </summary>
    public static decimal? Effective(decimal? value, decimal? numerator, decimal? denominator) =>
        numerator is { } n && denominator is { } d && d != 0 ? Math.Round(n / d * 100m, 4) : value;

    /// <summary>
    /// Why a numerator and a denominator cannot make a value (in Italian), or null when they can or are both absent:
    /// both given, the numerator not negative, the denominator above zero. The one check for forms and stored values.
    /// </summary>
    public static string? RatioProblem(decimal? numerator, decimal? denominator) => (numerator, denominator) switch
    {
        (null, null) => null,
        (null, _) or (_, null) => "Numeratore e denominatore vanno indicati insieme.",
        ({ } n, { } d) when d <= 0 || n < 0 => "Indicare numeratore e denominatore, con il denominatore maggiore di zero.",
        _ => null,
    };

    /// <summary>True when the value and note would not change.</summary>
    public bool Same(decimal value, decimal? numerator, decimal? denominator, string? note) =>
        Value == value && Numerator == numerator && Denominator == denominator && string.Equals(Note ?? string.Empty, note ?? string.Empty, StringComparison.Ordinal);

    public void Set(decimal value, decimal? numerator, decimal? denominator, string? note, string enteredBy, DateTime enteredAtUtc)
    {
        if (RatioProblem(numerator, denominator) is { } problem)
        {
            throw new ArgumentException(problem, nameof(denominator));
        }

        Value = value;
        Numerator = numerator;
        Denominator = denominator;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        EnteredBy = enteredBy;
        EnteredAtUtc = enteredAtUtc;
    }
}

/// <summary>One change of a value: who changed what, when, from where (the history of a measurement).</summary>
public sealed class MeasurementChange
{
    private MeasurementChange()
    {
        ChangedBy = string.Empty;
        Source = string.Empty;
    }

    public MeasurementChange(int indicatorId, int roundId, decimal? oldValue, decimal? newValue, string? oldNote, string? newNote, string changedBy, DateTime changedAtUtc, string source)
    {
        IndicatorId = indicatorId;
        RoundId = roundId;
        OldValue = oldValue;
        NewValue = newValue;
        OldNote = oldNote;
        NewNote = newNote;
        ChangedBy = changedBy;
        ChangedAtUtc = changedAtUtc;
        Source = source;
    }

    public long Id { get; private set; }

    public int IndicatorId { get; private set; }

    public int RoundId { get; private set; }

    public decimal? OldValue { get; private set; }

    public decimal? NewValue { get; private set; }

    public string? OldNote { get; private set; }

    public string? NewNote { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }

    /// <summary>"import valori-2024-R4.xlsx", "modulo", …</summary>
    public string Source { get; private set; }
}
