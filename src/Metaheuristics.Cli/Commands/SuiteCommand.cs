using System.CommandLine;
using System.Globalization;
using Metaheuristics.Cli.Catalog;
using Metaheuristics.Cli.Plots;
using Metaheuristics.Cli.Suites;
using Metaheuristics.Problems;

namespace Metaheuristics.Cli.Commands;

/// <summary>
/// <c>mh suite</c>: runs every (problem, solver, seed) of a benchmark suite, whole runs in parallel, and writes
/// report.md, results.csv, runs.csv and plots with a rank-sum test of each solver against the first.
/// </summary>
internal static class SuiteCommand
{
    public static Command Create(TextWriter output, TextWriter error, string workingDirectory, TimeProvider clock)
    {
        var suite = new Option<string?>("--suite") { Description = $"A named suite: {string.Join(", ", NamedSuites.All.Select(s => s.Id))} (see 'mh list suites')" };
        var problems = new Option<string?>("--problems") { Description = "Comma-separated problem ids (instead of, or to narrow, the suite's)" };
        var solvers = new Option<string?>("--solvers") { Description = "Comma-separated solver ids, each optionally with options (ga:crossover=blx:pm=0.1); the first is the one the others are tested against" };
        var seeds = new Option<int?>("--seeds") { Description = "Runs per problem and solver, seeds 1 … N (default: the suite's, else 31)" };
        var evaluations = new Option<long?>("--evals") { Description = "Evaluation budget per run (default: the suite's, else 10,000)" };
        var population = new Option<int?>("--pop") { Description = "Population size for every solver (default: the suite's, else each solver's own)" };
        var dimension = new Option<int?>("--dim") { Description = "Number of variables, for every problem of any size" };
        var objectives = new Option<int?>("--objectives") { Description = "Number of objectives, for every DTLZ problem" };
        var parallelRuns = new Option<int?>("--parallel-runs") { Description = "Whole runs at once, one thread each (default: all cores)" };
        var outDirectory = new Option<string?>("--out") { Description = "Directory for report.md, results.csv, runs.csv, plots/ and each run's files (default: mh-suite-NAME)" };
        var store = new Option<string?>("--store") { Description = "Run store the suite records into and resumes from (default: DIR/mh-runs.db)" };
        var quiet = new Option<bool>("--quiet") { Description = "No line per finished run" };
        var noPlots = new Option<bool>("--no-plots") { Description = "Skip the box plots and convergence curves" };
        var command = new Command("suite", "Run a benchmark suite: every problem × solver × seed, then a report with medians, IQR and rank-sum tests")
        {
            suite, problems, solvers, seeds, evaluations, population, dimension, objectives, parallelRuns, outDirectory, store, quiet, noPlots,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            NamedSuite? named = parse.GetValue(suite) is { } id ? NamedSuites.Find(id) : null;
            string? problemList = parse.GetValue(problems);
            if (named is null && problemList is null)
            {
                throw new UsageException("--suite", "give a named suite (--suite ID) or a list of problems (--problems A,B).");
            }
            int? dim = Positive(parse.GetValue(dimension), "--dim"), m = Positive(parse.GetValue(objectives), "--objectives");
            IReadOnlyList<SuiteProblem> chosen = problemList is null ? named!.Problems : ChooseProblems(problemList, named);
            chosen = [.. chosen.Select(p => WithSize(p, dim, m))];
            foreach (SuiteProblem problem in chosen)
            {
                CheckProblem(problem);
            }
            IReadOnlyList<string> solverIds = parse.GetValue(solvers) is { } list ? SplitList(list, "--solvers") : named?.Solvers
                ?? throw new UsageException("--solvers", "give the solvers to compare, e.g. --solvers nsga2,random.");
            foreach (string solver in solverIds)
            {
                SuiteSolver.Arguments(solver); // an unknown id or a malformed option fails before any run
            }
            if (solverIds.Select(SuiteSolver.DirectoryName).Distinct(StringComparer.OrdinalIgnoreCase).Count() != solverIds.Count)
            {
                throw new UsageException("--solvers", "names a solver twice.");
            }
            int runSeeds = Positive(parse.GetValue(seeds), "--seeds") ?? named?.Seeds ?? 31;
            long budget = parse.GetValue(evaluations) ?? named?.Evaluations ?? 10_000;
            if (budget <= 0)
            {
                throw new UsageException("--evals", $"must be positive, got {budget}.");
            }
            int? size = Positive(parse.GetValue(population), "--pop") ?? named?.Population;
            int parallel = Positive(parse.GetValue(parallelRuns), "--parallel-runs") ?? Environment.ProcessorCount;
            string name = named is not null && problemList is null ? named.Id : "custom";
            // Relative paths are taken from the working directory mh was given (the process's, except in tests).
            string directory = Path.GetFullPath(Path.Combine(workingDirectory, parse.GetValue(outDirectory) ?? "mh-suite-" + name));
            string storePath = parse.GetValue(store) is { } given ? Path.GetFullPath(given, workingDirectory) : Path.Combine(directory, SolveCommand.DefaultStoreFile);
            Directory.CreateDirectory(directory);

            var plan = new SuitePlan(name, chosen, solverIds, runSeeds, budget, size, directory);
            TextWriter progress = TextWriter.Synchronized(error);
            IReadOnlyList<SuiteRunOutcome> outcomes;
            try
            {
                outcomes = await new SuiteRunner(storePath, parallel, progress, parse.GetValue(quiet)).RunAsync(plan, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                error.WriteLine($"interrupted: finished runs are in {storePath}; run the same command again to go on from there.");
                return ExitCodes.RunStopped;
            }

            SuiteReport report = SuiteReport.Build(plan, outcomes);
            string commandLine = "mh " + string.Join(' ', parse.Tokens.Select(t => t.Value.Contains(' ', StringComparison.Ordinal) ? $"\"{t.Value}\"" : t.Value));
            await using (var markdown = new StreamWriter(Path.Combine(directory, "report.md")))
            {
                SuiteReportWriter.WriteMarkdown(markdown, report, commandLine, clock.GetUtcNow());
            }
            await using (var results = new StreamWriter(Path.Combine(directory, "results.csv")))
            {
                SuiteReportWriter.WriteResultsCsv(results, report);
            }
            await using (var runsCsv = new StreamWriter(Path.Combine(directory, "runs.csv")))
            {
                SuiteReportWriter.WriteRunsCsv(runsCsv, report);
            }
            if (!parse.GetValue(noPlots))
            {
                SuitePlots.Write(Path.Combine(directory, "plots"), report);
            }
            PrintSummary(output, report, directory);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void PrintSummary(TextWriter output, SuiteReport report, string directory)
    {
        string reference = report.Plan.Solvers[0];
        foreach (SuiteProblemReport problem in report.Problems)
        {
            SuiteMeasure headline = SuitePlots.BoxMeasure(problem);
            foreach (SuiteRow row in problem.Rows.Where(r => r.Measure == headline))
            {
                string median = row.Summary is { } s ? s.Median.ToString("G6", CultureInfo.InvariantCulture) : "no valid run";
                string mark = row.Comparison == SuiteComparison.Reference ? "" : $"  {SuiteReportWriter.Mark(row.Comparison)} vs {reference}";
                output.WriteLine($"{problem.Problem,-14} {row.Solver,-8} median {headline.Label} {median}{mark}");
            }
        }
        output.WriteLine($"{report.Outcomes.Count} runs; report: {Path.Combine(directory, "report.md")}");
    }

    private static IReadOnlyList<SuiteProblem> ChooseProblems(string list, NamedSuite? named)
    {
        var chosen = new List<SuiteProblem>();
        foreach (string id in SplitList(list, "--problems"))
        {
            // A named suite's own entry keeps its size arguments; any other problem comes at its default size.
            chosen.Add(named?.Problems.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase)) ?? new SuiteProblem(id));
        }
        if (chosen.Select(p => p.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count() != chosen.Count)
        {
            throw new UsageException("--problems", "names a problem twice.");
        }
        return chosen;
    }

    private static SuiteProblem WithSize(SuiteProblem problem, int? dimension, int? objectives) => problem with
    {
        Dimension = dimension ?? problem.Dimension,
        Objectives = problem.Id.StartsWith("dtlz", StringComparison.OrdinalIgnoreCase) ? objectives ?? problem.Objectives : problem.Objectives,
    };

    /// <summary>Builds the problem once so that a bad id or size fails before any run starts.</summary>
    private static void CheckProblem(SuiteProblem problem)
    {
        try
        {
            KnownProblems.Create(problem.Id, new ProblemParameters(problem.Dimension, problem.Objectives));
        }
        catch (KnownProblemException exception)
        {
            throw new UsageException(exception.Field == "problem" ? "--problems" : "--" + exception.Field, $"{problem.Id}: {exception.Reason}");
        }
    }

    private static List<string> SplitList(string list, string option)
    {
        List<string> items = [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        return items.Count > 0 ? items : throw new UsageException(option, "must name at least one id.");
    }

    private static int? Positive(int? value, string option) =>
        value is <= 0 ? throw new UsageException(option, $"must be positive, got {value}.") : value;
}
