using Metaheuristics.Populations;
using Metaheuristics.Problems;

namespace Metaheuristics.Constraints;

/// <summary>
/// An adaptive penalty: rows are ranked by f + w·Σ(vᵢ/sᵢ)², constraints normalized by their typical magnitude sᵢ on the
/// initial population; after each generation w grows when fewer than the target share of the scored rows were feasible
/// and shrinks when more were, so the population straddles the boundary where constrained optima lie.
/// </summary>
public sealed class AdaptivePenalty : IConstraintHandler
{
    /// <summary>Creates the handler with <paramref name="options"/> (validated here).</summary>
    public AdaptivePenalty(AdaptivePenaltyOptions? options = null)
    {
        Options = options ?? new AdaptivePenaltyOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public AdaptivePenaltyOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "adaptive-penalty";

    /// <inheritdoc/>
    public bool RanksFeasibleFirst => false;

    /// <inheritdoc/>
    public ConstraintHandlerRun Start(ProblemSpec spec, ConstraintRunContext context)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new Run(Options, spec);
    }

    private sealed class Run(AdaptivePenaltyOptions options, ProblemSpec spec) : ConstraintHandlerRun
    {
        private readonly double[] _scales = new double[spec.ConstraintCount];
        private double _weight;
        private double _maxWeight;
        private ConstraintHandlerState? _state;

        public override ConstraintHandlerState? State => _state;

        public override void Rank(Population population, ConstraintProgress progress)
        {
            if (_weight == 0)
            {
                PenaltyScale.MeasureConstraints(population, _scales);
                _weight = options.InitialWeight ?? PenaltyScale.InitialWeight(population, _scales, spec.InequalityCount, spec.EqualityTolerance);
                _maxWeight = _weight * options.MaxGrowth;
                _state = new ConstraintHandlerState("adaptive-penalty", null, _weight, null);
            }
            else
            {
                Adapt(population);
            }
            for (int row = 0; row < population.Capacity; row++)
            {
                if (ConstraintValues.IsScored(population, row))
                {
                    population.Level[row] = 0;
                    population.Penalty[row] = _weight * PenaltyScale.SquaredNormalizedViolation(
                        population.ConstraintsOf(row), _scales, spec.InequalityCount, spec.EqualityTolerance);
                }
            }
        }

        private void Adapt(Population population)
        {
            int scored = 0, feasible = 0;
            for (int row = 0; row < population.Capacity; row++)
            {
                if (ConstraintValues.IsScored(population, row))
                {
                    scored++;
                    feasible += population.Violation[row] == 0 ? 1 : 0;
                }
            }
            double previous = _weight;
            double fraction = scored == 0 ? options.TargetFeasibleFraction : (double)feasible / scored;
            if (fraction < options.TargetFeasibleFraction)
            {
                _weight = Math.Min(_maxWeight, _weight * options.IncreaseFactor);
            }
            else if (fraction > options.TargetFeasibleFraction)
            {
                _weight /= options.DecreaseFactor;
            }
            if (_weight != previous)
            {
                _state = new ConstraintHandlerState("adaptive-penalty", null, _weight, null);
            }
        }
    }
}
