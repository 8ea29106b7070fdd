using System.Diagnostics;
using System.Text.Json.Nodes;
using Metaheuristics.Journal;
using Metaheuristics.Storage;

namespace Metaheuristics.Cli.Tests;

/// <summary>
/// Starts <c>mh solve</c> as a real process, kills it with SIGKILL once it has checkpointed a few times, resumes it with
/// <c>mh runs resume</c>, and compares the result with an uninterrupted run of the same seed.
/// </summary>
public sealed class KillAndResumeTests
{
    [TestCase("ga", "rastrigin", "1000000", "--dim", "30")]
    [TestCase("nsga2", "zdt1", "300000")]
    [TestCase("pso", "rosenbrock", "1000000", "--dim", "30")]
    public async Task Resume_AfterSigkill_EqualsUninterruptedRun(string solver, string problem, string evaluations, params string[] extra)
    {
        string[] run = ["solve", "--problem", problem, "--solver", solver, "--evals", evaluations, "--seed", "17", "--checkpoint-every", "5", .. extra];
        string expectedDirectory = MhRunner.TemporaryDirectory();
        (int exitCode, _, string error) = await MhRunner.RunAsync([.. run, "--no-store", "--out", expectedDirectory, "--no-plots"]);
        Assert.That(exitCode, Is.Zero, error);

        string workingDirectory = MhRunner.TemporaryDirectory();
        string store = Path.Combine(workingDirectory, "mh-runs.db");
        StoredRunInfo killed = await StartAndKillAsync(workingDirectory, store, [.. run, "--quiet"]);
        Assert.That(killed.Status, Is.EqualTo(StoredRunStatus.Running), "SIGKILL leaves the run as running");
        Assert.That(killed.Evaluations, Is.GreaterThan(0).And.LessThan(long.Parse(evaluations, System.Globalization.CultureInfo.InvariantCulture)),
            "the process must die mid-way for the test to mean anything");

        string resumedDirectory = MhRunner.TemporaryDirectory();
        (exitCode, string output, error) = await MhRunner.RunInAsync(workingDirectory,
            ["runs", "resume", killed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", resumedDirectory, "--quiet", "--no-plots", "--threads", "2"]);
        Assert.That(exitCode, Is.Zero, error);
        Assert.That(output, Does.Contain($"resumed: {killed.Evaluations:N0} evaluations replayed from the store"));

        Assert.That(Comparable(Path.Combine(resumedDirectory, "result.json")), Is.EqualTo(Comparable(Path.Combine(expectedDirectory, "result.json"))));
        int[] historyGenerations = HistoryGenerations(expectedDirectory);
        Assert.That(HistoryGenerations(resumedDirectory), Is.EqualTo(historyGenerations), "history.csv keeps the same generations");
        await using SqliteRunStore reopened = SqliteRunStore.Open(store, new SqliteRunStoreOptions { ReadOnly = true });
        StoredRunInfo finished = (await reopened.FindRunAsync(killed.Id, CancellationToken.None))!;
        Assert.That(finished.Status, Is.EqualTo(StoredRunStatus.Completed));
        Assert.That((await reopened.ReadGenerationsAsync(killed.Id, CancellationToken.None)).Select(g => g.Generation),
            Is.EqualTo(historyGenerations), "the history's generations recorded once, across both processes");
        Assert.That(historyGenerations[^1], Is.EqualTo(finished.Generations));
    }

    private static int[] HistoryGenerations(string directory) =>
        [.. File.ReadAllLines(Path.Combine(directory, "history.csv")).Skip(1).Where(line => line.Length > 0)
            .Select(line => int.Parse(line[..line.IndexOf(',')], System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>result.json without what depends on the machine or the store: elapsed time and the run's id.</summary>
    private static string Comparable(string path)
    {
        JsonObject node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        node.Remove("elapsedSeconds");
        node.Remove("runId");
        return node.ToJsonString();
    }

    private static async Task<StoredRunInfo> StartAndKillAsync(string workingDirectory, string store, string[] args)
    {
        string mh = Path.Combine(AppContext.BaseDirectory, "mh.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(mh);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using Process process = Process.Start(start)!;
        var watch = Stopwatch.StartNew();
        try
        {
            while (watch.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                if (File.Exists(store) && await CheckpointsAsync(store) >= 3)
                {
                    break;
                }
                await Task.Delay(10);
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(); // SIGKILL on Unix: no handler runs, nothing is flushed.
            }
            await process.WaitForExitAsync();
        }
        await using SqliteRunStore opened = SqliteRunStore.Open(store, new SqliteRunStoreOptions { ReadOnly = true });
        IReadOnlyList<StoredRunInfo> runs = await opened.ListRunsAsync(CancellationToken.None);
        Assert.That(runs, Has.Count.EqualTo(1));
        return runs[0];
    }

    private static async Task<int> CheckpointsAsync(string store)
    {
        try
        {
            await using SqliteRunStore opened = SqliteRunStore.Open(store, new SqliteRunStoreOptions { ReadOnly = true });
            IReadOnlyList<StoredRunInfo> runs = await opened.ListRunsAsync(CancellationToken.None);
            return runs.Count == 0 ? 0 : runs[0].Checkpoints;
        }
        catch (RunStoreException)
        {
            return 0; // created but not yet migrated
        }
    }
}
