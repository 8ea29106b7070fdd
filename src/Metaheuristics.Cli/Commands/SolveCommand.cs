using System.CommandLine;
using Metaheuristics.Cli.Catalog;
using Metaheuristics.Cli.Output;
using Metaheuristics.Cli.Progress;
using Metaheuristics.Cli.Plots;
using Metaheuristics.Cli.Specs;
using Metaheuristics.Cli.Storage;
using Metaheuristics.Journal;
using Metaheuristics.Evaluation;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Solvers;
using Metaheuristics.Termination;

namespace Metaheuristics.Cli.Commands;

/// <summary><c>mh solve</c>: runs one solver on one problem and writes the result.</summary>
internal static class SolveCommand
{
    private static readonly Option<string?> ProblemOption = new("--problem") { Description = "Problem id (see 'mh list problems'), or tsplib:PATH" };
    private static readonly Option<FileInfo?> SpecOption = new("--spec") { Description = "Problem spec file (JSON): space, objectives, constraints and evaluator, e.g. an external command" };
    private static readonly Option<int?> DimensionOption = new("--dim") { Description = "Number of variables, for problems of any size" };
    private static readonly Option<int?> ObjectivesOption = new("--objectives") { Description = "Number of objectives (DTLZ)" };
    private static readonly Option<string> SolverOption = new("--solver") { Description = "Solver id (see 'mh list solvers')", DefaultValueFactory = _ => "random" };
    private static readonly Option<int?> PopulationOption = new("--pop") { Description = "Population (or batch) size" };
    private static readonly Option<long> EvaluationsOption = new("--evals") { Description = "Evaluation budget (exact)", DefaultValueFactory = _ => 10_000 };
    private static readonly Option<ulong> SeedOption = new("--seed") { Description = "Random seed; the run depends on it alone", DefaultValueFactory = _ => 42UL };
    private static readonly Option<int?> ThreadsOption = new("--threads") { Description = "Evaluation threads (default: all cores)" };
    private static readonly Option<DirectoryInfo?> OutOption = new("--out") { Description = "Directory for result.json (and front.csv for multi-objective runs)" };
    private static readonly Option<string[]> SetOption = new("--set") { Description = "Solver or constraint handler option key=value (repeatable)", AllowMultipleArgumentsPerToken = false };
    private static readonly Option<string> ConstraintsOption = new("--constraints") { Description = "Constraint handler id (see 'mh list constraints')", DefaultValueFactory = _ => "feasibility" };
    private static readonly Option<double?> EqualityToleranceOption = new("--equality-tolerance") { Description = "ε: an equality h = 0 counts as satisfied when |h| <= ε (default: the problem's, 1e-4)" };
    private static readonly Option<bool> FailFastOption = new("--fail-fast") { Description = "Stop the run at the first failed evaluation" };
    private static readonly Option<double?> TimeLimitOption = new("--time-limit") { Description = "Stop after this many seconds" };
    private static readonly Option<bool> QuietOption = new("--quiet") { Description = "No progress display (the summary is still printed)" };
    private static readonly Option<bool> NoPlotsOption = new("--no-plots") { Description = "With --out: skip the PNG/SVG plots" };
    private static readonly Option<string?> StoreOption = new("--store") { Description = "Run store (SQLite) that records the run for 'mh runs' (default: mh-runs.db in the working directory)" };
    private static readonly Option<bool> NoStoreOption = new("--no-store") { Description = "Do not record the run" };
    private static readonly Option<bool> RecordEvaluationsOption = new("--record-evaluations") { Description = "Record every evaluation (x, f, g, h, status, time) in the store" };
    private static readonly Option<int?> CheckpointEveryOption = new("--checkpoint-every") { Description = "Checkpoint every N generations (default 10, and at least 1,000 evaluations apart)" };
    private static readonly Option<double?> CheckpointSecondsOption = new("--checkpoint-seconds") { Description = "Checkpoint at least every T seconds (default 30)" };
    private static readonly Option<bool> StopOnStoreFailureOption = new("--stop-on-store-failure") { Description = "Stop the run cleanly if the store fails (default: go on in memory and say so)" };
    internal static readonly Option<long?> ResumeRunOption = new("--resume-run") { Description = "Resume stored run ID (what 'mh runs resume' passes)", Hidden = true };
    internal static readonly Option<bool> CheckOption = new("--check") { Description = "Check that the solver takes the problem and the options are valid, then stop: no run, nothing stored (what 'mh suite' does before it starts)", Hidden = true };
    internal static readonly Option<long?> ReplayRunOption = new("--replay-run") { Description = "Replay stored run ID without evaluating (what 'mh runs export' passes)", Hidden = true };

    /// <summary>The default run store's file name, in the working directory.</summary>
    public const string DefaultStoreFile = "mh-runs.db";

    public static Command Create(TextWriter output, TextWriter error, bool interactive, string workingDirectory)
    {
        var command = new Command("solve", "Run a solver on a problem; print a summary and write DIR/result.json with --out")
        {
            ProblemOption, SpecOption, DimensionOption, ObjectivesOption, SolverOption, PopulationOption, EvaluationsOption,
            SeedOption, ThreadsOption, OutOption, SetOption, ConstraintsOption, EqualityToleranceOption, FailFastOption, TimeLimitOption,
            QuietOption, NoPlotsOption, StoreOption, NoStoreOption, RecordEvaluationsOption, CheckpointEveryOption, CheckpointSecondsOption,
            StopOnStoreFailureOption, ResumeRunOption, ReplayRunOption, CheckOption,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, new Terminal(output, error, interactive), workingDirectory, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, Terminal terminal, string workingDirectory, CancellationToken cancellationToken)
    {
        long evaluations = parse.GetValue(EvaluationsOption);
        if (evaluations <= 0)
        {
            throw new UsageException("--evals", $"must be positive, got {evaluations}.");
        }
        int? threads = parse.GetValue(ThreadsOption);
        if (threads is <= 0)
        {
            throw new UsageException("--threads", $"must be positive, got {threads}.");
        }
        int? population = parse.GetValue(PopulationOption);
        if (population is <= 0)
        {
            throw new UsageException("--pop", $"must be positive, got {population}.");
        }
        double? timeLimit = parse.GetValue(TimeLimitOption);
        if (timeLimit is { } seconds && !(seconds > 0))
        {
            throw new UsageException("--time-limit", $"must be positive, got {seconds}.");
        }

        StoreRequest store = ReadStoreOptions(parse, workingDirectory);

        (IOptimizationProblem problem, IAsyncDisposable? owned) = CreateProblem(parse);
        try
        {
            return await SolveAsync(parse, problem, evaluations, threads, population, timeLimit, store, terminal, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Worker processes end with the run, however it ends (Ctrl-C included).
            if (owned is not null)
            {
                await owned.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private sealed record StoreRequest(RecordingMode Mode, string Path, long RunId, bool RecordEvaluations, CheckpointPolicy Checkpoints, bool StopOnFailure);

    private static StoreRequest ReadStoreOptions(ParseResult parse, string workingDirectory)
    {
        long? resume = parse.GetValue(ResumeRunOption), replay = parse.GetValue(ReplayRunOption);
        bool noStore = parse.GetValue(NoStoreOption);
        string? path = parse.GetValue(StoreOption);
        if (noStore && path is not null)
        {
            throw new UsageException("--no-store", "cannot be given with --store.");
        }
        if (noStore && parse.GetValue(RecordEvaluationsOption))
        {
            throw new UsageException("--record-evaluations", "needs a store: drop --no-store.");
        }
        if (path is not null && string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException("--store", "must name a file.");
        }
        int? every = parse.GetValue(CheckpointEveryOption);
        if (every is <= 0)
        {
            throw new UsageException("--checkpoint-every", $"must be positive, got {every}.");
        }
        double? seconds = parse.GetValue(CheckpointSecondsOption);
        if (seconds is { } value && !(value > 0 && double.IsFinite(value)))
        {
            throw new UsageException("--checkpoint-seconds", $"must be positive, got {value}.");
        }
        RecordingMode mode = resume is not null ? RecordingMode.Resume
            : replay is not null ? RecordingMode.Replay
            : noStore ? RecordingMode.None
            : RecordingMode.New;
        var checkpoints = new CheckpointPolicy();
        if (every is { } generations)
        {
            // The default also waits for its minimum of evaluations (single-chain SA scores one per generation); an explicit N is exact.
            checkpoints = checkpoints with { EveryGenerations = generations, MinimumEvaluations = 0 };
        }
        if (seconds is { } interval)
        {
            checkpoints = checkpoints with { Interval = TimeSpan.FromSeconds(interval) };
        }
        return new StoreRequest(mode, Path.GetFullPath(path ?? DefaultStoreFile, workingDirectory), resume ?? replay ?? 0,
            parse.GetValue(RecordEvaluationsOption), checkpoints, parse.GetValue(StopOnStoreFailureOption));
    }

    private static async Task<int> SolveAsync(ParseResult parse, IOptimizationProblem problem, long evaluations, int? threads,
        int? population, double? timeLimit, StoreRequest store, Terminal terminal, CancellationToken cancellationToken)
    {
        SolverEntry entry = SolverCatalog.Find(parse.GetRequiredValue(SolverOption));
        ConstraintHandlerEntry handlerEntry = ConstraintHandlerCatalog.Find(parse.GetRequiredValue(ConstraintsOption));
        var settingsReader = new SolverSettings(parse.GetValue(SetOption) ?? []);
        ISolver solver;
        Constraints.IConstraintHandler handler;
        try
        {
            solver = entry.Create(population, settingsReader);
            handler = handlerEntry.Create(settingsReader);
        }
        catch (ArgumentException exception)
        {
            throw new UsageException("--set", exception.Message);
        }
        try
        {
            // The handler's own checks of the problem (stochastic ranking wants one objective), before any work.
            handler.Start(problem.Spec, default);
        }
        catch (ArgumentException exception)
        {
            throw new UsageException("--constraints", WithoutParameterNote(exception));
        }
        settingsReader.RejectUnused(
            handlerEntry.Options.Count == 0 ? $"solver '{entry.Id}'" : $"solver '{entry.Id}' with constraint handler '{handlerEntry.Id}'",
            entry.Options.Concat(handlerEntry.Options).Select(o => o.Key));

        ITerminationCriterion termination = Terminate.AfterEvaluations(evaluations);
        if (timeLimit is { } limit)
        {
            termination = Terminate.WhenAny(termination, Terminate.After(TimeSpan.FromSeconds(limit)));
        }
        ulong seed = parse.GetValue(SeedOption);
        if (parse.GetValue(CheckOption))
        {
            // Starting a run is where a solver refuses a problem; the run is dropped before its first evaluation.
            try
            {
                solver.Start(problem.Spec, new RunSettings { Seed = seed, Termination = termination, Constraints = handler });
            }
            catch (ArgumentException exception)
            {
                throw new UsageException("--solver", WithoutParameterNote(exception));
            }
            return ExitCodes.Success;
        }
        IProgressDisplay display = parse.GetValue(QuietOption) ? new QuietProgressDisplay()
            : terminal.Interactive ? new LiveProgressDisplay(terminal.ErrorConsole(), problem.Spec, entry.Id, evaluations)
            : new PlainProgressDisplay(terminal.Error, problem.Spec, evaluations);
        var description = new RunDescription
        {
            Problem = problem.Spec.Name,
            Solver = entry.Id,
            ConstraintHandler = handlerEntry.Id,
            Seed = seed,
            Objectives = problem.Spec.ObjectiveCount,
            Settings = SolveArguments.ToSettings(SolveArguments.Of(parse)),
            RecordEvaluations = store.RecordEvaluations,
        };
        await using RunRecording recording = await RunRecording.StartAsync(store.Mode, store.Path, store.RunId, description,
            store.StopOnFailure, terminal.Error, cancellationToken).ConfigureAwait(false);
        if (store.Mode == RecordingMode.Replay)
        {
            // An export evaluates nothing: it ends where the journal ends, however the run was set to end.
            termination = Terminate.WhenAny(termination, Terminate.AfterEvaluations(recording.ReplayedEvaluations));
        }

        var settings = new RunSettings
        {
            Seed = seed,
            Journal = recording.Journal,
            Checkpoints = store.Checkpoints,
            StoreFailurePolicy = store.StopOnFailure ? StoreFailurePolicy.Stop : StoreFailurePolicy.Continue,
            HypervolumeReference = FrontIndicators.ReferencePointFor(problem.Spec),
            Termination = termination,
            Constraints = handler,
            Evaluator = new EvaluatorOptions
            {
                MaxDegreeOfParallelism = threads,
                FailurePolicy = parse.GetValue(FailFastOption) ? FailurePolicy.Stop : FailurePolicy.Continue,
            },
        };

        RunResult result;
        try
        {
            result = await display.ShowWhileAsync(forward =>
                Optimizer.SolveAsync(problem, solver, settings with { Progress = new ReportForwarder(forward) }, cancellationToken)).ConfigureAwait(false);
        }
        catch (ArgumentException exception)
        {
            // The solver refused the problem (for example its encoding).
            throw new UsageException("--solver", WithoutParameterNote(exception));
        }
        catch (JournalReplayException exception)
        {
            throw new UsageException("run", exception.Message);
        }
        string? recordedReason = store.Mode != RecordingMode.Replay ? null
            : recording.Replayed!.TerminationReason is { } reason ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(reason.ToString())
            : "unfinished";

        string? resultPath = null;
        if (parse.GetValue(OutOption) is { } directory)
        {
            directory.Create();
            resultPath = Path.Combine(directory.FullName, "result.json");
            await using FileStream stream = File.Create(resultPath);
            ResultJsonWriter.Write(stream, problem.Spec, result, recording.RunId, recordedReason);
            if (problem.Spec.IsMultiObjective)
            {
                await using var csv = new StreamWriter(Path.Combine(directory.FullName, "front.csv"));
                FrontCsvWriter.Write(csv, problem.Spec, result);
            }
            await using (var history = new StreamWriter(Path.Combine(directory.FullName, "history.csv")))
            {
                HistoryCsvWriter.Write(history, result.History);
            }
            if (recording.Replayed is { Description.RecordEvaluations: true })
            {
                await using var evaluationsCsv = new StreamWriter(Path.Combine(directory.FullName, "evaluations.csv"));
                EvaluationsCsvWriter.Write(evaluationsCsv, problem.Spec, await recording.ReadEvaluationsAsync(cancellationToken).ConfigureAwait(false));
            }
            if (!parse.GetValue(NoPlotsOption))
            {
                RunPlots.Write(directory.FullName, problem, result, result.History);
            }
        }
        SummaryPrinter.Print(terminal.Output, problem.Spec, result, resultPath);
        SummaryPrinter.PrintRecording(terminal.Output, store.Mode, recording, result);
        return result.TerminationReason is TerminationReason.EvaluationFailed or TerminationReason.Cancelled or TerminationReason.StoreFailed
            ? ExitCodes.RunStopped
            : ExitCodes.Success;
    }

    /// <summary>The message without the " (Parameter 'x')" that ArgumentException appends: the option is named already.</summary>
    private static string WithoutParameterNote(ArgumentException exception)
    {
        int note = exception.Message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return note > 0 ? exception.Message[..note] : exception.Message;
    }

    private static (IOptimizationProblem Problem, IAsyncDisposable? Owned) CreateProblem(ParseResult parse)
    {
        string? id = parse.GetValue(ProblemOption);
        FileInfo? specFile = parse.GetValue(SpecOption);
        if (id is null == specFile is null)
        {
            throw new UsageException("--problem", "give either --problem ID or --spec FILE (exactly one).");
        }
        double? tolerance = parse.GetValue(EqualityToleranceOption);
        if (tolerance is { } eps && !(eps >= 0 && double.IsFinite(eps)))
        {
            throw new UsageException("--equality-tolerance", $"must be finite and not negative, got {eps}.");
        }
        if (specFile is not null)
        {
            foreach (Option option in (Option[])[DimensionOption, ObjectivesOption])
            {
                if (parse.GetResult(option) is { Implicit: false })
                {
                    throw new UsageException(option.Name, "does not apply with --spec: the spec file declares the problem.");
                }
            }
            try
            {
                (IOptimizationProblem fromSpec, IAsyncDisposable? owned) = SpecProblemFactory.Create(SpecFileReader.Load(specFile.ToString()));
                return (tolerance is { } value ? Problem.WithEqualityTolerance(fromSpec, value) : fromSpec, owned);
            }
            catch (SpecFileException exception)
            {
                throw new UsageException("--spec", exception.Message);
            }
        }
        return (CreateKnownProblem(parse, id!, tolerance), null);
    }

    private static IOptimizationProblem CreateKnownProblem(ParseResult parse, string id, double? tolerance)
    {
        int? dimension = parse.GetValue(DimensionOption);
        if (dimension is <= 0)
        {
            throw new UsageException("--dim", $"must be positive, got {dimension}.");
        }
        int? objectives = parse.GetValue(ObjectivesOption);
        if (objectives is <= 0)
        {
            throw new UsageException("--objectives", $"must be positive, got {objectives}.");
        }
        try
        {
            IOptimizationProblem problem = KnownProblems.Create(id, new ProblemParameters(dimension, objectives));
            return tolerance is { } value ? Problem.WithEqualityTolerance(problem, value) : problem;
        }
        catch (KnownProblemException exception)
        {
            throw new UsageException("--" + exception.Field, exception.Reason);
        }
        catch (Metaheuristics.Problems.Tsp.TsplibFormatException exception)
        {
            throw new UsageException("--problem", exception.Message);
        }
    }
}
