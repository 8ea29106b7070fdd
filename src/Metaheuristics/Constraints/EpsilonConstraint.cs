using Metaheuristics.Populations;
using Metaheuristics.Problems;

namespace Metaheuristics.Constraints;

/// <summary>
/// The ε-constraint method (Takahama and Sakai): rows whose violation is at most ε compare by objective as if
/// feasible; the others by violation. ε starts at the violation of the θ-quantile of the initial population and falls
/// as ε(0)·(1 − t/T꜀)^cp to 0 at T꜀, so the search first crosses infeasible valleys freely and ends on feasibility rules.
/// </summary>
public sealed class EpsilonConstraint : IConstraintHandler
{
    /// <summary>Creates the handler with <paramref name="options"/> (validated here).</summary>
    public EpsilonConstraint(EpsilonConstraintOptions? options = null)
    {
        Options = options ?? new EpsilonConstraintOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public EpsilonConstraintOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "epsilon";

    /// <inheritdoc/>
    public bool RanksFeasibleFirst => false;

    /// <inheritdoc/>
    public ConstraintHandlerRun Start(ProblemSpec spec, ConstraintRunContext context) => new Run(Options, context.EvaluationBudget);

    private sealed class Run(EpsilonConstraintOptions options, long? budget) : ConstraintHandlerRun
    {
        private double _initialEpsilon = double.NaN;
        private double _epsilon;
        private ConstraintHandlerState? _state;

        public override ConstraintHandlerState? State => _state;

        public override void Rank(Population population, ConstraintProgress progress)
        {
            if (double.IsNaN(_initialEpsilon))
            {
                _initialEpsilon = Quantile(population, options.Theta);
            }
            double time = budget is { } b
                ? progress.Evaluations / (options.ControlFraction * b)
                : progress.Generation / (double)options.ControlGenerations;
            double epsilon = time >= 1 ? 0 : _initialEpsilon * Math.Pow(1 - time, options.Exponent);
            if (_state is null || epsilon != _epsilon)
            {
                _epsilon = epsilon;
                _state = new ConstraintHandlerState("epsilon", epsilon, null, null);
            }
            for (int row = 0; row < population.Capacity; row++)
            {
                if (ConstraintValues.IsScored(population, row))
                {
                    double violation = population.Violation[row];
                    population.Level[row] = violation <= epsilon ? 0 : violation;
                    population.Penalty[row] = 0;
                }
            }
        }

        /// <summary>The violation at quantile <paramref name="theta"/> of the scored rows (lowest first).</summary>
        private static double Quantile(Population population, double theta)
        {
            var violations = new List<double>(population.Capacity);
            for (int row = 0; row < population.Capacity; row++)
            {
                if (ConstraintValues.IsScored(population, row))
                {
                    violations.Add(population.Violation[row]);
                }
            }
            if (violations.Count == 0)
            {
                return 0;
            }
            violations.Sort();
            double value = violations[Math.Min(violations.Count - 1, (int)(theta * violations.Count))];
            return double.IsFinite(value) ? value : 0;
        }
    }
}
