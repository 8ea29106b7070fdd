using System.Globalization;
using Metaheuristics.Cli.Output;
using Metaheuristics.Problems;
using Metaheuristics.Problems.Tsp;
using Metaheuristics.Running;
using ScottPlot;
using SkiaSharp;

namespace Metaheuristics.Cli.Plots;

/// <summary>
/// The plots <c>mh solve --out DIR</c> draws, each as PNG and SVG: convergence (best, or hypervolume, against
/// evaluations), the Pareto front with the reference front (2 objectives: a scatter; more: a pairwise scatter matrix)
/// and, for a TSP, the best tour over the cities.
/// </summary>
internal static class RunPlots
{
    private const int Width = 800;
    private const int Height = 560;
    private const int CellSize = 300;

    public static void Write(string directory, IOptimizationProblem problem, RunResult result, IReadOnlyList<GenerationReport> history)
    {
        ProblemSpec spec = problem.Spec;
        if (Convergence(spec, result, history) is { } convergence)
        {
            Save(convergence, Path.Combine(directory, "convergence"));
        }
        if (spec.IsMultiObjective && result.ParetoSet.Count > 0)
        {
            if (spec.ObjectiveCount == 2)
            {
                Save(Front(spec, result, 0, 1, withTitle: true), Path.Combine(directory, "front"));
            }
            else
            {
                SaveMatrix(spec, result, Path.Combine(directory, "front"));
            }
        }
        if (problem is TravellingSalesman tsp && result.Best is { } best)
        {
            Save(Tour(tsp, best), Path.Combine(directory, "tour"));
        }
    }

    private static Plot? Convergence(ProblemSpec spec, RunResult result, IReadOnlyList<GenerationReport> history)
    {
        var xs = new List<double>(history.Count);
        var ys = new List<double>(history.Count);
        string what;
        if (spec.IsMultiObjective)
        {
            what = "hypervolume of the non-dominated set";
            foreach (GenerationReport report in history)
            {
                if (report.Hypervolume is { } volume)
                {
                    xs.Add(report.Evaluations);
                    ys.Add(volume);
                }
            }
        }
        else
        {
            // With a known optimum the gap to it is what shrinks by decades; otherwise the best value itself.
            double? optimum = spec.KnownOptimum;
            what = optimum is null ? $"best {spec.Objectives[0].Name}" : $"gap to the known optimum {optimum.Value.ToString("G6", CultureInfo.InvariantCulture)}";
            foreach (GenerationReport report in history)
            {
                if (report.BestObjective is { } best && report.BestViolation is 0)
                {
                    xs.Add(report.Evaluations);
                    ys.Add(optimum is { } f ? Math.Abs(best - f) : best);
                }
            }
        }
        if (xs.Count == 0)
        {
            return null;
        }
        var plot = new Plot();
        bool logScale = LogAxis.Suits(ys);
        double[] plotted = logScale ? [.. ys.Select(LogAxis.Transform)] : [.. ys];
        var line = plot.Add.ScatterLine(xs.ToArray(), plotted);
        line.LineWidth = 2;
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.LegendText = $"{result.SolverName}, seed {result.Seed}";
        if (logScale)
        {
            LogAxis.Apply(plot);
        }
        plot.Title($"{result.ProblemName}: convergence");
        plot.XLabel("evaluations");
        plot.YLabel(logScale ? LogAxis.Label(what) : what);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static Plot Front(ProblemSpec spec, RunResult result, int i, int j, bool withTitle)
    {
        var plot = new Plot();
        if (spec.ReferenceFrontFactory is { } factory)
        {
            double[][] reference = factory();
            var known = plot.Add.ScatterPoints(reference.Select(p => p[i]).ToArray(), reference.Select(p => p[j]).ToArray());
            known.MarkerSize = 2;
            known.Color = Colors.Gray.WithAlpha(0.6);
            known.LegendText = "reference front";
        }
        Solution[] feasible = [.. result.ParetoSet.Where(s => s.IsFeasible)];
        var found = plot.Add.ScatterPoints(feasible.Select(s => s.Objectives[i]).ToArray(), feasible.Select(s => s.Objectives[j]).ToArray());
        found.MarkerSize = 6;
        found.Color = Colors.C0;
        found.LegendText = $"{result.SolverName} ({feasible.Length} points)";
        plot.XLabel(spec.Objectives[i].Name);
        plot.YLabel(spec.Objectives[j].Name);
        if (withTitle)
        {
            plot.Title($"{result.ProblemName}: non-dominated set");
            plot.ShowLegend(Alignment.UpperRight);
        }
        return plot;
    }

    private static void SaveMatrix(ProblemSpec spec, RunResult result, string basePath)
    {
        int m = spec.ObjectiveCount;
        var cells = new List<Plot>(m * m);
        for (int row = 0; row < m; row++)
        {
            for (int column = 0; column < m; column++)
            {
                Plot cell;
                if (row == column)
                {
                    cell = new Plot();
                    var name = cell.Add.Annotation(spec.Objectives[row].Name, Alignment.MiddleCenter);
                    name.LabelFontSize = 28;
                    name.LabelBackgroundColor = Colors.Transparent;
                    name.LabelBorderColor = Colors.Transparent;
                    name.LabelShadowColor = Colors.Transparent;
                    cell.Layout.Frameless();
                    cell.HideGrid();
                    if (row == 0)
                    {
                        cell.Title($"{result.ProblemName}: non-dominated set", size: 14);
                    }
                }
                else
                {
                    cell = Front(spec, result, column, row, withTitle: false);
                    if (row == 0 && column == 1)
                    {
                        cell.ShowLegend(Alignment.UpperRight);
                    }
                    else
                    {
                        // One legend for the whole matrix.
                        cell.HideLegend();
                    }
                }
                cells.Add(cell);
            }
        }
        // A new multiplot starts with one empty plot of its own: replace it with the first cell.
        var multiplot = new Multiplot();
        multiplot.Reset(cells[0]);
        foreach (Plot cell in cells.Skip(1))
        {
            multiplot.AddPlot(cell);
        }
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(m, m);
        int size = CellSize * m;
        multiplot.SavePng(basePath + ".png", size, size);
        using FileStream stream = File.Create(basePath + ".svg");
        using (SKCanvas canvas = SKSvgCanvas.Create(new SKRect(0, 0, size, size), stream))
        {
            multiplot.Render(canvas, new PixelRect(0, size, size, 0));
        }
    }

    private static Plot Tour(TravellingSalesman tsp, Solution best)
    {
        TsplibInstance instance = tsp.Instance;
        int[] tour = best.Candidate.Integers;
        var xs = new double[tour.Length + 1];
        var ys = new double[tour.Length + 1];
        for (int k = 0; k <= tour.Length; k++)
        {
            int city = tour[k % tour.Length];
            xs[k] = instance.X[city];
            ys[k] = instance.Y[city];
        }
        var plot = new Plot();
        var path = plot.Add.ScatterLine(xs, ys);
        path.LineWidth = 1.5f;
        path.LegendText = string.Create(CultureInfo.InvariantCulture, $"tour length {best.Objectives[0]:N0}");
        var cities = plot.Add.ScatterPoints(instance.X.ToArray(), instance.Y.ToArray());
        cities.MarkerSize = 5;
        cities.Color = Colors.Black;
        cities.LegendText = $"{instance.Dimension} cities";
        plot.Axes.SquareUnits();
        plot.Title(tsp.Spec.KnownOptimum is { } optimum
            ? string.Create(CultureInfo.InvariantCulture, $"{instance.Name}: best tour ({(best.Objectives[0] / optimum - 1):P2} above the optimum {optimum:N0})")
            : $"{instance.Name}: best tour");
        plot.XLabel("x");
        plot.YLabel("y");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static void Save(Plot plot, string basePath)
    {
        plot.SavePng(basePath + ".png", Width, Height);
        plot.SaveSvg(basePath + ".svg", Width, Height);
    }
}
