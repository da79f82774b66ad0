using System.Globalization;

namespace PerformanceWorkflow.Domain.Text;

/// <summary>Dates and numbers as Italian offices write and read them: dd/MM/yyyy, decimal comma.</summary>
public static class ItalianFormat
{
    /// <summary>The culture of every text shown to people.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("it-IT");

    private static readonly string[] DateFormats =
    [
        "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "dd/MM/yy", "d/M/yy",
    ];

    /// <summary>Reads a date written dd/MM/yyyy (or the usual variants, or ISO 8601).</summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        var s = TextKey.Clean(text);
        if (s.Length > 10 && s.Contains(' ', StringComparison.Ordinal))
        {
            // "31/12/2024 00:00:00" from a spreadsheet cell.
            s = s[..s.IndexOf(' ', StringComparison.Ordinal)];
        }

        return DateOnly.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>Reads an Excel serial day number (a date cell without date format), e.g. 45657 = 31/12/2024.</summary>
    public static bool TryParseExcelSerial(string? text, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(TextKey.Clean(text), NumberStyles.None, CultureInfo.InvariantCulture, out var serial) || serial is < 36526 or > 73051)
        {
            return false;
        }

        date = DateOnly.FromDateTime(new DateTime(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified).AddDays(serial));
        return true;
    }

    /// <summary>dd/MM/yyyy.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>dd/MM/yyyy, or an empty string.</summary>
    public static string Date(DateOnly? date) => date is { } d ? Date(d) : string.Empty;

    /// <summary>Italian local time: the Comune's clocks, whatever the server's time zone.</summary>
    public static TimeZoneInfo TimeZone { get; } = FindRome();

    /// <summary>The day an instant falls on in Rome: deadlines and "today" are Italian days, whatever the server's zone.</summary>
    public static DateOnly DayOf(System.DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZone));

    /// <summary>A UTC instant as an Italian office reads it: "26/11/2026 12:48".</summary>
    public static string DateTime(System.DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindRome()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    /// <summary>A number with decimal comma and no useless zeros: 67,1 — 100 — 0,25.</summary>
    public static string Number(decimal value) => value.ToString("0.##########", Culture);

    /// <summary>A number with decimal comma and no useless zeros.</summary>
    public static string Number(double value, int decimals = 1) => Math.Round(value, decimals).ToString("0." + new string('#', decimals), Culture);
}
