using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>
/// Simulated binary crossover (SBX; Deb &amp; Agrawal 1995) in its bounded form (Deb's NSGA-II code): children spread
/// around the parents with a polynomial distribution whose concentration grows with <see cref="DistributionIndex"/>.
/// </summary>
public sealed class SimulatedBinaryCrossover : IRealCrossover, IIntegerCrossover
{
    // Genes crossed per batch of roots: bounds the stack buffers, and a byte indexes a gene or a root slot.
    private const int ChunkLength = 64;

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
        for (int start = 0; start < parent1.Length; start += ChunkLength)
        {
            int length = Math.Min(ChunkLength, parent1.Length - start);
            CrossChunk(parent1.Slice(start, length), parent2.Slice(start, length), child1.Slice(start, length),
                child2.Slice(start, length), lower.Slice(start, length), upper.Slice(start, length), ref random);
        }
    }

    /// <inheritdoc/>
    /// <remarks>Integers are recombined as reals in [lower − ½, upper + ½] and rounded back into bounds (as pymoo does).</remarks>
    public void Cross(ReadOnlySpan<int> parent1, ReadOnlySpan<int> parent2, Span<int> child1, Span<int> child2,
        ReadOnlySpan<int> lower, ReadOnlySpan<int> upper, ref RandomStream random)
    {
        Span<double> reals = stackalloc double[6 * ChunkLength];
        for (int start = 0; start < parent1.Length; start += ChunkLength)
        {
            int length = Math.Min(ChunkLength, parent1.Length - start);
            Span<double> x1 = reals.Slice(0, length), x2 = reals.Slice(ChunkLength, length);
            Span<double> c1 = reals.Slice(2 * ChunkLength, length), c2 = reals.Slice(3 * ChunkLength, length);
            Span<double> low = reals.Slice(4 * ChunkLength, length), high = reals.Slice(5 * ChunkLength, length);
            for (int i = 0; i < length; i++)
            {
                x1[i] = parent1[start + i];
                x2[i] = parent2[start + i];
                low[i] = lower[start + i] - 0.5;
                high[i] = upper[start + i] + 0.5;
            }
            CrossChunk(x1, x2, c1, c2, low, high, ref random);
            for (int i = 0; i < length; i++)
            {
                int min = lower[start + i], max = upper[start + i];
                child1[start + i] = Math.Clamp((int)Math.Round(c1[i], MidpointRounding.AwayFromZero), min, max);
                child2[start + i] = Math.Clamp((int)Math.Round(c2[i], MidpointRounding.AwayFromZero), min, max);
            }
        }
    }

    /// <summary>
    /// Crosses at most <see cref="ChunkLength"/> genes in three passes: draw every random number and queue the roots
    /// the spread factors need, take all the roots as one vector batch, then place the children. The draws come in the
    /// same order as gene-by-gene code would make them, so chunking changes nothing but speed.
    /// </summary>
    private void CrossChunk(ReadOnlySpan<double> parent1, ReadOnlySpan<double> parent2, Span<double> child1, Span<double> child2,
        ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, ref RandomStream random)
    {
        int length = parent1.Length;
        int capacity = DistributionPowers.BatchCapacity(2 * length);
        Span<double> roots = stackalloc double[capacity];
        Span<double> exponents = stackalloc double[capacity];
        // Per crossed gene: its index, the root slots of its two sides (equal when one root serves both), and the swap.
        Span<byte> genes = stackalloc byte[length];
        Span<byte> slots1 = stackalloc byte[length];
        Span<byte> slots2 = stackalloc byte[length];
        Span<bool> swaps = stackalloc bool[length];
        int crossed = 0, queued = 0;
        for (int i = 0; i < length; i++)
        {
            double x1 = parent1[i], x2 = parent2[i], low = lower[i], high = upper[i];
            if (random.NextDouble() >= VariableProbability || Math.Abs(x1 - x2) <= 1e-14 || high <= low)
            {
                child1[i] = x1;
                child2[i] = x2;
                continue;
            }
            double y1 = Math.Min(x1, x2), y2 = Math.Max(x1, x2);
            double inverseDistance = 1 / (y2 - y1);
            double u = random.NextDouble();
            double alpha1 = KeptMass(1 + 2 * (y1 - low) * inverseDistance);
            double alpha2 = KeptMass(1 + 2 * (high - y2) * inverseDistance);
            genes[crossed] = (byte)i;
            slots1[crossed] = (byte)QueueSpreadFactor(alpha1, u, roots, exponents, ref queued);
            // Both bounds far off (the common case once parents are close) keep all the mass on both sides: one root serves.
            slots2[crossed] = alpha2 == alpha1 ? slots1[crossed] : (byte)QueueSpreadFactor(alpha2, u, roots, exponents, ref queued);
            swaps[crossed] = random.NextBool();
            crossed++;
        }
        if (crossed == 0)
        {
            return;
        }
        DistributionPowers.RootsInPlace(roots, exponents, queued);
        for (int k = 0; k < crossed; k++)
        {
            int i = genes[k];
            double x1 = parent1[i], x2 = parent2[i];
            double y1 = Math.Min(x1, x2), y2 = Math.Max(x1, x2), distance = y2 - y1;
            double c1 = Math.Clamp(0.5 * (y1 + y2 - roots[slots1[k]] * distance), lower[i], upper[i]);
            double c2 = Math.Clamp(0.5 * (y1 + y2 + roots[slots2[k]] * distance), lower[i], upper[i]);
            (child1[i], child2[i]) = swaps[k] ? (c2, c1) : (c1, c2);
        }
    }

    /// <summary>
    /// α on one side: twice the mass of the spread distribution left once it is truncated where the child would cross
    /// the bound; <paramref name="beta"/> is 1 + 2 · (gap from the nearer parent to that bound) / (parent distance).
    /// </summary>
    private double KeptMass(double beta) => 2 - 1 / _powers.Power(beta);

    /// <summary>
    /// Queues β_q on one side, the u-quantile of the spread distribution truncated to the mass α, as the root it is:
    /// (uα)^(1/(η+1)) below the median mass, (1/(2 − uα))^(1/(η+1)) above. Returns its slot.
    /// </summary>
    private int QueueSpreadFactor(double alpha, double u, Span<double> roots, Span<double> exponents, ref int queued)
    {
        double scaled = u * alpha;
        bool direct = scaled <= 1;
        roots[queued] = direct ? scaled : 2 - scaled;
        exponents[queued] = direct ? _powers.RootExponent : -_powers.RootExponent;
        return queued++;
    }
}
