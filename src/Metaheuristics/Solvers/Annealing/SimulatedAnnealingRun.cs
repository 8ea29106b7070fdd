using Metaheuristics.Operators.Mutation;
using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Randomness;
using Metaheuristics.Spaces;

namespace Metaheuristics.Solvers.Annealing;

/// <summary>
/// The run of <see cref="SimulatedAnnealing"/>. Rows 0..K−1 hold each chain's current state, K..2K−1 its proposal,
/// 2K..3K−1 its best state. All per-chain state lives in arrays allocated here.
/// </summary>
internal sealed class SimulatedAnnealingRun : ISolverRun
{
    private readonly ProblemSpec _spec;
    private readonly SimulatedAnnealingOptions _options;
    private readonly ulong _seed;
    private readonly int _chains;
    private readonly Population _population;
    private readonly PermutationMoveMutation[] _permutationMoves;
    private readonly double[] _temperature;
    private readonly double[] _stepSize;
    private readonly double[] _boost;
    private readonly int[] _acceptedInWindow;
    private readonly int[] _stepsWithoutImprovement;
    private readonly int[] _chainOrder;
    private readonly int[] _proposalDiffers;
    private readonly int _geneCount;
    private readonly long? _coolingSteps;
    private readonly CoolingSchedule _cooling;
    private readonly double _initialAcceptance;
    private readonly double _finalTemperatureRatio;
    private double _initialTemperature;
    private double _uphillSum;
    private int _uphillCount;
    private double _alpha;
    private double _scheduled;

    public SimulatedAnnealingRun(ProblemSpec spec, SimulatedAnnealingOptions options, ulong seed, long? evaluationBudget)
    {
        _spec = spec;
        _options = options;
        _seed = seed;
        _chains = options.ChainCount;
        (_cooling, _initialAcceptance, _finalTemperatureRatio) = options.EffectiveFor(spec.Space);
        _population = new Population(spec, 3 * _chains);
        _permutationMoves = [.. options.PermutationMoves.Select(move => new PermutationMoveMutation(move))];
        _temperature = new double[_chains];
        _stepSize = new double[_chains];
        _boost = new double[_chains];
        Array.Fill(_stepSize, options.InitialStepSize);
        _acceptedInWindow = new int[_chains];
        _stepsWithoutImprovement = new int[_chains];
        _chainOrder = new int[_chains];
        _proposalDiffers = new int[_chains];
        Array.Fill(_proposalDiffers, Unknown);
        SearchSpace space = spec.Space;
        _geneCount = space.RealLength + space.IntegerLength + space.BinaryLength;
        // Steps after warm-up that the budget allows: one initial step, the warm-up, then cooling.
        _coolingSteps = evaluationBudget is { } budget ? Math.Max(1, budget / _chains - 1 - options.WarmupSteps) : null;
        if (options.InitialTemperature is { } t0)
        {
            SetInitialTemperature(t0);
        }
    }

    // How a chain's proposal row differs from its current row: not at all, at one gene (a move that was rejected), or
    // in a way not tracked (before the first step, after a permutation move or a restart). A step then brings back only
    // what differs: a single-chain step on a cheap function costs a few hundred nanoseconds, and copying the whole
    // genome every step was a visible part of that.
    private const int Identical = -2, Unknown = -1;

    public int Generation { get; private set; }

    public bool IsFinished => false;

    private bool WarmingUp => _initialTemperature == 0;

    public EvaluationBatch Ask()
    {
        if (Generation == 0)
        {
            for (int chain = 0; chain < _chains; chain++)
            {
                var random = RandomStream.Create(_seed, StreamPurpose.Sampling, 0, chain);
                _spec.Space.Sample(_population.MutableGenomeOf(chain), ref random);
            }
            return new EvaluationBatch(_population, 0, _chains);
        }
        for (int chain = 0; chain < _chains; chain++)
        {
            int proposal = _chains + chain;
            MatchProposal(chain, proposal);
            var random = RandomStream.Create(_seed, StreamPurpose.Move, Generation, chain);
            _proposalDiffers[chain] = Propose(proposal, _stepSize[chain], ref random);
        }
        return new EvaluationBatch(_population, _chains, _chains);
    }

    public void Tell(EvaluationBatch evaluated)
    {
        if (Generation == 0)
        {
            for (int chain = 0; chain < _chains; chain++)
            {
                _population.CopyRow(chain, BestRow(chain));
            }
            Generation++;
            return;
        }
        for (int chain = 0; chain < _chains; chain++)
        {
            Step(chain);
        }
        Generation++;
        int step = Generation - 1;
        if (WarmingUp && step >= _options.WarmupSteps)
        {
            SetInitialTemperature(_uphillCount > 0 ? _uphillSum / _uphillCount / -Math.Log(_initialAcceptance) : 1.0);
        }
        else if (!WarmingUp)
        {
            Cool(step - _options.WarmupSteps);
        }
        if (step % _options.AdaptationWindow == 0)
        {
            AdaptStepSizes();
        }
        if (_options.RestartInterval is { } interval && step % interval == 0)
        {
            RestartWorstChains();
        }
    }

    private int BestRow(int chain) => 2 * _chains + chain;

    /// <summary>Makes <paramref name="proposal"/>'s genome equal to its chain's current one.</summary>
    private void MatchProposal(int chain, int proposal)
    {
        int gene = _proposalDiffers[chain];
        if (gene == Identical)
        {
            return;
        }
        SearchSpace space = _spec.Space;
        if (gene == Unknown)
        {
            _population.RealsOf(chain).CopyTo(_population.RealsOf(proposal));
            _population.IntegersOf(chain).CopyTo(_population.IntegersOf(proposal));
            _population.BitsOf(chain).CopyTo(_population.BitsOf(proposal));
        }
        else if (gene < space.RealLength)
        {
            _population.RealsOf(proposal)[gene] = _population.RealsOf(chain)[gene];
        }
        else if ((gene -= space.RealLength) < space.IntegerLength)
        {
            _population.IntegersOf(proposal)[gene] = _population.IntegersOf(chain)[gene];
        }
        else
        {
            gene -= space.IntegerLength;
            _population.BitsOf(proposal)[gene] = _population.BitsOf(chain)[gene];
        }
        _proposalDiffers[chain] = Identical;
    }

    private void Step(int chain)
    {
        int current = chain, proposal = _chains + chain;
        bool accept = false;
        if (_population.Status[proposal] == RowStatus.Evaluated)
        {
            double levelCurrent = _population.Level[current], levelProposal = _population.Level[proposal];
            double delta = _population.PenalizedObjective(proposal, 0) - _population.PenalizedObjective(current, 0);
            if (WarmingUp)
            {
                accept = true;
                if (delta > 0 && levelCurrent == 0 && levelProposal == 0 && double.IsFinite(delta))
                {
                    _uphillSum += delta;
                    _uphillCount++;
                }
            }
            else if (levelProposal != levelCurrent)
            {
                accept = levelProposal < levelCurrent;
            }
            else if (delta <= 0)
            {
                accept = true;
            }
            else
            {
                var random = RandomStream.Create(_seed, StreamPurpose.Acceptance, Generation, chain);
                double draw = random.NextDouble(), exponent = -delta / _temperature[chain];
                // Below −40 the probability is under 2⁻⁵⁷, less than any draw but 0, so exp is needed only for a draw of 0:
                // at a cold temperature most exponents are far below that, where exp underflows into libm's slow path.
                accept = exponent > -40 ? draw < Math.Exp(exponent) : draw == 0 && Math.Exp(exponent) > 0;
            }
        }
        if (accept)
        {
            _population.CopyRow(proposal, current);
            _proposalDiffers[chain] = Identical;
            _acceptedInWindow[chain]++;
        }
        if (IsBetter(current, BestRow(chain)))
        {
            _population.CopyRow(current, BestRow(chain));
            _stepsWithoutImprovement[chain] = 0;
        }
        else if (++_stepsWithoutImprovement[chain] >= (_options.ReheatAfter ?? int.MaxValue) && !WarmingUp)
        {
            _boost[chain] = Math.Max(_boost[chain], _initialTemperature * _options.ReheatFactor / _scheduled);
            _temperature[chain] = _scheduled * _boost[chain];
            _stepsWithoutImprovement[chain] = 0;
        }
    }

    private bool IsBetter(int row, int than) => RowRanking.IsBetter(_population, row, than);

    private void SetInitialTemperature(double temperature)
    {
        _initialTemperature = temperature;
        _scheduled = temperature;
        Array.Fill(_temperature, temperature);
        Array.Fill(_boost, 1.0);
        _alpha = _coolingSteps is { } steps ? Math.Pow(_finalTemperatureRatio, 1.0 / steps) : _options.CoolingRate;
    }

    /// <summary>
    /// Sets the schedule's temperature for <paramref name="step"/> (counted after warm-up); each chain runs at that
    /// temperature times its own boost, which a reheat raises and which decays back to 1 geometrically.
    /// </summary>
    private void Cool(long step)
    {
        double t0 = _initialTemperature;
        double progress = _coolingSteps is { } steps ? Math.Min(1, (double)step / steps) : 0;
        switch (_cooling)
        {
            case CoolingSchedule.Linear when _coolingSteps is not null:
                _scheduled = t0 * (1 - (1 - _finalTemperatureRatio) * progress);
                break;
            case CoolingSchedule.Logarithmic:
                _scheduled = t0 / Math.Log(Math.E + step);
                break;
            case CoolingSchedule.Adaptive:
                if (step > 0 && step % _options.AdaptationWindow == 0)
                {
                    // Follow a target acceptance that falls from the initial acceptance to 0 over the budget (Lam-style).
                    double target = _initialAcceptance * (1 - progress) * (1 - progress);
                    int accepted = 0;
                    foreach (int count in _acceptedInWindow)
                    {
                        accepted += count;
                    }
                    double observed = accepted / (double)(_chains * _options.AdaptationWindow);
                    _scheduled *= Math.Exp(2 * (target - observed));
                }
                break;
            default:
                _scheduled *= _alpha;
                break;
        }
        for (int chain = 0; chain < _chains; chain++)
        {
            _boost[chain] = Math.Max(1, _boost[chain] * _alpha);
            _temperature[chain] = _scheduled * _boost[chain];
        }
    }

    /// <summary>Corana-style: widen the step when more than the target share of moves is accepted, narrow it when fewer.</summary>
    private void AdaptStepSizes()
    {
        for (int chain = 0; chain < _chains; chain++)
        {
            double rate = _acceptedInWindow[chain] / (double)_options.AdaptationWindow;
            _stepSize[chain] = Math.Clamp(_stepSize[chain] * Math.Exp(2 * (rate - _options.StepTargetAcceptance)), 1e-9, 1);
            _acceptedInWindow[chain] = 0;
        }
    }

    private void RestartWorstChains()
    {
        Span<int> order = _chainOrder;
        for (int chain = 0; chain < _chains; chain++)
        {
            order[chain] = chain;
        }
        // Insertion sort by each chain's best: K is small, and this keeps ties in chain order.
        for (int i = 1; i < order.Length; i++)
        {
            int chain = order[i], j = i - 1;
            while (j >= 0 && IsBetter(BestRow(chain), BestRow(order[j])))
            {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = chain;
        }
        int restarted = Math.Max(1, _chains / 4);
        for (int i = _chains - restarted; i < _chains && i > 0; i++)
        {
            _population.CopyRow(BestRow(order[0]), order[i]);
            _proposalDiffers[order[i]] = Unknown;
            _stepsWithoutImprovement[order[i]] = 0;
        }
    }

    /// <summary>
    /// Changes one gene, drawn uniformly over all genes, and returns its index (reals, then integers, then bits); a
    /// permutation gene means one permutation move, which may move many, and returns <see cref="Unknown"/>.
    /// </summary>
    private int Propose(int row, double stepSize, ref RandomStream random)
    {
        SearchSpace space = _spec.Space;
        int gene = random.NextInt(_geneCount);
        if (gene < space.RealLength)
        {
            double lower = space.RealLower[gene], upper = space.RealUpper[gene];
            Span<double> reals = _population.RealsOf(row);
            reals[gene] = Reflect(reals[gene] + random.NextGaussian() * stepSize * (upper - lower), lower, upper);
            return gene;
        }
        int drawn = gene;
        gene -= space.RealLength;
        if (gene < space.IntegerLength)
        {
            foreach (Segment segment in space.SegmentSpan)
            {
                if (segment.Lane != GeneLane.Integer || gene < segment.Offset || gene >= segment.Offset + segment.Length)
                {
                    continue;
                }
                Span<int> integers = _population.IntegersOf(row);
                if (segment.Kind == SegmentKind.Permutation)
                {
                    PermutationMoveMutation move = _permutationMoves[random.NextInt(_permutationMoves.Length)];
                    move.Mutate(integers.Slice(segment.Offset, segment.Length), 1, ref random);
                    return Unknown;
                }
                int lower = space.IntegerLower[gene], upper = space.IntegerUpper[gene];
                int step = (int)Math.Round(random.NextGaussian() * stepSize * (upper - lower));
                if (step == 0)
                {
                    step = random.NextBool() ? 1 : -1;
                }
                integers[gene] = Math.Clamp(integers[gene] + step, lower, upper);
                return drawn;
            }
        }
        gene -= space.IntegerLength;
        _population.BitsOf(row)[gene] ^= 1;
        return drawn;
    }

    private static double Reflect(double value, double lower, double upper)
    {
        if (value < lower)
        {
            value = lower + (lower - value);
        }
        else if (value > upper)
        {
            value = upper - (value - upper);
        }
        return Math.Clamp(value, lower, upper);
    }
}
