namespace Metaheuristics.Statistics;

/// <summary>The outcome of a two-sided Wilcoxon rank-sum (Mann–Whitney U) test of two samples.</summary>
/// <param name="Statistic">
/// W, the Mann–Whitney U of the first sample: how many (x, y) pairs have x above y, ties counting one half (R's <c>W</c>).
/// </param>
/// <param name="PValue">The two-sided p-value.</param>
/// <param name="IsExact">
/// True when <paramref name="PValue"/> comes from the exact null distribution (both samples under 50 and no ties),
/// false when from the normal approximation with tie and continuity corrections.
/// </param>
/// <param name="MeanRankDifference">The first sample's mean rank minus the second's: the sign says which one tends to be larger.</param>
public readonly record struct RankSumResult(double Statistic, double PValue, bool IsExact, double MeanRankDifference)
{
    /// <summary>True when the samples differ at significance level <paramref name="alpha"/>.</summary>
    /// <param name="alpha">The level, 0.05 by convention.</param>
    public bool IsSignificant(double alpha = 0.05) => PValue < alpha;
}
