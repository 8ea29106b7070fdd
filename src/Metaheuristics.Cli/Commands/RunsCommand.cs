using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Metaheuristics.Cli.Storage;
using Metaheuristics.Journal;
using Metaheuristics.Storage;

namespace Metaheuristics.Cli.Commands;

/// <summary><c>mh runs list|show|export|resume</c>: what the run store recorded.</summary>
internal static class RunsCommand
{
    private const int GenerationsShown = 5;

    public static Command Create(TextWriter output, TextWriter error, bool interactive, string workingDirectory)
    {
        Option<string?> Store() => new("--store") { Description = $"Run store file (default: {SolveCommand.DefaultStoreFile} in the working directory)" };
        Argument<long> Id() => new("id") { Description = "The run's id (see 'mh runs list')" };

        Option<string?> listStore = Store();
        var listJson = new Option<bool>("--json") { Description = "Print a JSON array instead of a table" };
        var list = new Command("list", "List the recorded runs") { listStore, listJson };
        list.SetAction((parse, cancellationToken) => WithStoreAsync(parse.GetValue(listStore), workingDirectory, async store =>
        {
            IReadOnlyList<StoredRunInfo> runs = await store.ListRunsAsync(cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(listJson))
            {
                WriteJson(output, runs);
            }
            else
            {
                WriteTable(output, runs);
            }
            return ExitCodes.Success;
        }));

        Option<string?> showStore = Store();
        Argument<long> showId = Id();
        var show = new Command("show", "Show one recorded run: settings, status, checkpoints and its last generations") { showId, showStore };
        show.SetAction((parse, cancellationToken) => WithStoreAsync(parse.GetValue(showStore), workingDirectory, async store =>
        {
            long id = parse.GetValue(showId);
            StoredRunInfo run = await FindAsync(store, id, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<StoredGeneration> generations = await store.ReadGenerationsAsync(id, cancellationToken).ConfigureAwait(false);
            WriteDetails(output, store.Path, run, generations);
            return ExitCodes.Success;
        }));

        Option<string?> exportStore = Store();
        Argument<long> exportId = Id();
        var exportOut = new Option<DirectoryInfo>("--out") { Description = "Directory for the files a solve writes", Required = true };
        var exportNoPlots = new Option<bool>("--no-plots") { Description = "Skip the PNG/SVG plots" };
        var export = new Command("export", "Write a recorded run's result.json, history.csv, front.csv and plots, replaying its journal (no evaluation)")
        {
            exportId, exportStore, exportOut, exportNoPlots,
        };
        export.SetAction((parse, cancellationToken) => WithStoreAsync(parse.GetValue(exportStore), workingDirectory, async store =>
        {
            long id = parse.GetValue(exportId);
            StoredRunInfo run = await FindAsync(store, id, cancellationToken).ConfigureAwait(false);
            List<string> args = ["solve", .. SolveArguments.FromSettings(id, run.Description.Settings),
                "--store", store.Path, "--replay-run", id.ToString(CultureInfo.InvariantCulture), "--out", parse.GetValue(exportOut)!.FullName, "--quiet"];
            if (parse.GetValue(exportNoPlots))
            {
                args.Add("--no-plots");
            }
            await store.DisposeAsync().ConfigureAwait(false);
            return await MhApp.RunAsync([.. args], output, error, interactive, workingDirectory, cancellationToken).ConfigureAwait(false);
        }));

        Option<string?> resumeStore = Store();
        Argument<long> resumeId = Id();
        var resumeOut = new Option<DirectoryInfo?>("--out") { Description = "Directory for result.json and the other files a solve writes" };
        var resumeThreads = new Option<int?>("--threads") { Description = "Evaluation threads (the result does not depend on it)" };
        var resumeQuiet = new Option<bool>("--quiet") { Description = "No progress display" };
        var resumeNoPlots = new Option<bool>("--no-plots") { Description = "With --out: skip the PNG/SVG plots" };
        var resume = new Command("resume", "Go on with a run that was killed or cancelled: replay what it checkpointed, then evaluate the rest")
        {
            resumeId, resumeStore, resumeOut, resumeThreads, resumeQuiet, resumeNoPlots,
        };
        resume.SetAction((parse, cancellationToken) => WithStoreAsync(parse.GetValue(resumeStore), workingDirectory, async store =>
        {
            long id = parse.GetValue(resumeId);
            StoredRunInfo run = await FindAsync(store, id, cancellationToken).ConfigureAwait(false);
            if (run.Status is StoredRunStatus.Completed or StoredRunStatus.Stopped)
            {
                throw new UsageException("run", $"run {id} has {run.Status.ToString().ToLowerInvariant()} ({run.TerminationReason}); there is nothing to resume. 'mh runs export {id} --out DIR' writes its files.");
            }
            List<string> args = ["solve", .. SolveArguments.FromSettings(id, run.Description.Settings),
                "--store", store.Path, "--resume-run", id.ToString(CultureInfo.InvariantCulture)];
            if (parse.GetValue(resumeOut) is { } directory)
            {
                args.AddRange(["--out", directory.FullName]);
            }
            if (parse.GetValue(resumeThreads) is { } threads)
            {
                args.AddRange(["--threads", threads.ToString(CultureInfo.InvariantCulture)]);
            }
            if (parse.GetValue(resumeQuiet))
            {
                args.Add("--quiet");
            }
            if (parse.GetValue(resumeNoPlots))
            {
                args.Add("--no-plots");
            }
            await store.DisposeAsync().ConfigureAwait(false);
            return await MhApp.RunAsync([.. args], output, error, interactive, workingDirectory, cancellationToken).ConfigureAwait(false);
        }));

        return new Command("runs", "The runs recorded in the run store: list, show, export, resume") { list, show, export, resume };
    }

    private static async Task<int> WithStoreAsync(string? path, string workingDirectory, Func<SqliteRunStore, Task<int>> action)
    {
        string fullPath = Path.GetFullPath(path ?? SolveCommand.DefaultStoreFile, workingDirectory);
        SqliteRunStore store;
        try
        {
            store = SqliteRunStore.Open(fullPath, new SqliteRunStoreOptions { ReadOnly = true });
        }
        catch (RunStoreException exception)
        {
            throw new UsageException("--store", exception.Message);
        }
        await using (store.ConfigureAwait(false))
        {
            try
            {
                return await action(store).ConfigureAwait(false);
            }
            catch (RunStoreException exception)
            {
                throw new UsageException("--store", exception.Message);
            }
        }
    }

    private static async Task<StoredRunInfo> FindAsync(SqliteRunStore store, long id, CancellationToken cancellationToken) =>
        await store.FindRunAsync(id, cancellationToken).ConfigureAwait(false)
        ?? throw new UsageException("run", $"{store.Path} has no run {id} (see 'mh runs list').");

    private static void WriteTable(TextWriter output, IReadOnlyList<StoredRunInfo> runs)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        output.WriteLine($"{"id",4}  {"problem",-14} {"solver",-8} {"seed",-10} {"status",-10} {"evaluations",12} {"best f / HV",14}  started (UTC)");
        foreach (StoredRunInfo run in runs)
        {
            string best = run.BestObjective is { } value ? value.ToString("G8", c)
                : run.Hypervolume is { } hypervolume ? "HV " + hypervolume.ToString("G6", c) : "-";
            output.WriteLine(string.Create(c,
                $"{run.Id,4}  {Cut(run.Description.Problem, 14),-14} {Cut(run.Description.Solver, 8),-8} {run.Description.Seed,-10} {run.Status.ToString().ToLowerInvariant(),-10} {run.Evaluations,12:N0} {best,14}  {run.StartedAt:yyyy-MM-dd HH:mm:ss}"));
        }
        if (runs.Count == 0)
        {
            output.WriteLine("(no runs recorded yet)");
        }
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private static void WriteJson(TextWriter output, IReadOnlyList<StoredRunInfo> runs)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (StoredRunInfo run in runs)
            {
                json.WriteStartObject();
                json.WriteNumber("id", run.Id);
                json.WriteString("problem", run.Description.Problem);
                json.WriteString("solver", run.Description.Solver);
                json.WriteString("constraintHandler", run.Description.ConstraintHandler);
                json.WriteNumber("seed", run.Description.Seed);
                json.WriteString("status", run.Status.ToString().ToLowerInvariant());
                if (run.TerminationReason is { } reason)
                {
                    json.WriteString("terminationReason", JsonNamingPolicy.CamelCase.ConvertName(reason.ToString()));
                }
                else
                {
                    json.WriteNull("terminationReason");
                }
                json.WriteNumber("objectives", run.Description.Objectives);
                json.WriteNumber("evaluations", run.Evaluations);
                json.WriteNumber("generations", run.Generations);
                json.WriteNumber("checkpoints", run.Checkpoints);
                if (run.BestObjective is { } best && double.IsFinite(best))
                {
                    json.WriteNumber("bestObjective", best);
                }
                else
                {
                    json.WriteNull("bestObjective");
                }
                if (run.Hypervolume is { } hv && double.IsFinite(hv))
                {
                    json.WriteNumber("hypervolume", hv);
                }
                else
                {
                    json.WriteNull("hypervolume");
                }
                json.WriteNumber("elapsedSeconds", Math.Round(run.Elapsed.TotalSeconds, 6));
                json.WriteString("startedAt", run.StartedAt);
                if (run.EndedAt is { } ended)
                {
                    json.WriteString("endedAt", ended);
                }
                else
                {
                    json.WriteNull("endedAt");
                }
                json.WriteBoolean("recordsEvaluations", run.Description.RecordEvaluations);
                if (run.StoreFailure is null)
                {
                    json.WriteNull("storeFailure");
                }
                else
                {
                    json.WriteString("storeFailure", run.StoreFailure);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteDetails(TextWriter output, string storePath, StoredRunInfo run, IReadOnlyList<StoredGeneration> generations)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        RunDescription d = run.Description;
        output.WriteLine(string.Create(c, $"run {run.Id} in {storePath}"));
        output.WriteLine($"  problem      {d.Problem} ({d.Objectives} objective{(d.Objectives == 1 ? "" : "s")})");
        output.WriteLine($"  solver       {d.Solver}, constraint handler {d.ConstraintHandler}, seed {d.Seed.ToString(c)}");
        string arguments;
        try
        {
            arguments = "mh solve " + string.Join(' ', SolveArguments.FromSettings(run.Id, d.Settings).Select(Quote));
        }
        catch (UsageException)
        {
            arguments = d.Settings;
        }
        output.WriteLine($"  settings     {arguments}");
        output.WriteLine($"  status       {run.Status.ToString().ToLowerInvariant()}{(run.TerminationReason is { } reason ? $" ({JsonNamingPolicy.CamelCase.ConvertName(reason.ToString())})" : "")}");
        output.WriteLine(string.Create(c, $"  started      {run.StartedAt:yyyy-MM-dd HH:mm:ss} UTC{(run.EndedAt is { } ended ? $", ended {ended:yyyy-MM-dd HH:mm:ss} UTC" : "")}"));
        output.WriteLine(string.Create(c, $"  progress     {run.Evaluations:N0} evaluations, {run.Generations} generations, {run.Checkpoints} checkpoints, {run.Elapsed.TotalSeconds:0.###} s"));
        if (run.BestObjective is { } best)
        {
            output.WriteLine(string.Create(c, $"  best f       {best:G10}"));
        }
        if (run.Hypervolume is { } volume)
        {
            output.WriteLine(string.Create(c, $"  hypervolume  {volume:G10}"));
        }
        output.WriteLine($"  evaluations  {(d.RecordEvaluations ? "recorded one by one" : "scores only (for resume)")}");
        if (run.StoreFailure is not null)
        {
            output.WriteLine($"  store failed {run.StoreFailure}");
        }
        if (generations.Count > 0)
        {
            output.WriteLine($"  last generations:");
            output.WriteLine($"    {"generation",10} {"evaluations",12} {"best",14} {"mean",14} {"feasible",9} {"front",6} {"hypervolume",12}");
            for (int i = Math.Max(0, generations.Count - GenerationsShown); i < generations.Count; i++)
            {
                StoredGeneration g = generations[i];
                output.WriteLine(string.Create(c,
                    $"    {g.Generation,10} {g.Evaluations,12:N0} {Format(g.BestObjective),14} {Format(g.MeanObjective),14} {g.FeasibleFraction,9:P0} {g.ParetoSetSize,6} {Format(g.Hypervolume),12}"));
            }
        }
        if (run.Status is StoredRunStatus.Running or StoredRunStatus.Cancelled)
        {
            output.WriteLine(string.Create(c, $"  resume with  mh runs resume {run.Id}{(storePath.EndsWith(SolveCommand.DefaultStoreFile, StringComparison.Ordinal) ? "" : $" --store {Quote(storePath)}")}"));
        }
    }

    private static string Format(double? value) => value is { } v ? v.ToString("G7", CultureInfo.InvariantCulture) : "-";

    private static string Quote(string argument) => argument.Length > 0 && argument.All(ch => char.IsLetterOrDigit(ch) || "-_.,=:/+".Contains(ch))
        ? argument
        : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
