using Metaheuristics.Journal;
using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Solvers.Genetic;
using Metaheuristics.Spaces;
using Metaheuristics.Termination;
using Microsoft.Data.Sqlite;

namespace Metaheuristics.Storage.Tests;

/// <summary>Schema 2 packs a checkpoint's batches and generations into one row each: what comes back must be what went in.</summary>
public sealed class SegmentTests
{
    /// <summary>Fails (throws) for x0 &gt; 0.6, and has one inequality x1 − 0.2 ≤ 0, so rows differ in status, message and violation.</summary>
    private static IProblem FailingConstrained() =>
        Problem.Create(new ProblemSpec { Name = "failing-constrained", Space = SearchSpace.Real(3, -1, 1), InequalityCount = 1 }, (genome, f, g) =>
        {
            if (genome[0] > 0.6)
            {
                throw new InvalidOperationException($"boom at {genome[0]:0.000}");
            }
            f[0] = genome[0] * genome[0] + genome[2];
            g[0] = genome[1] - 0.2;
        });

    private static RunSettings Settings(IRunJournal? journal) => new()
    {
        Seed = 4,
        Termination = Terminate.AfterEvaluations(3_000),
        Journal = journal,
        Checkpoints = new CheckpointPolicy { EveryGenerations = 3, MinimumEvaluations = 0, Interval = null },
    };

    private static RunDescription Describe(bool recordEvaluations) => new()
    {
        Problem = "failing-constrained",
        Solver = "ga",
        Seed = 4,
        Objectives = 1,
        Settings = "{}",
        RecordEvaluations = recordEvaluations,
    };

    [Test]
    public void PackBuffer_GrowingPastItsArray_KeepsTheLanesTakenBeforeAndAlignsEach()
    {
        var buffer = new PackBuffer();
        Memory<byte> bits = buffer.Copy<byte>([1, 2, 3]);
        Memory<byte> first = buffer.Copy<double>([1.5, -2.5]);
        Memory<byte> large = buffer.Take<double>(100_000); // past the first array: a new one

        large.Span.Fill(0xFF);

        Assert.Multiple(() =>
        {
            Assert.That(bits.ToArray(), Is.EqualTo(new byte[] { 1, 2, 3 }));
            Assert.That(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, double>(first.Span).ToArray(), Is.EqualTo(new[] { 1.5, -2.5 }));
            Assert.That(large.Length, Is.EqualTo(800_000));
            Assert.That(System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(first, out ArraySegment<byte> segment) && segment.Offset % 8 == 0,
                "a lane after a 3-byte one starts 8-byte aligned");
        });
    }

    [Test]
    public async Task Segments_FailuresViolationsAndGenomes_ReadBackAsRecorded()
    {
        IProblem problem = FailingConstrained();
        var memory = new MemoryRunJournal();
        RunResult inMemory = await Optimizer.SolveAsync(problem, new GeneticAlgorithm(), Settings(memory));
        string path = StoreFiles.NewPath();
        long id;
        await using (SqliteRunStore store = SqliteRunStore.Open(path))
        {
            await using IStoredRun journal = await store.CreateRunAsync(Describe(recordEvaluations: true), CancellationToken.None);
            id = journal.Id;
            await Optimizer.SolveAsync(problem, new GeneticAlgorithm(), Settings(journal));
        }

        await using SqliteRunStore reader = SqliteRunStore.Open(path, new SqliteRunStoreOptions { ReadOnly = true });
        IReadOnlyList<JournaledBatch> batches = await reader.ReadBatchesAsync(id, CancellationToken.None);
        IReadOnlyList<JournaledBatch> expected = memory.Checkpointed;
        Assert.That(batches, Has.Count.EqualTo(expected.Count));
        Assert.That(inMemory.FailedEvaluations, Is.GreaterThan(0), "the run must hold failures for this test to mean anything");
        for (int b = 0; b < batches.Count; b++)
        {
            JournaledBatch actual = batches[b], wanted = expected[b];
            Assert.That((actual.Index, actual.FirstId, actual.Count, actual.Fingerprint), Is.EqualTo((wanted.Index, wanted.FirstId, wanted.Count, wanted.Fingerprint)), $"batch {b}");
            Assert.That(actual.Status.ToArray(), Is.EqualTo(wanted.Status.ToArray()), $"batch {b} status");
            Assert.That(actual.Objectives.ToArray(), Is.EqualTo(wanted.Objectives.ToArray()), $"batch {b} objectives");
            Assert.That(actual.Constraints.ToArray(), Is.EqualTo(wanted.Constraints.ToArray()), $"batch {b} constraints");
            Assert.That(actual.Violations.ToArray(), Is.EqualTo(wanted.Violations.ToArray()), $"batch {b} violations");
            Assert.That(actual.Messages, Is.EqualTo(wanted.Messages), $"batch {b} messages");
        }

        IReadOnlyList<StoredEvaluation> evaluations = await reader.ReadEvaluationsAsync(id, CancellationToken.None);
        Assert.That(evaluations, Has.Count.EqualTo(3_000));
        Assert.That(evaluations.Select(e => e.CandidateId), Is.EqualTo(Enumerable.Range(0, 3_000).Select(i => (long)i)));
        StoredEvaluation[] failed = [.. evaluations.Where(e => e.Status == RowStatus.Failed)];
        Assert.That(failed, Has.Length.EqualTo(inMemory.FailedEvaluations));
        Assert.Multiple(() =>
        {
            Assert.That(failed[0].Message, Does.Contain("boom at"));
            Assert.That(failed.All(e => e.Reals[0] > 0.6 && e.Message!.Contains("boom at", StringComparison.Ordinal)), Is.True);
            Assert.That(failed.All(e => e.Objectives.Length == 0 && e.Constraints.Length == 0 && e.Violation is null), Is.True);
            StoredEvaluation good = evaluations.First(e => e.Status == RowStatus.Evaluated && e.Reals[1] > 0.2);
            Assert.That(good.Objectives[0], Is.EqualTo(good.Reals[0] * good.Reals[0] + good.Reals[2]));
            Assert.That(good.Constraints[0], Is.EqualTo(good.Reals[1] - 0.2));
            Assert.That(good.Violation, Is.EqualTo(good.Reals[1] - 0.2).Within(1e-15));
            Assert.That(evaluations.All(e => e.Reals.Length == 3 && e.Integers.Length == 0 && e.Bits.Length == 0), Is.True);
        });

        IReadOnlyList<StoredGeneration> generations = await reader.ReadGenerationsAsync(id, CancellationToken.None);
        Assert.That(generations.Select(g => g.Generation), Is.EqualTo(Enumerable.Range(1, inMemory.Generations)));
        Assert.That(generations[^1].Evaluations, Is.EqualTo(3_000));
    }

    [Test]
    public async Task Open_SchemaVersion1Store_MigratesToTheCurrentSchemaAndKeepsItsRuns()
    {
        string path = StoreFiles.NewPath();
        long id;
        await using (SqliteRunStore store = SqliteRunStore.Open(path))
        {
            await using IStoredRun journal = await store.CreateRunAsync(Describe(recordEvaluations: false), CancellationToken.None);
            id = journal.Id;
        }
        // Take the file back to schema 1: its tables, without those version 2 added.
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "DROP TABLE batch_segments; DROP TABLE generation_segments; PRAGMA user_version = 1;";
            command.ExecuteNonQuery();
        }

        await using (SqliteRunStore migrated = SqliteRunStore.Open(path))
        {
            Assert.That((await migrated.FindRunAsync(id, CancellationToken.None))?.Description.Problem, Is.EqualTo("failing-constrained"));
            await using IStoredRun reopened = await migrated.OpenRunAsync(id, CancellationToken.None);
            RunResult resumed = await Optimizer.SolveAsync(FailingConstrained(), new GeneticAlgorithm(), Settings(reopened));
            Assert.That(resumed.Evaluations, Is.EqualTo(3_000));
        }
        using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        using SqliteCommand version = check.CreateCommand();
        version.CommandText = "PRAGMA user_version;";
        Assert.That((long)version.ExecuteScalar()!, Is.EqualTo(2));
    }
}
