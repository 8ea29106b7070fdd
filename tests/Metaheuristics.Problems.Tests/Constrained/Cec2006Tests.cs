using Metaheuristics.Constraints;
using Metaheuristics.Problems;
using Metaheuristics.Problems.Constrained;
using Metaheuristics.Running;
using Metaheuristics.Solvers;
using Metaheuristics.Solvers.Differential;
using Metaheuristics.Solvers.Genetic;
using Metaheuristics.Termination;

namespace Metaheuristics.Problems.Tests.Constrained;

public sealed class Cec2006Tests
{
    private static IEnumerable<string> Ids() => Cec2006.Ids;

    [TestCaseSource(nameof(Ids))]
    public void Value_AtPublishedBestKnownPoint_GivesBestKnownValueAndSatisfiesConstraints(string id)
    {
        Cec2006Problem problem = Cec2006.Create(id);
        ProblemSpec spec = problem.Spec;
        double[] x = [.. spec.KnownOptimumLocation!];
        var constraints = new double[spec.ConstraintCount];
        double f = problem.Value(x, constraints);

        double best = spec.KnownOptimum!.Value;
        Assert.That(Math.Abs(f - best) / Math.Abs(best), Is.LessThanOrEqualTo(1e-4), $"f(x*) = {f}");
        for (int i = 0; i < x.Length; i++)
        {
            Assert.That(x[i], Is.InRange(spec.Space.RealLower[i], spec.Space.RealUpper[i]), $"x{i + 1} inside the bounds");
        }
        for (int i = 0; i < spec.InequalityCount; i++)
        {
            // The published points are rounded to ~16 digits: active constraints come out at ±1e-10 of 0.
            Assert.That(constraints[i], Is.LessThanOrEqualTo(1e-8), $"g{i + 1}");
        }
        for (int j = 0; j < spec.EqualityCount; j++)
        {
            Assert.That(Math.Abs(constraints[spec.InequalityCount + j]), Is.LessThanOrEqualTo(spec.EqualityTolerance + 1e-12), $"h{j + 1}");
        }
    }

    [TestCaseSource(nameof(Ids))]
    public void KnownProblems_CreatesEachByItsId(string id)
    {
        IOptimizationProblem problem = KnownProblems.Create(id.ToUpperInvariant());
        Assert.That(problem.Spec.Name, Is.EqualTo(id));
        Assert.That(problem.Spec.ConstraintCount, Is.GreaterThan(0));
    }

    [Test]
    public void Create_UnknownId_ListsTheShippedOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => Cec2006.Create("cec2006-g02"));
        Assert.That(error!.Message, Does.Contain("cec2006-g01").And.Contain("cec2006-g24"));
    }

    // Fixed seeds; tolerances are relative errors to the best-known value.
    [TestCase("cec2006-g06", "de", "feasibility", 60_000, 1e-6)]
    [TestCase("cec2006-g04", "ga", "lagrangian", 100_000, 1e-4)]
    [TestCase("cec2006-g11", "ga", "lagrangian", 60_000, 1e-4)]
    [TestCase("cec2006-g24", "de", "lagrangian", 30_000, 1e-6)]
    [TestCase("cec2006-g07", "de", "lagrangian", 150_000, 1e-4)]
    public async Task Solve_SolverAndHandler_ReachBestKnownWithinTolerance(string id, string solver, string handler, long evaluations, double tolerance)
    {
        IOptimizationProblem problem = Cec2006.Create(id);
        RunResult result = await Optimizer.SolveAsync(problem, solver == "de" ? new DifferentialEvolution() : new GeneticAlgorithm(), new RunSettings
        {
            Seed = 1,
            Termination = Terminate.AfterEvaluations(evaluations),
            Constraints = handler == "lagrangian" ? new AugmentedLagrangian() : new FeasibilityRules(),
        });
        double best = problem.Spec.KnownOptimum!.Value;
        Assert.That(result.Best!.IsFeasible, Is.True);
        Assert.That(Math.Abs(result.Best.Objectives[0] - best) / Math.Abs(best), Is.LessThanOrEqualTo(tolerance), $"f = {result.Best.Objectives[0]}");
    }
}
