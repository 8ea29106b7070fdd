using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>
/// Simulated binary crossover (SBX; Deb &amp; Agrawal 1995) in its bounded form (Deb's NSGA-II code): children spread
/// around the parents with a polynomial distribution whose concentration grows with <see cref="DistributionIndex"/>.
/// </summary>
public sealed class SimulatedBinaryCrossover : IRealCrossover, IIntegerCrossover
{
    private readonly DistributionPowers _powers;

    /// <summary>Creates SBX with distribution index η_c and per-variable probability.</summary>
    /// <param name="distributionIndex">η_c: larger keeps children nearer their parents. Typical 2–20.</param>
    /// <param name="variableProbability">The chance each variable is recombined (the rest are inherited).</param>
    public SimulatedBinaryCrossover(double distributionIndex = 15, double variableProbability = 0.5)
    {
        if (!(distributionIndex >= 0) || !double.IsFinite(distributionIndex))
        {
            throw new ArgumentOutOfRangeException(nameof(distributionIndex), distributionIndex, "distributionIndex must be finite and >= 0.");
        }
        if (!(variableProbability is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(variableProbability), variableProbability, "variableProbability must be in [0, 1].");
        }
        DistributionIndex = distributionIndex;
        VariableProbability = variableProbability;
        _powers = new DistributionPowers(distributionIndex);
    }

    /// <summary>η_c.</summary>
    public double DistributionIndex { get; }

    /// <summary>The chance each variable is recombined.</summary>
    public double VariableProbability { get; }

    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<double> parent1, ReadOnlySpan<double> parent2, Span<double> child1, Span<double> child2,
        ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, ref RandomStream random)
    {
        for (int i = 0; i < parent1.Length; i++)
        {
            (child1[i], child2[i]) = CrossGene(parent1[i], parent2[i], lower[i], upper[i], ref random);
        }
    }

    /// <inheritdoc/>
    /// <remarks>Integers are recombined as reals and rounded back into bounds (as pymoo does).</remarks>
    public void Cross(ReadOnlySpan<int> parent1, ReadOnlySpan<int> parent2, Span<int> child1, Span<int> child2,
        ReadOnlySpan<int> lower, ReadOnlySpan<int> upper, ref RandomStream random)
    {
        for (int i = 0; i < parent1.Length; i++)
        {
            (double a, double b) = CrossGene(parent1[i], parent2[i], lower[i] - 0.5, upper[i] + 0.5, ref random);
            child1[i] = Math.Clamp((int)Math.Round(a, MidpointRounding.AwayFromZero), lower[i], upper[i]);
            child2[i] = Math.Clamp((int)Math.Round(b, MidpointRounding.AwayFromZero), lower[i], upper[i]);
        }
    }

    private (double, double) CrossGene(double x1, double x2, double lower, double upper, ref RandomStream random)
    {
        if (random.NextDouble() >= VariableProbability || Math.Abs(x1 - x2) <= 1e-14 || upper <= lower)
        {
            return (x1, x2);
        }
        double y1 = Math.Min(x1, x2), y2 = Math.Max(x1, x2);
        double distance = y2 - y1, inverseDistance = 1 / distance;
        double u = random.NextDouble();
        double alpha1 = KeptMass(1 + 2 * (y1 - lower) * inverseDistance);
        double alpha2 = KeptMass(1 + 2 * (upper - y2) * inverseDistance);
        double spread1 = SpreadFactor(alpha1, u);
        // Both bounds far off (the common case once parents are close) keep all the mass on both sides: one root serves.
        double spread2 = alpha2 == alpha1 ? spread1 : SpreadFactor(alpha2, u);
        double c1 = 0.5 * (y1 + y2 - spread1 * distance);
        double c2 = 0.5 * (y1 + y2 + spread2 * distance);
        c1 = Math.Clamp(c1, lower, upper);
        c2 = Math.Clamp(c2, lower, upper);
        return random.NextBool() ? (c2, c1) : (c1, c2);
    }

    /// <summary>
    /// α on one side: twice the mass of the spread distribution left once it is truncated where the child would cross
    /// the bound; <paramref name="beta"/> is 1 + 2 · (gap from the nearer parent to that bound) / (parent distance).
    /// </summary>
    private double KeptMass(double beta) => 2 - 1 / _powers.Power(beta);

    /// <summary>β_q on one side: the u-quantile of the spread distribution truncated to the mass α.</summary>
    private double SpreadFactor(double alpha, double u)
    {
        double scaled = u * alpha;
        return scaled <= 1 ? _powers.Root(scaled) : _powers.RootOfReciprocal(2 - scaled);
    }
}
