using System.Diagnostics;
using Metaheuristics.Journal;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Solvers.Nsga2;
using Metaheuristics.Termination;
using Microsoft.Data.Sqlite;

namespace Metaheuristics.Storage.Tests;

public sealed class StoreErrorTests
{
    private static readonly RunDescription Zdt1Run = new() { Problem = "zdt1", Solver = "nsga2", Seed = 1, Objectives = 2 };

    [Test]
    public void Open_FileThatIsNotADatabase_FailsSayingSo()
    {
        string path = StoreFiles.NewPath();
        File.WriteAllBytes(path, Enumerable.Range(0, 8192).Select(i => (byte)(i * 37)).ToArray());

        var exception = Assert.Throws<RunStoreException>(() => SqliteRunStore.Open(path));

        Assert.That(exception!.Message, Is.EqualTo($"Run store '{path}': is not an SQLite database (a corrupt or foreign file)."));
        Assert.That(File.ReadAllBytes(path)[..4], Is.EqualTo(new byte[] { 0, 37, 74, 111 }), "the file is left as it was");
    }

    [Test]
    public void Open_AnotherApplicationsDatabase_IsRefusedAndLeftAlone()
    {
        string path = StoreFiles.NewPath();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE customers (name TEXT);";
            command.ExecuteNonQuery();
        }

        var exception = Assert.Throws<RunStoreException>(() => SqliteRunStore.Open(path));

        Assert.That(exception!.Reason, Does.StartWith("is an SQLite database of another application"));
        using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        using SqliteCommand tables = check.CreateCommand();
        tables.CommandText = "SELECT group_concat(name) FROM sqlite_master WHERE type = 'table';";
        Assert.That(tables.ExecuteScalar(), Is.EqualTo("customers"));
    }

    [Test]
    public void Open_NewerSchemaVersion_AsksForANewerBuild()
    {
        string path = StoreFiles.NewPath();
        SqliteRunStore.Open(path).DisposeAsync().AsTask().GetAwaiter().GetResult();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99;";
            command.ExecuteNonQuery();
        }

        var exception = Assert.Throws<RunStoreException>(() => SqliteRunStore.Open(path));

        Assert.That(exception!.Reason, Is.EqualTo($"has schema version 99, newer than this build's {StoreSchema.CurrentVersion}; use a newer mh."));
    }

    [Test]
    public async Task Open_ExistingStore_KeepsItsRunsAndSchema()
    {
        string path = StoreFiles.NewPath();
        await using (SqliteRunStore store = SqliteRunStore.Open(path))
        {
            await (await store.CreateRunAsync(Zdt1Run, CancellationToken.None)).DisposeAsync();
        }
        await using (SqliteRunStore again = SqliteRunStore.Open(path))
        {
            IReadOnlyList<StoredRunInfo> runs = await again.ListRunsAsync(CancellationToken.None);
            Assert.That(runs.Select(r => (r.Id, r.Description.Problem, r.Status)), Is.EqualTo(new[] { (1L, "zdt1", StoredRunStatus.Running) }));
        }
    }

    [Test]
    public async Task Checkpoint_DiskFull_RunGoesOnInMemoryAndSaysTheStoreFailed()
    {
        string path = StoreFiles.NewPath();
        IOptimizationProblem problem = KnownProblems.Create("zdt1");
        RunResult plain = await Optimizer.SolveAsync(problem, new Nsga2Solver(), new RunSettings { Seed = 1, Termination = Terminate.AfterEvaluations(5_000) });
        await using SqliteRunStore store = SqliteRunStore.Open(path, new SqliteRunStoreOptions { MaxDatabaseBytes = 1024 * 1024 });
        await using IStoredRun journal = await store.CreateRunAsync(Zdt1Run with { RecordEvaluations = true }, CancellationToken.None);

        RunResult result = await Optimizer.SolveAsync(problem, new Nsga2Solver(), new RunSettings
        {
            Seed = 1,
            Termination = Terminate.AfterEvaluations(5_000),
            Journal = journal,
        });

        Assert.Multiple(() =>
        {
            Assert.That(result.StoreFailure, Is.EqualTo($"Run store '{path}': the disk is full."));
            Assert.That(result.Evaluations, Is.EqualTo(plain.Evaluations));
            Assert.That(result.ParetoSet.SelectMany(s => s.Objectives), Is.EqualTo(plain.ParetoSet.SelectMany(s => s.Objectives)));
        });
        StoredRunInfo stored = (await store.FindRunAsync(journal.Id, CancellationToken.None))!;
        Assert.That(stored.Checkpoints, Is.GreaterThan(0), "checkpoints before the disk filled up are kept");
        Assert.That(stored.Status, Is.EqualTo(StoredRunStatus.Running), "the run's end could not be recorded, so it stays resumable");
    }

    [Test]
    public async Task Checkpoint_DiskFullUnderStopPolicy_StopsCleanly()
    {
        string path = StoreFiles.NewPath();
        await using SqliteRunStore store = SqliteRunStore.Open(path, new SqliteRunStoreOptions { MaxDatabaseBytes = 256 * 1024 });
        await using IStoredRun journal = await store.CreateRunAsync(Zdt1Run with { RecordEvaluations = true }, CancellationToken.None);

        RunResult result = await Optimizer.SolveAsync(KnownProblems.Create("zdt1"), new Nsga2Solver(), new RunSettings
        {
            Seed = 1,
            Termination = Terminate.AfterEvaluations(50_000),
            Journal = journal,
            StoreFailurePolicy = StoreFailurePolicy.Stop,
        });

        Assert.That(result.TerminationReason, Is.EqualTo(TerminationReason.StoreFailed));
        Assert.That(result.Evaluations, Is.LessThan(50_000));
        Assert.That(result.ParetoSet, Is.Not.Empty);
    }

    [Test]
    public async Task Write_DatabaseLockedByAnotherProcess_FailsAfterTheBusyTimeout()
    {
        string path = StoreFiles.NewPath();
        await using SqliteRunStore store = SqliteRunStore.Open(path, new SqliteRunStoreOptions { BusyTimeout = TimeSpan.FromSeconds(1) });
        using var holder = new SqliteConnection($"Data Source={path};Pooling=False");
        holder.Open();
        using SqliteTransaction held = holder.BeginTransaction(deferred: false);

        var exception = Assert.ThrowsAsync<RunStoreException>(async () => await store.CreateRunAsync(Zdt1Run, CancellationToken.None));

        Assert.That(exception!.Reason, Does.StartWith("the database is locked by another process"));
    }

    [Test]
    public async Task Write_ReadOnlyFile_FailsSayingSo()
    {
        string path = StoreFiles.NewPath();
        await (SqliteRunStore.Open(path)).DisposeAsync();
        // Root ignores permission bits, so make the file immutable instead (ext4 and most Linux file systems).
        Assume.That(OperatingSystem.IsLinux() && RunChattr("+i", path), "needs chattr to make a file read-only for root");
        try
        {
            await using SqliteRunStore store = SqliteRunStore.Open(path);
            var exception = Assert.ThrowsAsync<RunStoreException>(async () => await store.CreateRunAsync(Zdt1Run, CancellationToken.None));
            Assert.That(exception!.Reason, Does.StartWith("the database is read-only"));
        }
        catch (RunStoreException exception)
        {
            Assert.That(exception.Reason, Does.StartWith("the database is read-only").Or.StartWith("the database file cannot be opened"));
        }
        finally
        {
            RunChattr("-i", path);
        }
    }

    private static bool RunChattr(string flag, string path)
    {
        try
        {
            using Process process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
