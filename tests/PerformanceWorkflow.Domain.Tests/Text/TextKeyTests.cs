using FsCheck.Xunit;
using PerformanceWorkflow.Domain.Text;

namespace PerformanceWorkflow.Domain.Tests.Text;

public sealed class TextKeyTests
{
    [Fact]
    public void Dash_style_spacing_and_case_do_not_change_the_key()
    {
        Assert.Equal(TextKey.Of("U.O.C. Lavori Pubblici- Patrimonio"), TextKey.Of("U.O.C. Lavori Pubblici-Patrimonio"));
        Assert.Equal(TextKey.Of("turistico –culturali"), TextKey.Of("TURISTICO-CULTURALI"));
        Assert.Equal(TextKey.Of("  a   b "), TextKey.Of("A B"));
    }

    [Fact]
    public void Different_titles_have_different_keys() =>
        Assert.NotEqual(TextKey.Of("Rispetto dei tempi medi di pagamento dei debiti commerciali"), TextKey.Of("Rispetto dei tempi medi di pagamento dei debiti commerciali (Circolare MEF n.1 del 3 gen 2024)"));

    [Fact]
    public void A_typing_slip_is_within_tolerance_of_a_long_title()
    {
        var a = TextKey.Of("Messa in sicurezza degli hot spots in aree a maggior devianza sociale presso il polo servizi della frazione Cintolese");
        var b = TextKey.Of("Messa in sicurezza degli hot spots in aree a maggior devianza sociale presso il polo servizi della frazione Cintoiese");
        Assert.Equal(1, TextKey.Distance(a, b, 5));
        Assert.True(TextKey.Distance(a, b, TextKey.ToleratedSlips(a)) <= TextKey.ToleratedSlips(a));
    }

    [Fact]
    public void Short_texts_tolerate_no_slip() => Assert.Equal(0, TextKey.ToleratedSlips("PM_1"));

    [Property]
    public bool Key_is_idempotent(string? text) => TextKey.Of(TextKey.Of(text)) == TextKey.Of(text);

    [Property]
    public bool Distance_to_itself_is_zero(string? text) => TextKey.Distance(text ?? string.Empty, text ?? string.Empty, 3) == 0;

    [Fact]
    public void Keys_stay_the_same_when_many_threads_ask_for_more_texts_than_are_remembered()
    {
        var texts = Enumerable.Range(0, 20_000).Select(i => $"Unità  operativa – {i}° «Attività»").ToList();
        var first = texts.AsParallel().Select(t => (TextKey.Of(t), TextKey.Compact(t))).ToList();
        var again = texts.AsParallel().AsOrdered().Select(t => (TextKey.Of(t), TextKey.Compact(t))).ToList();

        Assert.Equal("unità operativa-0° \"attività\"", again[0].Item1);
        Assert.Equal("unitaoperativa0attivita", again[0].Item2);
        Assert.Equal(first.Order(), again.Order());
    }

    [Fact]
    public void Italian_dates_are_read_in_the_usual_forms()
    {
        Assert.True(ItalianFormat.TryParseDate("31/12/2024", out var a));
        Assert.True(ItalianFormat.TryParseDate("5/4/2024", out var b));
        Assert.True(ItalianFormat.TryParseDate("2024-06-30", out var c));
        Assert.Equal((new DateOnly(2024, 12, 31), new DateOnly(2024, 4, 5), new DateOnly(2024, 6, 30)), (a, b, c));
        Assert.False(ItalianFormat.TryParseDate("31/13/2024", out _));
        Assert.False(ItalianFormat.TryParseDate("entro l'anno", out _));
    }

    [Fact]
    public void Excel_serial_days_are_dates() => Assert.True(ItalianFormat.TryParseExcelSerial("45657", out var d) && d == new DateOnly(2024, 12, 31));

    [Fact]
    public void Numbers_are_shown_with_a_decimal_comma() => Assert.Equal("67,1", ItalianFormat.Number(67.123));
}
