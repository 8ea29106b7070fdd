using Metaheuristics.Populations;
using Metaheuristics.Problems;

namespace Metaheuristics.Constraints;

/// <summary>
/// The augmented Lagrangian (Powell–Hestenes–Rockafellar form, as Deb and Srivastava 2012 use it inside a genetic
/// algorithm). Rows are ranked by
/// f + (ρ/2)·Σᵢ[max(0, ĝᵢ + λᵢ/ρ)² − (λᵢ/ρ)²] + Σⱼ[μⱼĥⱼ + (ρ/2)ĥⱼ²],
/// where ĝ and ĥ are the constraints divided by their mean magnitude on the initial population (equalities shrunk by
/// their tolerance band first). Every k generations the row that ranks best updates the multipliers,
/// λᵢ ← max(0, λᵢ + ρĝᵢ), μⱼ ← μⱼ + ρĥⱼ, and ρ grows by a factor when that row's violation did not fall below γ times
/// its value at the previous update. With multipliers near their optimal values the penalized optimum is the
/// constrained one without an infinite ρ, which is what lets an evolutionary search converge to it precisely.
/// </summary>
public sealed class AugmentedLagrangian : IConstraintHandler
{
    /// <summary>Creates the handler with <paramref name="options"/> (validated here).</summary>
    public AugmentedLagrangian(AugmentedLagrangianOptions? options = null)
    {
        Options = options ?? new AugmentedLagrangianOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public AugmentedLagrangianOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "lagrangian";

    /// <inheritdoc/>
    public bool RanksFeasibleFirst => false;

    /// <inheritdoc/>
    public ConstraintHandlerRun Start(ProblemSpec spec, ConstraintRunContext context)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new Run(Options, spec);
    }

    private sealed class Run(AugmentedLagrangianOptions options, ProblemSpec spec) : ConstraintHandlerRun
    {
        private readonly int _inequalities = spec.InequalityCount;
        private readonly double _tolerance = spec.EqualityTolerance;
        private readonly double[] _scales = new double[spec.ConstraintCount];
        private readonly double[] _multipliers = new double[spec.ConstraintCount];
        private double _rho;
        private double _maxRho;
        private double _previousViolation = double.PositiveInfinity;
        private ConstraintHandlerState? _state;

        public override ConstraintHandlerState? State => _state;

        public override void Rank(Population population, ConstraintProgress progress)
        {
            if (_rho == 0)
            {
                Initialize(population);
            }
            Penalize(population);
            if (progress.Generation > 0 && progress.Generation % options.UpdateInterval == 0 && _multipliers.Length > 0)
            {
                int best = BestRow(population);
                if (best >= 0)
                {
                    Update(population.ConstraintsOf(best));
                    Penalize(population);
                }
            }
        }

        private void Initialize(Population population)
        {
            if (options.NormalizeConstraints)
            {
                PenaltyScale.MeasureConstraints(population, _scales);
            }
            else
            {
                _scales.AsSpan().Fill(1);
            }
            // The quadratic term is (ρ/2)·Σv̂², hence twice the weight that matches the objective's spread.
            _rho = options.InitialPenalty ?? 2 * PenaltyScale.InitialWeight(population, _scales, _inequalities, _tolerance);
            _maxRho = _rho * options.MaxPenaltyGrowth;
            Snapshot();
        }

        private void Penalize(Population population)
        {
            for (int row = 0; row < population.Capacity; row++)
            {
                if (ConstraintValues.IsScored(population, row))
                {
                    population.Level[row] = 0;
                    population.Penalty[row] = Penalty(population.ConstraintsOf(row));
                }
            }
        }

        private double Penalty(ReadOnlySpan<double> constraints)
        {
            double quadratic = 0, linear = 0;
            for (int i = 0; i < _multipliers.Length; i++)
            {
                double c = ConstraintValues.Signed(constraints, _inequalities, _tolerance, i) / _scales[i];
                if (i < _inequalities)
                {
                    double shifted = Math.Max(0, c + _multipliers[i] / _rho);
                    double free = _multipliers[i] / _rho;
                    quadratic += shifted * shifted - free * free;
                }
                else
                {
                    linear += _multipliers[i] * c;
                    quadratic += c * c;
                }
            }
            return linear + 0.5 * _rho * quadratic;
        }

        /// <summary>The scored row with the least penalized objective (summed over objectives when there are several).</summary>
        private static int BestRow(Population population)
        {
            int best = -1;
            double bestValue = double.PositiveInfinity;
            for (int row = 0; row < population.Capacity; row++)
            {
                if (!ConstraintValues.IsScored(population, row))
                {
                    continue;
                }
                double value = 0;
                for (int k = 0; k < population.ObjectiveCount; k++)
                {
                    value += population.PenalizedObjective(row, k);
                }
                if (value < bestValue)
                {
                    best = row;
                    bestValue = value;
                }
            }
            return best;
        }

        private void Update(ReadOnlySpan<double> constraints)
        {
            double violation = 0;
            for (int i = 0; i < _multipliers.Length; i++)
            {
                double c = ConstraintValues.Signed(constraints, _inequalities, _tolerance, i) / _scales[i];
                _multipliers[i] = i < _inequalities ? Math.Max(0, _multipliers[i] + _rho * c) : _multipliers[i] + _rho * c;
                double v = i < _inequalities ? Math.Max(0, c) : c;
                violation += v * v;
            }
            violation = Math.Sqrt(violation);
            if (violation > 0 && violation > options.RequiredReduction * _previousViolation)
            {
                _rho = Math.Min(_maxRho, _rho * options.PenaltyGrowth);
            }
            _previousViolation = violation;
            Snapshot();
        }

        private void Snapshot()
        {
            var multipliers = new double[_multipliers.Length];
            for (int i = 0; i < multipliers.Length; i++)
            {
                // λ̂ multiplies g/s, so in the raw constraint's units the multiplier is λ̂/s.
                multipliers[i] = _multipliers[i] / _scales[i];
            }
            _state = new ConstraintHandlerState("lagrangian", null, _rho, multipliers);
        }
    }
}
