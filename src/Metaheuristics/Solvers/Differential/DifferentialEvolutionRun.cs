using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Randomness;
using Metaheuristics.Spaces;

namespace Metaheuristics.Solvers.Differential;

/// <summary>
/// The run of <see cref="DifferentialEvolution"/>. Rows 0..NP−1 hold the population, rows NP..2NP−1 the trials; each
/// individual's F and CR (and its trial's) live in arrays allocated here.
/// </summary>
internal sealed class DifferentialEvolutionRun : ISolverRun
{
    private const double Tau = 0.1;

    private readonly ProblemSpec _spec;
    private readonly DifferentialEvolutionOptions _options;
    private readonly ulong _seed;
    private readonly int _size;
    private readonly Population _population;
    private readonly double[] _weight;
    private readonly double[] _rate;
    private readonly double[] _trialWeight;
    private readonly double[] _trialRate;
    private int _best;

    public DifferentialEvolutionRun(ProblemSpec spec, DifferentialEvolutionOptions options, ulong seed)
    {
        _spec = spec;
        _options = options;
        _seed = seed;
        _size = options.PopulationSize;
        _population = new Population(spec, 2 * _size);
        _weight = new double[_size];
        _rate = new double[_size];
        _trialWeight = new double[_size];
        _trialRate = new double[_size];
        Array.Fill(_weight, options.DifferentialWeight);
        Array.Fill(_rate, options.CrossoverRate);
    }

    public int Generation { get; private set; }

    public bool IsFinished => false;

    public EvaluationBatch Ask()
    {
        if (Generation == 0)
        {
            for (int row = 0; row < _size; row++)
            {
                var random = RandomStream.Create(_seed, StreamPurpose.Sampling, 0, row);
                _spec.Space.Sample(_population.MutableGenomeOf(row), ref random);
            }
            return new EvaluationBatch(_population, 0, _size);
        }
        for (int i = 0; i < _size; i++)
        {
            var random = RandomStream.Create(_seed, StreamPurpose.Crossover, Generation, i);
            BreedTrial(i, ref random);
        }
        return new EvaluationBatch(_population, _size, _size);
    }

    public void Tell(EvaluationBatch evaluated)
    {
        if (Generation > 0)
        {
            for (int i = 0; i < _size; i++)
            {
                int trial = _size + i;
                // A trial that ranks no worse replaces its parent: accepting ties lets DE drift across plateaus.
                if (_population.Status[trial] == RowStatus.Evaluated && !RowRanking.IsBetter(_population, i, trial))
                {
                    _population.CopyRow(trial, i);
                    _weight[i] = _trialWeight[i];
                    _rate[i] = _trialRate[i];
                }
            }
        }
        _best = 0;
        for (int i = 1; i < _size; i++)
        {
            if (RowRanking.IsBetter(_population, i, _best))
            {
                _best = i;
            }
        }
        Generation++;
    }

    private void BreedTrial(int target, ref RandomStream random)
    {
        double weight = _weight[target], rate = _rate[target];
        if (_options.SelfAdaptive)
        {
            if (random.NextDouble() < Tau)
            {
                weight = 0.1 + 0.9 * random.NextDouble();
            }
            if (random.NextDouble() < Tau)
            {
                rate = random.NextDouble();
            }
        }
        _trialWeight[target] = weight;
        _trialRate[target] = rate;

        int r1 = DrawOther(target, -1, -1, ref random);
        int r2 = DrawOther(target, r1, -1, ref random);
        int r3 = DrawOther(target, r1, r2, ref random);
        // v = base + F·(pull − target) + F·(plus − minus); pull is the target itself except for current-to-best.
        (int baseRow, int plus, int minus, int pull) = _options.Strategy switch
        {
            DifferentialStrategy.Best1 => (_best, r1, r2, target),
            DifferentialStrategy.CurrentToBest1 => (target, r1, r2, _best),
            _ => (r1, r2, r3, target),
        };

        SearchSpace space = _spec.Space;
        int realLength = space.RealLength, geneCount = realLength + space.IntegerLength;
        int forced = random.NextInt(geneCount);
        Span<double> trialReals = _population.RealsOf(_size + target);
        Span<int> trialIntegers = _population.IntegersOf(_size + target);
        ReadOnlySpan<double> targetReals = _population.RealsOf(target), baseReals = _population.RealsOf(baseRow);
        ReadOnlySpan<double> plusReals = _population.RealsOf(plus), minusReals = _population.RealsOf(minus), pullReals = _population.RealsOf(pull);
        ReadOnlySpan<int> targetIntegers = _population.IntegersOf(target), baseIntegers = _population.IntegersOf(baseRow);
        ReadOnlySpan<int> plusIntegers = _population.IntegersOf(plus), minusIntegers = _population.IntegersOf(minus), pullIntegers = _population.IntegersOf(pull);
        targetReals.CopyTo(trialReals);
        targetIntegers.CopyTo(trialIntegers);
        for (int gene = 0; gene < geneCount; gene++)
        {
            if (gene != forced && random.NextDouble() >= rate)
            {
                continue;
            }
            if (gene < realLength)
            {
                double mutant = baseReals[gene] + weight * (pullReals[gene] - targetReals[gene]) + weight * (plusReals[gene] - minusReals[gene]);
                trialReals[gene] = BounceBack(mutant, targetReals[gene], space.RealLower[gene], space.RealUpper[gene]);
            }
            else
            {
                int g = gene - realLength;
                double mutant = baseIntegers[g] + weight * (pullIntegers[g] - targetIntegers[g]) + weight * (plusIntegers[g] - minusIntegers[g]);
                double value = BounceBack(mutant, targetIntegers[g], space.IntegerLower[g], space.IntegerUpper[g]);
                trialIntegers[g] = Math.Clamp((int)Math.Round(value, MidpointRounding.AwayFromZero), space.IntegerLower[g], space.IntegerUpper[g]);
            }
        }
    }

    /// <summary>
    /// A mutant outside the box lands halfway between its parent and the bound it crossed: unlike clamping it does not
    /// pile individuals on the bound, and the parent is always inside.
    /// </summary>
    private static double BounceBack(double value, double parent, double lower, double upper)
    {
        if (value < lower)
        {
            return lower + 0.5 * (parent - lower);
        }
        return value > upper ? upper - 0.5 * (upper - parent) : value;
    }

    private int DrawOther(int a, int b, int c, ref RandomStream random)
    {
        while (true)
        {
            int row = random.NextInt(_size);
            if (row != a && row != b && row != c)
            {
                return row;
            }
        }
    }
}
