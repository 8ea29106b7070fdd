using Metaheuristics.Evaluation;
using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Randomness;
using Metaheuristics.Spaces;

namespace Metaheuristics.Tests.Evaluation;

/// <summary>What every evaluator must do; each evaluator's fixture inherits it.</summary>
public abstract class EvaluatorContractTests
{
    protected abstract IEvaluator Create(IProblem problem, EvaluatorOptions options);

    private static Population Sampled(ProblemSpec spec, int rows, ulong seed = 1)
    {
        var population = new Population(spec, rows);
        for (int row = 0; row < rows; row++)
        {
            var random = RandomStream.Create(seed, StreamPurpose.Sampling, 0, row);
            spec.Space.Sample(population.MutableGenomeOf(row), ref random);
            population.Ids[row] = row;
        }
        return population;
    }

    [TestCase(1)]
    [TestCase(37)]
    [TestCase(1000)]
    public async Task Evaluate_Batch_EveryRowMatchesDirectComputation(int rows)
    {
        IProblem problem = TestProblems.Sphere();
        Population population = Sampled(problem.Spec, rows);
        await using IEvaluator evaluator = Create(problem, new EvaluatorOptions());
        EvaluationSummary summary = await evaluator.EvaluateAsync(new EvaluationBatch(population, 0, rows), CancellationToken.None);
        Assert.That(summary, Is.EqualTo(new EvaluationSummary(rows, 0)));
        for (int row = 0; row < rows; row++)
        {
            double expected = 0;
            foreach (double v in population.RealsOf(row))
            {
                expected += v * v;
            }
            Assert.That(population.ObjectivesOf(row)[0], Is.EqualTo(expected));
            Assert.That(population.Status[row], Is.EqualTo(RowStatus.Evaluated));
            Assert.That(population.Violation[row], Is.Zero);
        }
    }

    [Test]
    public async Task Evaluate_SubRange_LeavesOtherRowsPending()
    {
        IProblem problem = TestProblems.Sphere();
        Population population = Sampled(problem.Spec, 50);
        await using IEvaluator evaluator = Create(problem, new EvaluatorOptions());
        await evaluator.EvaluateAsync(new EvaluationBatch(population, 10, 20), CancellationToken.None);
        for (int row = 0; row < 50; row++)
        {
            Assert.That(population.Status[row], Is.EqualTo(row is >= 10 and < 30 ? RowStatus.Evaluated : RowStatus.Pending), $"row {row}");
        }
    }

    [TestCase(true, "InvalidOperationException: boom")]
    [TestCase(false, "objective 0 is NaN")]
    public async Task Evaluate_FailingRows_RecordedWithMessageAndOthersKept(bool throwException, string message)
    {
        IProblem problem = TestProblems.FailingAbove(0.5, throwException);
        Population population = Sampled(problem.Spec, 200);
        await using IEvaluator evaluator = Create(problem, new EvaluatorOptions());
        EvaluationSummary summary = await evaluator.EvaluateAsync(new EvaluationBatch(population, 0, 200), CancellationToken.None);
        int expectedFailures = 0;
        for (int row = 0; row < 200; row++)
        {
            bool fails = population.RealsOf(row)[0] > 0.5;
            expectedFailures += fails ? 1 : 0;
            if (fails)
            {
                Assert.That(population.Status[row], Is.EqualTo(RowStatus.Failed));
                Assert.That(population.MessageOf(row), Does.StartWith(message));
                Assert.That(population.ObjectivesOf(row)[0], Is.EqualTo(double.PositiveInfinity));
            }
            else
            {
                Assert.That(population.Status[row], Is.EqualTo(RowStatus.Evaluated));
            }
        }
        Assert.That(expectedFailures, Is.InRange(20, 80), "the sample should contain failing rows");
        Assert.That(summary, Is.EqualTo(new EvaluationSummary(200 - expectedFailures, expectedFailures)));
    }

    [Test]
    public async Task Evaluate_FailFast_ThrowsWithTheFirstFailure()
    {
        IProblem problem = TestProblems.FailingAbove(0.5, throwException: true);
        Population population = Sampled(problem.Spec, 100);
        await using IEvaluator evaluator = Create(problem, new EvaluatorOptions { FailurePolicy = FailurePolicy.Stop });
        var error = Assert.ThrowsAsync<EvaluationFailedException>(async () =>
            await evaluator.EvaluateAsync(new EvaluationBatch(population, 0, 100), CancellationToken.None));
        Assert.That(error!.Reason, Does.Contain("boom"));
    }

    [Test]
    public async Task Evaluate_MaximizedObjectiveAndConstraints_StoredMinimizedWithViolation()
    {
        var spec = new ProblemSpec
        {
            Name = "c",
            Space = SearchSpace.Real(2, -1, 1),
            Objectives = [ObjectiveSpec.Maximize("gain"), ObjectiveSpec.Minimize("cost")],
            InequalityCount = 1,
            EqualityCount = 1,
            EqualityTolerance = 0.01,
        };
        IProblem problem = Problem.Create(spec, (genome, f, c) =>
        {
            f[0] = genome[0];
            f[1] = genome[1];
            c[0] = genome[0] - 0.5;          // g: x0 <= 0.5
            c[1] = genome[1];                // h: x1 = 0 within 0.01
        });
        var population = new Population(spec, 3);
        double[][] points = [[0.2, 0.005], [0.9, 0], [0, -0.5]];
        for (int row = 0; row < 3; row++)
        {
            points[row].CopyTo(population.RealsOf(row));
        }
        await using IEvaluator evaluator = Create(problem, new EvaluatorOptions());
        await evaluator.EvaluateAsync(new EvaluationBatch(population, 0, 3), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(population.ObjectivesOf(0)[0], Is.EqualTo(-0.2));
            Assert.That(population.ObjectivesOf(0)[1], Is.EqualTo(0.005));
            Assert.That(population.Violation[0], Is.Zero);
            Assert.That(population.Violation[1], Is.EqualTo(0.4).Within(1e-12));
            Assert.That(population.Violation[2], Is.EqualTo(0.49).Within(1e-12));
        });
    }

    [Test]
    public async Task Evaluate_CancelledMidBatch_KeepsScoredRowsAndLeavesTheRestPending()
    {
        using var cancellation = new CancellationTokenSource();
        int calls = 0;
        var spec = new ProblemSpec { Name = "slow", Space = SearchSpace.Real(1, 0, 1) };
        IProblem problem = Problem.Create(spec, (genome, f, _) =>
        {
            if (Interlocked.Increment(ref calls) == 10)
            {
                cancellation.Cancel();
            }
            Thread.Sleep(1);
            f[0] = genome[0];
        });
        Population population = Sampled(spec, 400);
        await using IEvaluator evaluator = Create(problem, new EvaluatorOptions());
        EvaluationSummary summary = await evaluator.EvaluateAsync(new EvaluationBatch(population, 0, 400), cancellation.Token);
        int evaluated = 0, pending = 0;
        for (int row = 0; row < 400; row++)
        {
            evaluated += population.Status[row] == RowStatus.Evaluated ? 1 : 0;
            pending += population.Status[row] == RowStatus.Pending ? 1 : 0;
        }
        Assert.That(summary.Evaluated, Is.EqualTo(evaluated));
        Assert.That(evaluated + pending, Is.EqualTo(400));
        Assert.That(evaluated, Is.InRange(9, 100), "cancellation must stop the batch promptly");
    }

    [Test]
    public async Task Evaluate_SameRowsTwice_SameResultsAsSerialReference()
    {
        IProblem problem = TestProblems.Sphere(8);
        Population mine = Sampled(problem.Spec, 333, seed: 5);
        Population reference = Sampled(problem.Spec, 333, seed: 5);
        await using IEvaluator evaluator = Create(problem, new EvaluatorOptions());
        await evaluator.EvaluateAsync(new EvaluationBatch(mine, 0, 333), CancellationToken.None);
        await using var serial = new SerialEvaluator(problem);
        await serial.EvaluateAsync(new EvaluationBatch(reference, 0, 333), CancellationToken.None);
        Assert.That(mine.ObjectiveMatrix.ToArray(), Is.EqualTo(reference.ObjectiveMatrix.ToArray()));
    }
}

[TestFixture]
public sealed class SerialEvaluatorTests : EvaluatorContractTests
{
    protected override IEvaluator Create(IProblem problem, EvaluatorOptions options) => new SerialEvaluator(problem, options.FailurePolicy);
}

[TestFixture]
public sealed class ParallelEvaluatorTests : EvaluatorContractTests
{
    // A tiny minimum work forces real splitting even for the cheap test problems.
    protected override IEvaluator Create(IProblem problem, EvaluatorOptions options) =>
        new ParallelEvaluator(problem, options with { MaxDegreeOfParallelism = 4, MinimumWorkPerTask = TimeSpan.FromTicks(1) });

    [Test]
    public async Task Evaluate_CheapProblemWithDefaultOptions_MeasuresCostAndStaysCorrect()
    {
        IProblem problem = TestProblems.Sphere(30);
        var population = new Population(problem.Spec, 100);
        await using var evaluator = new ParallelEvaluator(problem, new EvaluatorOptions { MaxDegreeOfParallelism = 2 });
        for (int generation = 0; generation < 3; generation++)
        {
            population.ResetRows(0, 100);
            EvaluationSummary summary = await evaluator.EvaluateAsync(new EvaluationBatch(population, 0, 100), CancellationToken.None);
            Assert.That(summary.Evaluated, Is.EqualTo(100));
        }
        Assert.That(evaluator.MeasuredCostPerRow, Is.Not.Null);
    }
}

[TestFixture]
public sealed class ChannelEvaluatorTests : EvaluatorContractTests
{
    protected override IEvaluator Create(IProblem problem, EvaluatorOptions options) =>
        new ChannelEvaluator(TestProblems.AsAsync(problem), options with { MaxConcurrency = 3 });

    [Test]
    public async Task Evaluate_HangingEvaluations_TimeOutAsFailuresAndOthersKept()
    {
        var spec = new ProblemSpec { Name = "hang", Space = SearchSpace.Real(1, 0, 1) };
        IAsyncProblem problem = Problem.CreateAsync(spec, async (candidate, token) =>
        {
            if (candidate.Reals[0] > 0.8)
            {
                // Ignores its token on purpose: the evaluator must not wait for it.
                await Task.Delay(TimeSpan.FromSeconds(30), CancellationToken.None);
            }
            return EvaluationResult.Of(candidate.Reals[0]);
        });
        var population = new Population(spec, 40);
        for (int row = 0; row < 40; row++)
        {
            population.RealsOf(row)[0] = row / 40.0;
        }
        await using var evaluator = new ChannelEvaluator(problem, new EvaluatorOptions { MaxConcurrency = 8, Timeout = TimeSpan.FromMilliseconds(100) });
        EvaluationSummary summary = await evaluator.EvaluateAsync(new EvaluationBatch(population, 0, 40), CancellationToken.None);
        Assert.That(summary, Is.EqualTo(new EvaluationSummary(33, 7)));
        Assert.That(population.MessageOf(39), Does.StartWith("timed out after 0.1 s"));
        Assert.That(population.ObjectivesOf(10)[0], Is.EqualTo(0.25));
    }

    [Test]
    public async Task Evaluate_ErrorResultAndWrongArity_RecordedAsFailures()
    {
        var spec = new ProblemSpec { Name = "bad", Space = SearchSpace.Real(1, 0, 1) };
        IAsyncProblem problem = Problem.CreateAsync(spec, (candidate, _) => ValueTask.FromResult(candidate.Id switch
        {
            0 => EvaluationResult.Failure("simulator diverged"),
            1 => EvaluationResult.Of([1.0, 2.0]),
            _ => EvaluationResult.Of(3.0),
        }));
        var population = new Population(spec, 3);
        for (int row = 0; row < 3; row++)
        {
            population.Ids[row] = row;
        }
        await using var evaluator = new ChannelEvaluator(problem);
        EvaluationSummary summary = await evaluator.EvaluateAsync(new EvaluationBatch(population, 0, 3), CancellationToken.None);
        Assert.That(summary, Is.EqualTo(new EvaluationSummary(1, 2)));
        Assert.That(population.MessageOf(0), Is.EqualTo("simulator diverged"));
        Assert.That(population.MessageOf(1), Does.Contain("returned 2 objectives"));
    }
}
