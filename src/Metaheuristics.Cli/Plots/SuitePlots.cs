using Metaheuristics.Cli.Suites;
using Metaheuristics.Statistics;
using ScottPlot;

namespace Metaheuristics.Cli.Plots;

/// <summary>
/// The plots of a suite report, per problem, as PNG: a box plot of each solver's runs (box from the first to the
/// third quartile, line at the median, whiskers to the best and worst run) on the problem's headline measure
/// (hypervolume, or the error to the known optimum, else the best value), and each solver's median convergence curve.
/// </summary>
internal static class SuitePlots
{
    private const int Width = 800;
    private const int Height = 560;

    /// <summary>The measure a problem's box plot shows.</summary>
    public static SuiteMeasure BoxMeasure(SuiteProblemReport problem) =>
        problem.Facts.IsMultiObjective ? problem.Measures[0] : problem.Measures[^1];

    public static void Write(string directory, SuiteReport report)
    {
        Directory.CreateDirectory(directory);
        foreach (SuiteProblemReport problem in report.Problems)
        {
            Box(problem, report.Plan.Solvers).SavePng(Path.Combine(directory, problem.Problem + "-box.png"), Width, Height);
            Convergence(problem, report.Plan.Solvers).SavePng(Path.Combine(directory, problem.Problem + "-convergence.png"), Width, Height);
        }
    }

    private static Plot Box(SuiteProblemReport problem, IReadOnlyList<string> solvers)
    {
        SuiteMeasure measure = BoxMeasure(problem);
        var plot = new Plot();
        var positions = new double[solvers.Count];
        var labels = new string[solvers.Count];
        for (int i = 0; i < solvers.Count; i++)
        {
            positions[i] = i;
            labels[i] = solvers[i];
            double[] values = problem.Values[(solvers[i], measure.Id)];
            if (values.Length == 0)
            {
                labels[i] += " (no valid run)";
                continue;
            }
            SampleSummary s = SampleSummary.Of(values);
            ScottPlot.Box box = new()
            {
                Position = i,
                BoxMin = s.LowerQuartile,
                BoxMax = s.UpperQuartile,
                BoxMiddle = s.Median,
                WhiskerMin = s.Minimum,
                WhiskerMax = s.Maximum,
            };
            box.FillColor = Colors.Category10[i % 10].WithAlpha(0.5);
            plot.Add.Box(box);
        }
        plot.Axes.Bottom.SetTicks(positions, labels);
        plot.Axes.SetLimitsX(-0.75, solvers.Count - 0.25);
        plot.Title($"{problem.Problem}: {measure.Label} over the seeds ({(measure.LargerIsBetter ? "larger" : "smaller")} is better)");
        plot.YLabel(measure.Label);
        return plot;
    }

    private static Plot Convergence(SuiteProblemReport problem, IReadOnlyList<string> solvers)
    {
        string what = SuiteMeasures.CurveLabel(problem.Facts);
        bool logScale = SuiteMeasures.CurveIsLogarithmic(problem.Facts)
            && LogAxis.Suits(problem.MedianCurves.Values.SelectMany(curve => curve.Select(point => point.Value)));
        var plot = new Plot();
        for (int i = 0; i < solvers.Count; i++)
        {
            IReadOnlyList<(double Evaluations, double Value)> curve = problem.MedianCurves[solvers[i]];
            if (curve.Count == 0)
            {
                continue;
            }
            double[] xs = [.. curve.Select(p => p.Evaluations)];
            double[] ys = [.. curve.Select(p => logScale ? LogAxis.Transform(p.Value) : p.Value)];
            var line = plot.Add.ScatterLine(xs, ys);
            line.LineWidth = 2;
            line.Color = Colors.Category10[i % 10];
            line.LegendText = solvers[i];
        }
        if (logScale)
        {
            LogAxis.Apply(plot);
        }
        plot.Title($"{problem.Problem}: median convergence over the seeds");
        plot.XLabel("evaluations");
        plot.YLabel(logScale ? LogAxis.Label(what) : what);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
