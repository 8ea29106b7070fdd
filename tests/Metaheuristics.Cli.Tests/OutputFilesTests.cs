using System.Globalization;
using System.Text.Json;

namespace Metaheuristics.Cli.Tests;

/// <summary>What <c>mh solve --out DIR</c> writes beside result.json (history.csv, plots) and the progress it prints.</summary>
public sealed class OutputFilesTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static async Task<(string Directory, string Error)> SolveAsync(params string[] arguments)
    {
        string directory = MhRunner.TemporaryDirectory();
        (int exitCode, string output, string error) = await MhRunner.RunAsync(["solve", "--seed", "5", "--out", directory, .. arguments]);
        Assert.That(exitCode, Is.Zero, error + output);
        return (directory, error);
    }

    private static void AssertPlot(string directory, string name)
    {
        byte[] png = File.ReadAllBytes(Path.Combine(directory, name + ".png"));
        Assert.That(png[..8], Is.EqualTo(PngSignature), $"{name}.png is a PNG");
        Assert.That(png, Has.Length.GreaterThan(10_000), $"{name}.png has content");
        string svg = File.ReadAllText(Path.Combine(directory, name + ".svg"));
        Assert.That(svg, Does.Contain("<svg").And.Contain("</svg>"), $"{name}.svg is an SVG document");
        Assert.That(svg.Length, Is.GreaterThan(5_000), $"{name}.svg has content");
    }

    [TestCase("convergence", "--problem", "rastrigin", "--dim", "5", "--solver", "de", "--evals", "5000")]
    [TestCase("convergence,front", "--problem", "zdt1", "--solver", "nsga2", "--evals", "3000")]
    [TestCase("convergence,front", "--problem", "dtlz2", "--solver", "nsga2", "--evals", "3000")]
    [TestCase("convergence,tour", "--problem", "berlin52", "--solver", "ga", "--evals", "3000")]
    public async Task Solve_WithOut_WritesValidPngAndSvgPlots(string plots, params string[] arguments)
    {
        (string directory, _) = await SolveAsync(arguments);
        foreach (string plot in plots.Split(','))
        {
            AssertPlot(directory, plot);
        }
    }

    [Test]
    public async Task Solve_NoPlots_WritesNoImages()
    {
        (string directory, _) = await SolveAsync("--problem", "sphere", "--dim", "3", "--no-plots");
        Assert.That(Directory.GetFiles(directory, "*.png"), Is.Empty);
        Assert.That(File.Exists(Path.Combine(directory, "history.csv")), Is.True);
    }

    [Test]
    public async Task Solve_SingleObjective_HistoryHasOneRowPerGenerationEndingAtTheResult()
    {
        (string directory, _) = await SolveAsync("--problem", "sphere", "--dim", "4", "--solver", "ga", "--evals", "2000");
        string[] lines = File.ReadAllLines(Path.Combine(directory, "history.csv"));
        using JsonDocument result = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "result.json")));

        Assert.That(lines[0], Is.EqualTo("generation,evaluations,failedEvaluations,best,bestViolation,mean,feasibleRatio,hypervolume,paretoSetSize,elapsedSeconds"));
        Assert.That(lines, Has.Length.EqualTo(result.RootElement.GetProperty("generations").GetInt32() + 1));
        double previousBest = double.PositiveInfinity;
        for (int i = 1; i < lines.Length; i++)
        {
            string[] cells = lines[i].Split(',');
            Assert.That(int.Parse(cells[0], CultureInfo.InvariantCulture), Is.EqualTo(i));
            double best = double.Parse(cells[3], CultureInfo.InvariantCulture);
            double mean = double.Parse(cells[5], CultureInfo.InvariantCulture);
            Assert.That(best, Is.LessThanOrEqualTo(previousBest), "the best so far never gets worse");
            Assert.That(mean, Is.GreaterThanOrEqualTo(best), "a generation's mean is no better than the best so far");
            previousBest = best;
        }
        string[] last = lines[^1].Split(',');
        Assert.That(long.Parse(last[1], CultureInfo.InvariantCulture), Is.EqualTo(result.RootElement.GetProperty("evaluations").GetInt64()));
        Assert.That(double.Parse(last[3], CultureInfo.InvariantCulture), Is.EqualTo(result.RootElement.GetProperty("best").GetProperty("f")[0].GetDouble()));
    }

    [Test]
    public async Task Solve_MultiObjective_HistoryHypervolumeEndsAtTheReportedIndicator()
    {
        (string directory, _) = await SolveAsync("--problem", "zdt1", "--solver", "nsga2", "--evals", "5000");
        string[] last = File.ReadAllLines(Path.Combine(directory, "history.csv"))[^1].Split(',');
        using JsonDocument result = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "result.json")));

        double reported = result.RootElement.GetProperty("indicators").GetProperty("hypervolume").GetDouble();
        Assert.That(reported, Is.GreaterThan(0.5));
        Assert.That(double.Parse(last[7], CultureInfo.InvariantCulture), Is.EqualTo(reported).Within(1e-12));
    }

    [Test]
    public async Task Solve_NotATerminal_PlainProgressLineAtEveryTenthOfTheBudget()
    {
        (_, string error) = await SolveAsync("--problem", "sphere", "--dim", "3", "--evals", "5000");
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(10));
        Assert.That(lines[0], Does.StartWith("500/5,000 evaluations (10 %) · best "));
        Assert.That(lines[^1], Does.StartWith("5,000/5,000 evaluations (100 %)").And.Contain("evaluations/s · elapsed"));
    }

    [Test]
    public async Task Solve_Quiet_NoProgress()
    {
        (_, string error) = await SolveAsync("--problem", "sphere", "--dim", "3", "--evals", "5000", "--quiet");
        Assert.That(error, Is.Empty);
    }
}
