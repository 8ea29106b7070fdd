using System.Globalization;
using ScottPlot;

namespace Metaheuristics.Cli.Plots;

/// <summary>
/// A logarithmic y axis for values that shrink by decades (gaps to an optimum): ScottPlot draws linear axes, so the
/// values are plotted as log10 and the ticks labelled back. An exact 0 has no logarithm and is drawn at <see cref="Floor"/>.
/// </summary>
internal static class LogAxis
{
    public const double Floor = 1e-16;

    /// <summary>True when every value is non-negative and they span two decades or more.</summary>
    public static bool Suits(IEnumerable<double> values)
    {
        double low = double.PositiveInfinity, high = 0;
        foreach (double value in values)
        {
            if (value < 0)
            {
                return false;
            }
            low = Math.Min(low, Math.Max(value, Floor));
            high = Math.Max(high, value);
        }
        return high / low >= 100;
    }

    public static double Transform(double value) => Math.Log10(Math.Max(value, Floor));

    /// <summary>Labels the left axis with the powers of ten the plotted logarithms stand for.</summary>
    public static void Apply(Plot plot) =>
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => Math.Pow(10, y).ToString("0.#E+0", CultureInfo.InvariantCulture),
        };

    /// <summary>The axis label that says the scale is logarithmic.</summary>
    public static string Label(string what) => what + " (log scale; 0 drawn at 1E-16)";
}
