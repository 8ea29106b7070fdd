using System.CommandLine;
using System.Globalization;
using Metaheuristics.Cli.Commands;
using Metaheuristics.Cli.Storage;
using Metaheuristics.Journal;
using Metaheuristics.Storage;
using Metaheuristics.Validation;

namespace Metaheuristics.Cli.Suites;

/// <summary>
/// Runs a suite's plan: each (problem, solver, seed) is one whole <c>mh solve</c> on one thread, recorded in the
/// suite's store, and up to <c>parallelRuns</c> of them go at once. Each run depends on its seed alone, so the order
/// and the parallelism do not change what it finds.
/// </summary>
/// <remarks>
/// The store makes a suite resumable: a run already completed in it is not done again (its files are replayed from
/// the journal if they are missing), and a run that was killed or cancelled half-way is resumed from its last
/// checkpoint. Runs are matched by their solve arguments, which the plan builds the same way every time.
/// </remarks>
internal sealed class SuiteRunner(string storePath, int parallelRuns, TextWriter progress, bool quiet)
{
    private const string Reused = "stored";

    /// <summary>Runs what is not done yet and returns every run's outcome in plan order.</summary>
    /// <exception cref="UsageException">A run was refused (a solver that does not fit a problem, say) or the store cannot be used.</exception>
    /// <exception cref="OperationCanceledException">Cancelled: finished runs stay in the store; running ones are recorded as cancelled.</exception>
    public async Task<IReadOnlyList<SuiteRunOutcome>> RunAsync(SuitePlan plan, CancellationToken cancellationToken)
    {
        IReadOnlyList<SuiteRunSpec> runs = plan.Runs();
        Dictionary<string, StoredRunInfo> stored = await ReadStoredRunsAsync(cancellationToken).ConfigureAwait(false);
        var outcomes = new SuiteRunOutcome[runs.Count];
        int done = 0;
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var refusals = new List<(int Index, UsageException Error)>();
        // One solve command for all runs: parsing reads the command tree only, so parallel runs share it.
        Command solve = SolveCommand.Create(TextWriter.Null, progress, interactive: false, Path.GetDirectoryName(storePath)!);
        await CheckPairsAsync(runs, solve, cancellationToken).ConfigureAwait(false);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelRuns, CancellationToken = failed.Token };
        try
        {
            await Parallel.ForEachAsync(SeedMajorOrder(runs), options, async (index, token) =>
            {
                SuiteRunSpec run = runs[index];
                stored.TryGetValue(SolveArguments.ToSettings(run.Arguments), out StoredRunInfo? previous);
                try
                {
                    outcomes[index] = await RunOneAsync(solve, run, previous, token).ConfigureAwait(false);
                }
                catch (UsageException exception)
                {
                    lock (refusals)
                    {
                        refusals.Add((index, Naming(run, exception)));
                    }
                    await failed.CancelAsync().ConfigureAwait(false);
                    return;
                }
                int finished = Interlocked.Increment(ref done);
                if (!quiet)
                {
                    lock (progress)
                    {
                        progress.WriteLine(ProgressLine(outcomes[index], finished, runs.Count));
                    }
                }
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (refusals.Count > 0 && !cancellationToken.IsCancellationRequested)
        {
        }
        if (refusals.Count > 0)
        {
            // Runs in flight may fail together: the first in plan order speaks, whatever finished first.
            throw refusals.MinBy(r => r.Index).Error;
        }
        return outcomes;
    }

    private async Task<SuiteRunOutcome> RunOneAsync(Command solve, SuiteRunSpec run, StoredRunInfo? previous, CancellationToken cancellationToken)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        List<string> arguments = [.. run.Arguments, "--store", storePath, "--out", run.Directory, "--threads", "1", "--quiet", "--no-plots"];
        if (previous is { Status: StoredRunStatus.Completed })
        {
            if (SuiteRunOutcomeReader.TryReadRunId(run.Directory) == previous.Id)
            {
                return SuiteRunOutcomeReader.Read(run, reused: true);
            }
            arguments.AddRange(["--replay-run", previous.Id.ToString(c)]); // its files are gone: write them again from the journal
        }
        else if (previous is { Status: StoredRunStatus.Running or StoredRunStatus.Cancelled })
        {
            arguments.AddRange(["--resume-run", previous.Id.ToString(c)]);
        }

        int exitCode = await InvokeAsync(solve, arguments, cancellationToken).ConfigureAwait(false);
        // A cancelled solve returns what it found so far; the suite does not count it as done.
        cancellationToken.ThrowIfCancellationRequested();
        if (exitCode != ExitCodes.Success)
        {
            throw new UsageException("suite", "the run stopped before its budget was spent (see the messages above); fix that and run the suite again.");
        }
        try
        {
            return SuiteRunOutcomeReader.Read(run, reused: false);
        }
        catch (InvalidDataException exception)
        {
            throw new UsageException("--out", exception.Message);
        }
    }

    /// <summary>
    /// Checks every (problem, solver) pair in plan order before any run starts, so that a solver that refuses a
    /// problem (or options it does not take) stops the suite at once, and always with the same pair named.
    /// </summary>
    private async Task CheckPairsAsync(IReadOnlyList<SuiteRunSpec> runs, Command solve, CancellationToken cancellationToken)
    {
        var checkedPairs = new HashSet<(string, string)>();
        foreach (SuiteRunSpec run in runs)
        {
            if (!checkedPairs.Add((run.Problem, run.Solver)))
            {
                continue;
            }
            try
            {
                await InvokeAsync(solve, [.. run.Arguments, "--check", "--no-store", "--quiet"], cancellationToken).ConfigureAwait(false);
            }
            catch (UsageException exception)
            {
                throw Naming(run, exception);
            }
        }
    }

    private async Task<int> InvokeAsync(Command solve, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ParseResult parse = solve.Parse(arguments);
        if (parse.Errors.Count > 0)
        {
            throw new UsageException("suite", parse.Errors[0].Message);
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = TextWriter.Null,
                Error = progress,
                EnableDefaultExceptionHandler = false,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException exception)
        {
            throw new UsageException("suite", exception.Message);
        }
    }

    /// <summary><paramref name="exception"/> with the run it came from appended.</summary>
    private static UsageException Naming(SuiteRunSpec run, UsageException exception) =>
        new(exception.Option, $"{exception.Message[(exception.Option.Length + 2)..]} (run {Describe(run)})");

    /// <summary>The suite store's runs by their solve arguments: for each, a completed run if there is one, else the latest resumable one.</summary>
    private async Task<Dictionary<string, StoredRunInfo>> ReadStoredRunsAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<StoredRunInfo> runs;
        try
        {
            // Opening here also creates the schema once, before parallel runs open the file.
            await using SqliteRunStore store = SqliteRunStore.Open(storePath);
            runs = await store.ListRunsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RunStoreException exception)
        {
            throw new UsageException("--store", exception.Message);
        }
        var byArguments = new Dictionary<string, StoredRunInfo>(StringComparer.Ordinal);
        foreach (StoredRunInfo run in runs)
        {
            if (run.Status == StoredRunStatus.Stopped)
            {
                continue;
            }
            string key = run.Description.Settings;
            if (!byArguments.TryGetValue(key, out StoredRunInfo? kept) || Preferred(run, kept))
            {
                byArguments[key] = run;
            }
        }
        return byArguments;
    }

    /// <summary>
    /// Seed 1 of every (problem, solver) first, then seed 2, and so on: an interrupted suite has every pair partly done
    /// rather than the first pairs fully.
    /// </summary>
    private static List<int> SeedMajorOrder(IReadOnlyList<SuiteRunSpec> runs)
    {
        List<int> order = [.. Enumerable.Range(0, runs.Count)];
        order.Sort((a, b) => runs[a].Seed != runs[b].Seed ? runs[a].Seed.CompareTo(runs[b].Seed) : a.CompareTo(b));
        return order;
    }

    private static bool Preferred(StoredRunInfo candidate, StoredRunInfo kept) =>
        (candidate.Status == StoredRunStatus.Completed) != (kept.Status == StoredRunStatus.Completed)
            ? candidate.Status == StoredRunStatus.Completed
            : candidate.Id > kept.Id;

    private static string Describe(SuiteRunSpec run) => $"{run.Problem} {run.Solver} seed {run.Seed}";

    private static string ProgressLine(SuiteRunOutcome outcome, int finished, int total)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        string found = outcome.Facts.IsMultiObjective
            ? outcome.Hypervolume is { } hv ? string.Create(c, $"hypervolume {hv:G6}") : "no feasible front"
            : outcome.Best is { } best ? string.Create(c, $"best {best:G6}") + (outcome.Feasible ? "" : " (infeasible)") : "nothing found";
        string time = outcome.Reused ? Reused : string.Create(c, $"{outcome.ElapsedSeconds:0.00} s");
        return $"[{finished}/{total}] {Describe(outcome.Run)}: {found}, {time}";
    }
}
