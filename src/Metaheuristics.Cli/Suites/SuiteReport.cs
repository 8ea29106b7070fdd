using Metaheuristics.Statistics;

namespace Metaheuristics.Cli.Suites;

/// <summary>
/// The statistics of a finished suite: per problem, solver and measure the median, IQR, best and worst over the
/// seeds, and a two-sided Wilcoxon rank-sum test (α = 0.05) of every solver against the first one.
/// </summary>
internal sealed record SuiteReport(SuitePlan Plan, IReadOnlyList<SuiteProblemReport> Problems, IReadOnlyList<SuiteRunOutcome> Outcomes)
{
    public const double Alpha = 0.05;
    private const int CurvePoints = 60;

    public static SuiteReport Build(SuitePlan plan, IReadOnlyList<SuiteRunOutcome> outcomes)
    {
        var problems = new List<SuiteProblemReport>();
        foreach (SuiteProblem problem in plan.Problems)
        {
            List<SuiteRunOutcome> ofProblem = [.. outcomes.Where(o => o.Run.Problem == problem.Id)];
            if (ofProblem.Count == 0)
            {
                continue;
            }
            SuiteProblemFacts facts = ofProblem[0].Facts;
            IReadOnlyList<SuiteMeasure> measures = SuiteMeasures.For(facts);
            var rows = new List<SuiteRow>();
            var curves = new Dictionary<string, IReadOnlyList<(double, double)>>();
            var values = new Dictionary<(string, string), double[]>();
            foreach (SuiteMeasure measure in measures)
            {
                double[]? reference = null;
                SampleSummary? referenceSummary = null;
                foreach (string solver in plan.Solvers)
                {
                    List<SuiteRunOutcome> runs = [.. ofProblem.Where(o => o.Run.Solver == solver)];
                    double[] sample = [.. runs.Select(measure.Read).Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value)];
                    values[(solver, measure.Id)] = sample;
                    SampleSummary? summary = sample.Length == 0 ? null : SampleSummary.Of(sample);
                    double? p = null;
                    SuiteComparison comparison;
                    if (reference is null)
                    {
                        (reference, referenceSummary) = (sample, summary);
                        comparison = SuiteComparison.Reference;
                    }
                    else if (summary is null || referenceSummary is null)
                    {
                        comparison = SuiteComparison.Untested;
                    }
                    else
                    {
                        RankSumResult test = RankSumTest.Compare(sample, reference);
                        p = test.PValue;
                        comparison = Compare(test, summary.Median - referenceSummary.Median, measure.LargerIsBetter);
                    }
                    rows.Add(new SuiteRow(problem.Id, solver, measure, runs.Count, runs.Count(o => o.Feasible), summary, p, comparison,
                        runs.Count == 0 ? 0 : runs.Average(o => o.ElapsedSeconds)));
                }
            }
            foreach (string solver in plan.Solvers)
            {
                curves[solver] = MedianCurve([.. ofProblem.Where(o => o.Run.Solver == solver)], plan.Evaluations);
            }
            problems.Add(new SuiteProblemReport(problem.Id, facts, measures, rows, curves, values));
        }
        return new SuiteReport(plan, problems, outcomes);
    }

    /// <summary>Significant differences take their direction from the medians, or from the mean ranks when the medians tie.</summary>
    private static SuiteComparison Compare(RankSumResult test, double medianDifference, bool largerIsBetter)
    {
        if (!test.IsSignificant(Alpha))
        {
            return SuiteComparison.Similar;
        }
        double difference = medianDifference;
        if (difference == 0)
        {
            difference = test.MeanRankDifference;
        }
        return (difference > 0) == largerIsBetter ? SuiteComparison.Better : SuiteComparison.Worse;
    }

    /// <summary>
    /// The median over runs of each run's value at evenly spaced evaluation counts: a run's value at x is its last
    /// reported one at or before x, and runs with none yet are left out of that point.
    /// </summary>
    private static List<(double, double)> MedianCurve(List<SuiteRunOutcome> runs, long evaluations)
    {
        var curve = new List<(double, double)>(CurvePoints);
        var atPoint = new List<double>(runs.Count);
        for (int k = 1; k <= CurvePoints; k++)
        {
            double x = evaluations * (double)k / CurvePoints;
            atPoint.Clear();
            foreach (SuiteRunOutcome run in runs)
            {
                double? last = null;
                foreach ((double e, double v) in run.Curve)
                {
                    if (e > x)
                    {
                        break;
                    }
                    last = v;
                }
                if (last is { } value && double.IsFinite(value))
                {
                    atPoint.Add(value);
                }
            }
            if (atPoint.Count > 0)
            {
                curve.Add((x, SampleSummary.Of(atPoint.ToArray()).Median));
            }
        }
        return curve;
    }
}
