using Metaheuristics.MultiObjective;
using Metaheuristics.Problems;
using Metaheuristics.Running;

namespace Metaheuristics.Cli.Output;

/// <summary>Hypervolume, IGD and IGD+ of a run's front against the problem's reference front, for result.json.</summary>
internal sealed record FrontIndicators(double? Hypervolume, double[] ReferencePoint, double Igd, double IgdPlus)
{
    /// <summary>The indicators, or null when the problem has no reference front or the run found no point.</summary>
    public static FrontIndicators? Compute(ProblemSpec spec, RunResult result)
    {
        if (!spec.IsMultiObjective || spec.ReferenceFrontFactory is null || result.ParetoSet.Count == 0)
        {
            return null;
        }
        double[][] reference = spec.ReferenceFrontFactory();
        double[][] found = [.. result.ParetoSet.Where(s => s.IsFeasible).Select(s => s.Objectives)];
        if (found.Length == 0)
        {
            return null;
        }
        double[] point = spec.ReferencePoint is { } given ? [.. given] : NadirPlusTenPercent(reference);
        return Measure(found, reference, point);
    }

    /// <summary>
    /// The reference point hypervolume is measured against: the problem's conventional one, else the nadir of its
    /// reference front plus 10 % of the front's range; null when the problem has neither.
    /// </summary>
    public static double[]? ReferencePointFor(ProblemSpec spec) =>
        !spec.IsMultiObjective ? null
        : spec.ReferencePoint is { } given ? [.. given]
        : spec.ReferenceFrontFactory is { } factory ? NadirPlusTenPercent(factory())
        : null;

    private static FrontIndicators Measure(double[][] found, double[][] reference, double[] point)
    {
        double? volume;
        try
        {
            volume = MultiObjective.Hypervolume.Compute(found, point);
        }
        catch (ArgumentException)
        {
            volume = null; // Too many points for exact hypervolume in 4+ objectives; IGD and IGD+ still apply.
        }
        return new FrontIndicators(volume, point,
            QualityIndicators.InvertedGenerationalDistance(found, reference),
            QualityIndicators.InvertedGenerationalDistancePlus(found, reference));
    }

    private static double[] NadirPlusTenPercent(double[][] front)
    {
        int m = front[0].Length;
        var point = new double[m];
        for (int i = 0; i < m; i++)
        {
            double low = double.PositiveInfinity, high = double.NegativeInfinity;
            foreach (double[] f in front)
            {
                low = Math.Min(low, f[i]);
                high = Math.Max(high, f[i]);
            }
            point[i] = high + 0.1 * Math.Max(high - low, 1e-12);
        }
        return point;
    }
}
