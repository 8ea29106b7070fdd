using Metaheuristics.Populations;
using Metaheuristics.Problems;

namespace Metaheuristics.Constraints;

/// <summary>
/// A static penalty: every row is ranked by f + Σ wᵢ·vᵢ^β with fixed weights, vᵢ being constraint i's violation in its
/// own units. The weights are the user's to choose: too small and the answer is infeasible, too large and the search
/// sees little but the boundary.
/// </summary>
public sealed class StaticPenalty : IConstraintHandler
{
    /// <summary>Creates the handler with <paramref name="options"/> (validated here).</summary>
    public StaticPenalty(StaticPenaltyOptions? options = null)
    {
        Options = options ?? new StaticPenaltyOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public StaticPenaltyOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "static-penalty";

    /// <inheritdoc/>
    public bool RanksFeasibleFirst => false;

    /// <inheritdoc/>
    public ConstraintHandlerRun Start(ProblemSpec spec, ConstraintRunContext context)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (Options.Weights is { } given && given.Count != spec.ConstraintCount)
        {
            throw new ArgumentException(
                $"StaticPenaltyOptions.Weights has {given.Count} weights; problem '{spec.Name}' has {spec.ConstraintCount} constraints.", nameof(spec));
        }
        var weights = new double[spec.ConstraintCount];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = Options.Weights?[i] ?? Options.Weight;
        }
        return new Run(weights, Options.Exponent, spec.InequalityCount, spec.EqualityTolerance);
    }

    private sealed class Run(double[] weights, double exponent, int inequalities, double tolerance) : ConstraintHandlerRun
    {
        public override void Rank(Population population, ConstraintProgress progress)
        {
            for (int row = 0; row < population.Capacity; row++)
            {
                if (!ConstraintValues.IsScored(population, row))
                {
                    continue;
                }
                ReadOnlySpan<double> constraints = population.ConstraintsOf(row);
                double penalty = 0;
                for (int i = 0; i < weights.Length; i++)
                {
                    double v = ConstraintValues.Violation(constraints, inequalities, tolerance, i);
                    penalty += v == 0 ? 0 : weights[i] * (exponent == 1 ? v : Math.Pow(v, exponent));
                }
                population.Level[row] = 0;
                population.Penalty[row] = penalty;
            }
        }
    }
}
