using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Randomness;

namespace Metaheuristics.Constraints;

/// <summary>
/// Stochastic ranking (Runarsson and Yao 2000): the scored rows are ordered by a bubble sort whose adjacent comparisons
/// use the objective when both rows are feasible or, with probability P_f, anyway, and the violation otherwise; a row's
/// level is its place in that order. Balances objective and violation without a penalty weight. Single objective only.
/// The coin flips come from a stream keyed by the run's seed and the generation, so ranks are reproducible.
/// </summary>
public sealed class StochasticRanking : IConstraintHandler
{
    /// <summary>Creates the handler with <paramref name="options"/> (validated here).</summary>
    public StochasticRanking(StochasticRankingOptions? options = null)
    {
        Options = options ?? new StochasticRankingOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public StochasticRankingOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "stochastic-ranking";

    /// <inheritdoc/>
    public bool RanksFeasibleFirst => false;

    /// <inheritdoc/>
    public ConstraintHandlerRun Start(ProblemSpec spec, ConstraintRunContext context)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.IsMultiObjective)
        {
            throw new ArgumentException(
                $"Stochastic ranking compares one objective; problem '{spec.Name}' has {spec.ObjectiveCount}. Use feasibility, epsilon or a penalty handler.", nameof(spec));
        }
        return new Run(Options, context.Seed);
    }

    private sealed class Run(StochasticRankingOptions options, ulong seed) : ConstraintHandlerRun
    {
        private int[] _order = [];

        public override void Rank(Population population, ConstraintProgress progress)
        {
            if (_order.Length != population.Capacity)
            {
                _order = new int[population.Capacity];
            }
            int n = 0;
            for (int row = 0; row < population.Capacity; row++)
            {
                if (ConstraintValues.IsScored(population, row))
                {
                    _order[n++] = row;
                }
            }
            Span<int> order = _order.AsSpan(0, n);
            var random = RandomStream.Create(seed, StreamPurpose.ConstraintHandling, progress.Generation, 0);
            int sweeps = options.Sweeps ?? n;
            for (int sweep = 0; sweep < sweeps; sweep++)
            {
                bool swapped = false;
                for (int j = 0; j + 1 < n; j++)
                {
                    int a = order[j], b = order[j + 1];
                    double va = population.Violation[a], vb = population.Violation[b];
                    bool byObjective = (va == 0 && vb == 0) || random.NextDouble() < options.ObjectiveProbability;
                    bool swap = byObjective
                        ? population.ObjectivesOf(a)[0] > population.ObjectivesOf(b)[0]
                        : va > vb;
                    if (swap)
                    {
                        order[j] = b;
                        order[j + 1] = a;
                        swapped = true;
                    }
                }
                if (!swapped)
                {
                    break;
                }
            }
            for (int i = 0; i < n; i++)
            {
                population.Level[order[i]] = i;
                population.Penalty[order[i]] = 0;
            }
        }
    }
}
