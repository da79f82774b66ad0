using PerformanceWorkflow.Domain.Text;
using ScottPlot;

namespace PerformanceWorkflow.Application.Features.Reporting;

/// <summary>The Relazione's charts as PNG images (ScottPlot): bars of a year, lines across the years.</summary>
internal static class Charts
{
    private const int Width = 1200, Height = 600;

    public static byte[]? Bars(string title, IReadOnlyList<(string Name, double? Percent)> items)
    {
        var scored = items.Where(i => i.Percent is not null).ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var plot = new Plot();
        plot.Title(title);
        var bars = plot.Add.Bars(scored.Select(i => i.Percent!.Value).ToArray());
        bars.Color = Color.FromHex("#0066CC");
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, scored.Count).Select(i => (double)i)], [.. scored.Select(i => Shorten(i.Name))]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 20;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.SetLimitsY(0, 105);
        plot.YLabel("% raggiunto");
        plot.Layout.Fixed(new PixelPadding(70, 20, 220, 50));
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    public static byte[]? Lines(string title, IReadOnlyList<TrendPoint> points)
    {
        var plot = new Plot();
        plot.Title(title);
        foreach (var series in points.Where(p => p.Percent is not null).GroupBy(p => p.Name))
        {
            var ordered = series.OrderBy(p => p.Year).ToList();
            var line = plot.Add.Scatter(ordered.Select(p => (double)p.Year).ToArray(), ordered.Select(p => p.Percent!.Value).ToArray());
            line.LegendText = Shorten(series.Key);
        }

        plot.ShowLegend(Edge.Bottom);
        plot.Axes.SetLimitsY(0, 105);
        plot.YLabel("% raggiunto");
        var years = points.Select(p => p.Year).Distinct().Order().ToList();
        plot.Axes.Bottom.SetTicks([.. years.Select(y => (double)y)], [.. years.Select(y => y.ToString(ItalianFormat.Culture))]);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static string Shorten(string name) => name.Length <= 40 ? name : name[..38] + "…";
}
