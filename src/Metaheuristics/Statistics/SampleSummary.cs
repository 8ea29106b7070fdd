using MathNet.Numerics.Statistics;

namespace Metaheuristics.Statistics;

/// <summary>
/// The five-number summary of a sample (minimum, quartiles, median, maximum) and its mean, as suite reports and box
/// plots show it. Quartiles follow R's default (type 7, linear interpolation between order statistics).
/// </summary>
public sealed record SampleSummary
{
    /// <summary>How many values.</summary>
    public required int Count { get; init; }

    /// <summary>The smallest value.</summary>
    public required double Minimum { get; init; }

    /// <summary>The first quartile.</summary>
    public required double LowerQuartile { get; init; }

    /// <summary>The median.</summary>
    public required double Median { get; init; }

    /// <summary>The third quartile.</summary>
    public required double UpperQuartile { get; init; }

    /// <summary>The largest value.</summary>
    public required double Maximum { get; init; }

    /// <summary>The arithmetic mean.</summary>
    public required double Mean { get; init; }

    /// <summary>The interquartile range, <see cref="UpperQuartile"/> − <see cref="LowerQuartile"/>.</summary>
    public double InterquartileRange => UpperQuartile - LowerQuartile;

    /// <summary>Summarizes <paramref name="values"/>.</summary>
    /// <param name="values">At least one value, none NaN.</param>
    /// <exception cref="ArgumentException">The sample is empty or holds NaN.</exception>
    public static SampleSummary Of(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("The sample is empty.", nameof(values));
        }
        double[] sorted = values.ToArray();
        foreach (double value in sorted)
        {
            if (double.IsNaN(value))
            {
                throw new ArgumentException("The sample holds NaN.", nameof(values));
            }
        }
        Array.Sort(sorted);
        return new SampleSummary
        {
            Count = sorted.Length,
            Minimum = sorted[0],
            LowerQuartile = SortedArrayStatistics.QuantileCustom(sorted, 0.25, QuantileDefinition.R7),
            Median = SortedArrayStatistics.QuantileCustom(sorted, 0.5, QuantileDefinition.R7),
            UpperQuartile = SortedArrayStatistics.QuantileCustom(sorted, 0.75, QuantileDefinition.R7),
            Maximum = sorted[^1],
            Mean = ArrayStatistics.Mean(sorted),
        };
    }
}
