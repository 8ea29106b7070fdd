using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Randomness;

namespace Metaheuristics.Solvers.RandomSearch;

/// <summary>The run of <see cref="RandomSearchSolver"/>: one reused population, one keyed stream per row and generation.</summary>
internal sealed class RandomSearchRun(ProblemSpec spec, RandomSearchOptions options, ulong seed) : ISolverRun
{
    private readonly Population _population = new(spec, options.BatchSize);

    public int Generation { get; private set; }

    public bool IsFinished => false;

    public EvaluationBatch Ask()
    {
        for (int row = 0; row < _population.Capacity; row++)
        {
            var random = RandomStream.Create(seed, StreamPurpose.Sampling, Generation, row);
            spec.Space.Sample(_population.MutableGenomeOf(row), ref random);
        }
        return new EvaluationBatch(_population, 0, _population.Capacity);
    }

    public void Tell(EvaluationBatch evaluated) => Generation++;
}
