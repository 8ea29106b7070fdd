using Metaheuristics.Constraints;
using Metaheuristics.Evaluation;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Solvers;
using Metaheuristics.Solvers.Annealing;
using Metaheuristics.Solvers.Differential;
using Metaheuristics.Solvers.Genetic;
using Metaheuristics.Solvers.Nsga2;
using Metaheuristics.Solvers.Swarm;
using Metaheuristics.Spaces;
using Metaheuristics.Termination;

namespace Metaheuristics.Tests.Constraints;

/// <summary>Any solver takes any handler: every pairing runs, is reproducible across thread counts, and ends feasible.</summary>
public sealed class HandlerSolverMatrixTests
{
    // min (x − 2)² + (y − 1)² s.t. x² − y ≤ 0, x + y ≤ 2: f* = 1 at (1, 1).
    private static IProblem TwoActive() => Problem.Minimize(SearchSpace.Real(2, -3, 3),
        x => (x[0] - 2) * (x[0] - 2) + (x[1] - 1) * (x[1] - 1),
        inequalities: [x => x[0] * x[0] - x[1], x => x[0] + x[1] - 2], name: "two-active");

    private static IEnumerable<TestCaseData> Pairings()
    {
        foreach (string solver in new[] { "ga", "sa", "pso", "de" })
        {
            foreach (IConstraintHandler handler in RankingRuleTests.AllHandlers())
            {
                yield return new TestCaseData(solver, handler.Name).SetName($"{solver} + {handler.Name}");
            }
        }
    }

    private static ISolver Solver(string name) => name switch
    {
        "ga" => new GeneticAlgorithm(),
        "sa" => new SimulatedAnnealing(new SimulatedAnnealingOptions { ChainCount = 4 }),
        "pso" => new ParticleSwarm(),
        _ => new DifferentialEvolution(),
    };

    private static IConstraintHandler Handler(string name) => RankingRuleTests.AllHandlers().Single(h => h.Name == name);

    [TestCaseSource(nameof(Pairings))]
    public async Task Solve_EveryPairing_FeasibleNearTheOptimum_AndTheSameOnTwoThreads(string solver, string handler)
    {
        RunResult one = await Solve(solver, handler, threads: 1);
        RunResult two = await Solve(solver, handler, threads: 2);
        Assert.That(two.Best!.Candidate.Reals, Is.EqualTo(one.Best!.Candidate.Reals));
        Assert.That(one.Best.IsFeasible, Is.True);
        // A loose bound: every pairing must find the neighbourhood of the optimum; precision is the benchmarks' business.
        Assert.That(one.Best.Objectives[0], Is.EqualTo(1).Within(0.05));
        Assert.That(one.ConstraintHandlerName, Is.EqualTo(handler));
    }

    private static Task<RunResult> Solve(string solver, string handler, int threads) =>
        Optimizer.SolveAsync(TwoActive(), Solver(solver), new RunSettings
        {
            Seed = 11,
            Termination = Terminate.AfterEvaluations(20_000),
            Constraints = Handler(handler),
            Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = threads, MinimumWorkPerTask = TimeSpan.FromTicks(1) },
        });

    [TestCase("lagrangian")]
    [TestCase("static-penalty")]
    [TestCase("epsilon")]
    public async Task Nsga2_PenaltyOrEpsilonHandler_ParetoSetIsFeasibleAndNonDominated(string handler)
    {
        // Two objectives x and y over [0, 1]² with x + y ≥ 1 (g = 1 − x − y ≤ 0): the front is the segment x + y = 1.
        var spec = new ProblemSpec
        {
            Name = "segment",
            Space = SearchSpace.Real(2, 0, 1),
            Objectives = [ObjectiveSpec.Minimize("x"), ObjectiveSpec.Minimize("y")],
            InequalityCount = 1,
        };
        IProblem problem = Problem.Create(spec, (genome, f, g) =>
        {
            f[0] = genome[0];
            f[1] = genome[1];
            g[0] = 1 - genome[0] - genome[1];
        });
        RunResult result = await Optimizer.SolveAsync(problem, new Nsga2Solver(new Nsga2Options { PopulationSize = 40 }), new RunSettings
        {
            Seed = 2,
            Termination = Terminate.AfterEvaluations(8_000),
            Constraints = Handler(handler),
        });
        Assert.That(result.ParetoSet, Has.Count.GreaterThan(10));
        Assert.That(result.ParetoSet.Select(s => s.IsFeasible), Has.All.True);
        Assert.That(result.ParetoSet.Select(s => s.Objectives[0] + s.Objectives[1]), Has.All.InRange(1.0, 1.02));
    }

    [Test]
    public void Nsga2_StochasticRanking_RefusedWithReason()
    {
        var spec = new ProblemSpec
        {
            Name = "two",
            Space = SearchSpace.Real(2, 0, 1),
            Objectives = [ObjectiveSpec.Minimize("a"), ObjectiveSpec.Minimize("b")],
        };
        IProblem problem = Problem.Create(spec, (genome, f, _) => { f[0] = genome[0]; f[1] = genome[1]; });
        var error = Assert.ThrowsAsync<ArgumentException>(() => Optimizer.SolveAsync(problem, new Nsga2Solver(),
            new RunSettings { Constraints = new StochasticRanking() }));
        Assert.That(error!.Message, Does.Contain("Stochastic ranking"));
    }
}
