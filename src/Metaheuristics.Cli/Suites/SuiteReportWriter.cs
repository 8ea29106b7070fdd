using System.Globalization;
using Metaheuristics.Statistics;

namespace Metaheuristics.Cli.Suites;

/// <summary>Writes a suite's report.md (tables per problem with the +/−/≈ marks), results.csv (one row per problem, solver and measure) and runs.csv (one row per run).</summary>
internal static class SuiteReportWriter
{
    public const string ResultsHeader = "problem,solver,measure,runs,feasibleRuns,validRuns,median,iqr,lowerQuartile,upperQuartile,best,worst,mean,pValue,comparison,meanSeconds";
    public const string RunsHeader = "problem,solver,seed,runId,evaluations,elapsedSeconds,feasible,best,error,hypervolume,igdPlus,reused";

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static void WriteMarkdown(TextWriter writer, SuiteReport report, string command, DateTimeOffset date)
    {
        SuitePlan plan = report.Plan;
        string reference = plan.Solvers[0];
        writer.WriteLine($"# Suite report: {plan.Name}");
        writer.WriteLine();
        writer.WriteLine($"{date.UtcDateTime.ToString("yyyy-MM-dd HH:mm", C)} UTC. Machine: {MachineDescription.Describe()}.");
        writer.WriteLine();
        writer.WriteLine($"`{command}`");
        writer.WriteLine();
        string population = plan.Population is { } size ? string.Create(C, $", population {size}") : ", each solver's default population";
        writer.WriteLine(string.Create(C, $"{plan.Evaluations:N0} evaluations per run{population}, seeds 1–{plan.Seeds}, one thread per run. ") +
            $"Median, interquartile range (R type 7 quartiles), best and worst over the seeds. Each solver is tested against **{reference}** " +
            $"with the Wilcoxon rank-sum test, two-sided, α = {SuiteReport.Alpha.ToString(C)}: **+** significantly better, **−** significantly worse, " +
            "**≈** no significant difference. On constrained problems only feasible runs count; the feasible column says how many there were.");
        writer.WriteLine();
        if (plan.Solvers.Count > 1)
        {
            WriteTally(writer, report, reference);
        }
        foreach (SuiteProblemReport problem in report.Problems)
        {
            writer.WriteLine($"## {problem.Problem}");
            writer.WriteLine();
            writer.WriteLine(Describe(problem.Facts));
            writer.WriteLine();
            bool feasibility = problem.Facts.Constrained;
            writer.WriteLine($"| measure | solver | median | IQR | best | worst |{(feasibility ? " feasible |" : "")} p | vs {reference} | time per run |");
            writer.WriteLine($"|---|---|---|---|---|---|{(feasibility ? "---|" : "")}---|---|---|");
            foreach (SuiteRow row in problem.Rows)
            {
                SampleSummary? s = row.Summary;
                string feasible = feasibility ? $" {row.FeasibleRuns}/{row.Runs} |" : "";
                writer.WriteLine($"| {row.Measure.Label} | {row.Solver} | {Number(s?.Median)} | {Number(s?.InterquartileRange)} | {Number(row.BestValue)} | " +
                    $"{Number(row.WorstValue)} |{feasible} {(row.PValue is { } p ? p.ToString("0.###e+0", C) : "")} | {Mark(row.Comparison)} | {Seconds(row.MeanSeconds)} |");
            }
            writer.WriteLine();
            writer.WriteLine($"![{problem.Problem} box plot](plots/{problem.Problem}-box.png) ![{problem.Problem} convergence](plots/{problem.Problem}-convergence.png)");
            writer.WriteLine();
        }
        int reused = report.Outcomes.Count(o => o.Reused);
        if (reused > 0)
        {
            writer.WriteLine($"{reused} of {report.Outcomes.Count} runs were already in the store and were not run again.");
        }
    }

    public static void WriteResultsCsv(TextWriter writer, SuiteReport report)
    {
        writer.WriteLine(ResultsHeader);
        foreach (SuiteProblemReport problem in report.Problems)
        {
            foreach (SuiteRow row in problem.Rows)
            {
                SampleSummary? s = row.Summary;
                writer.WriteLine(string.Join(',', row.Problem, row.Solver, row.Measure.Id, Int(row.Runs), Int(row.FeasibleRuns), Int(s?.Count ?? 0),
                    Csv(s?.Median), Csv(s?.InterquartileRange), Csv(s?.LowerQuartile), Csv(s?.UpperQuartile), Csv(row.BestValue), Csv(row.WorstValue),
                    Csv(s?.Mean), Csv(row.PValue), CsvMark(row.Comparison), Csv(row.MeanSeconds)));
            }
        }
    }

    public static void WriteRunsCsv(TextWriter writer, SuiteReport report)
    {
        writer.WriteLine(RunsHeader);
        foreach (SuiteRunOutcome o in report.Outcomes)
        {
            writer.WriteLine(string.Join(',', o.Run.Problem, o.Run.Solver, o.Run.Seed.ToString(C), o.RunId?.ToString(C) ?? "",
                o.Evaluations.ToString(C), Csv(o.ElapsedSeconds), o.Feasible ? "true" : "false", Csv(o.Best), Csv(o.Error),
                Csv(o.Hypervolume), Csv(o.IgdPlus), o.Reused ? "true" : "false"));
        }
    }

    /// <summary>The mark literature tables use: + better, − worse, ≈ no significant difference.</summary>
    public static string Mark(SuiteComparison comparison) => comparison switch
    {
        SuiteComparison.Better => "+",
        SuiteComparison.Worse => "−",
        SuiteComparison.Similar => "≈",
        SuiteComparison.Untested => "n/a",
        _ => "(reference)",
    };

    private static void WriteTally(TextWriter writer, SuiteReport report, string reference)
    {
        writer.WriteLine($"Against {reference}, over every problem and measure:");
        writer.WriteLine();
        writer.WriteLine("| solver | + | − | ≈ |");
        writer.WriteLine("|---|---|---|---|");
        foreach (string solver in report.Plan.Solvers.Skip(1))
        {
            int better = 0, worse = 0, similar = 0;
            foreach (SuiteRow row in report.Problems.SelectMany(p => p.Rows).Where(r => r.Solver == solver))
            {
                better += row.Comparison == SuiteComparison.Better ? 1 : 0;
                worse += row.Comparison == SuiteComparison.Worse ? 1 : 0;
                similar += row.Comparison == SuiteComparison.Similar ? 1 : 0;
            }
            writer.WriteLine($"| {solver} | {better} | {worse} | {similar} |");
        }
        writer.WriteLine();
    }

    private static string Describe(SuiteProblemFacts facts) =>
        facts.IsMultiObjective ? $"{facts.Objectives} objectives; hypervolume at the problem's reference point (larger is better), IGD+ to its reference front (smaller is better)."
        : $"{(facts.Maximize ? "Maximize" : "Minimize")}{(facts.Constrained ? ", constrained" : "")}" +
          (facts.KnownOptimum is { } f ? string.Create(C, $"; known optimum f* = {f:G10}.") : ".");

    private static string Number(double? value) => value switch
    {
        null => "",
        { } v when v == 0 => "0",
        { } v when Math.Abs(v) is >= 1e-3 and < 1e7 => v.ToString("G6", C),
        { } v => v.ToString("0.###e+0", C),
    };

    private static string Seconds(double seconds) => seconds >= 1 ? seconds.ToString("0.00", C) + " s" : (seconds * 1000).ToString("0.0", C) + " ms";

    private static string CsvMark(SuiteComparison comparison) => comparison switch
    {
        SuiteComparison.Better => "+",
        SuiteComparison.Worse => "-",
        SuiteComparison.Similar => "=",
        SuiteComparison.Untested => "",
        _ => "reference",
    };

    private static string Csv(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", C) : "";

    private static string Int(int value) => value.ToString(C);
}
