using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>
/// Simulated binary crossover (SBX; Deb &amp; Agrawal 1995), bounded as <see cref="Spread"/> says: children spread
/// around the parents with a polynomial distribution whose concentration grows with <see cref="DistributionIndex"/>.
/// </summary>
public sealed class SimulatedBinaryCrossover : IRealCrossover, IIntegerCrossover
{
    // Genes staged per chunk: bounds the stack buffers, and a byte indexes a gene.
    private const int ChunkLength = 64;

    private readonly DistributionPowers _powers;

    /// <summary>Creates SBX with distribution index η_c and per-variable probability.</summary>
    /// <param name="distributionIndex">η_c: larger keeps children nearer their parents. Typical 2–20.</param>
    /// <param name="variableProbability">The chance each variable is recombined (the rest are inherited).</param>
    /// <param name="spread">How the bounds truncate the children's spread.</param>
    public SimulatedBinaryCrossover(double distributionIndex = 15, double variableProbability = 0.5, SbxSpread spread = SbxSpread.PerSide)
    {
        if (!(distributionIndex >= 0) || !double.IsFinite(distributionIndex))
        {
            throw new ArgumentOutOfRangeException(nameof(distributionIndex), distributionIndex, "distributionIndex must be finite and >= 0.");
        }
        if (!(variableProbability is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(variableProbability), variableProbability, "variableProbability must be in [0, 1].");
        }
        if (!Enum.IsDefined(spread))
        {
            throw new ArgumentOutOfRangeException(nameof(spread), spread, "spread must be PerSide or LowerSideForBoth.");
        }
        DistributionIndex = distributionIndex;
        VariableProbability = variableProbability;
        Spread = spread;
        _powers = new DistributionPowers(distributionIndex);
    }

    /// <summary>η_c.</summary>
    public double DistributionIndex { get; }

    /// <summary>The chance each variable is recombined.</summary>
    public double VariableProbability { get; }

    /// <summary>How the bounds truncate the children's spread.</summary>
    public SbxSpread Spread { get; }

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
    [SkipLocalsInit]
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
    /// Crosses at most <see cref="ChunkLength"/> genes in three passes: draw every random number and stage the crossed
    /// genes, compute their children four at a time (the truncated masses, the spread factors' roots, the clamping),
    /// then place the children. The draws come in the same order as gene-by-gene code would make them, and each lane
    /// does the scalar arithmetic in the same order, so chunking changes nothing but speed. The stack buffers are not
    /// zeroed: every slot is written before it is read.
    /// </summary>
    [SkipLocalsInit]
    private void CrossChunk(ReadOnlySpan<double> parent1, ReadOnlySpan<double> parent2, Span<double> child1, Span<double> child2,
        ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, ref RandomStream random)
    {
        const int Lanes = 4;
        int length = parent1.Length;
        // Staged per crossed gene: the smaller and larger parent value, the bounds, the spread quantile; the children
        // are written over the parents' slots.
        Span<double> staged = stackalloc double[5 * ChunkLength];
        Span<double> smaller = staged[..ChunkLength], larger = staged.Slice(ChunkLength, ChunkLength);
        Span<double> lows = staged.Slice(2 * ChunkLength, ChunkLength), highs = staged.Slice(3 * ChunkLength, ChunkLength);
        Span<double> quantiles = staged.Slice(4 * ChunkLength, ChunkLength);
        Span<byte> genes = stackalloc byte[length];
        Span<bool> swaps = stackalloc bool[length];
        int crossed = 0;
        // A local copy of the stream lives in registers for the loop; through the ref, every draw went through memory.
        RandomStream local = random;
        for (int i = 0; i < length; i++)
        {
            double x1 = parent1[i], x2 = parent2[i], low = lower[i], high = upper[i];
            if (local.NextDouble() >= VariableProbability || Math.Abs(x1 - x2) <= 1e-14 || high <= low)
            {
                child1[i] = x1;
                child2[i] = x2;
                continue;
            }
            genes[crossed] = (byte)i;
            smaller[crossed] = Math.Min(x1, x2);
            larger[crossed] = Math.Max(x1, x2);
            lows[crossed] = low;
            highs[crossed] = high;
            quantiles[crossed] = local.NextDouble();
            swaps[crossed] = local.NextBool();
            crossed++;
        }
        random = local;
        if (crossed == 0)
        {
            return;
        }
        // Padding lanes get a harmless pair (parents 0 and 1 in [0, 1]); their children are never placed.
        int padded = (crossed + Lanes - 1) / Lanes * Lanes;
        for (int k = crossed; k < padded; k++)
        {
            smaller[k] = 0;
            larger[k] = 1;
            lows[k] = 0;
            highs[k] = 1;
            quantiles[k] = 0.5;
        }
        for (int k = 0; k < padded; k += Lanes)
        {
            Vector256<double> y1 = Vector256.Create(smaller.Slice(k, Lanes)), y2 = Vector256.Create(larger.Slice(k, Lanes));
            Vector256<double> low = Vector256.Create(lows.Slice(k, Lanes)), high = Vector256.Create(highs.Slice(k, Lanes));
            Vector256<double> u = Vector256.Create(quantiles.Slice(k, Lanes));
            Vector256<double> distance = y2 - y1, inverseDistance = Vector256<double>.One / distance;
            Vector256<double> two = Vector256.Create(2.0);
            Vector256<double> spread1 = SpreadFactor(KeptMass(Vector256<double>.One + two * (y1 - low) * inverseDistance), u);
            Vector256<double> spread2 = Spread == SbxSpread.LowerSideForBoth ? spread1
                : SpreadFactor(KeptMass(Vector256<double>.One + two * (high - y2) * inverseDistance), u);
            Vector256<double> sum = y1 + y2, half = Vector256.Create(0.5);
            Vector256<double> c1 = Clamp(half * (sum - spread1 * distance), low, high);
            Vector256<double> c2 = Clamp(half * (sum + spread2 * distance), low, high);
            c1.CopyTo(smaller.Slice(k, Lanes));
            c2.CopyTo(larger.Slice(k, Lanes));
        }
        for (int k = 0; k < crossed; k++)
        {
            int i = genes[k];
            (child1[i], child2[i]) = swaps[k] ? (larger[k], smaller[k]) : (smaller[k], larger[k]);
        }
    }

    /// <summary>
    /// α on one side: twice the mass of the spread distribution left once it is truncated where the child would cross
    /// the bound; <paramref name="beta"/> is 1 + 2 · (gap from the nearer parent to that bound) / (parent distance).
    /// </summary>
    private Vector256<double> KeptMass(Vector256<double> beta) => Vector256.Create(2.0) - Vector256<double>.One / _powers.Power(beta);

    /// <summary>
    /// β_q on one side, the u-quantile of the spread distribution truncated to the mass α, as the root it is:
    /// (uα)^(1/(η+1)) below the median mass, (1/(2 − uα))^(1/(η+1)) above.
    /// </summary>
    private Vector256<double> SpreadFactor(Vector256<double> alpha, Vector256<double> u)
    {
        Vector256<double> scaled = u * alpha;
        Vector256<double> direct = Vector256.LessThanOrEqual(scaled, Vector256<double>.One);
        Vector256<double> exponent = Vector256.Create(_powers.RootExponent);
        return DistributionPowers.Roots(Vector256.ConditionalSelect(direct, scaled, Vector256.Create(2.0) - scaled),
            Vector256.ConditionalSelect(direct, exponent, -exponent));
    }

    /// <summary>Math.Clamp lane by lane (below the lower bound first, then above the upper).</summary>
    private static Vector256<double> Clamp(Vector256<double> value, Vector256<double> low, Vector256<double> high)
    {
        value = Vector256.ConditionalSelect(Vector256.LessThan(value, low), low, value);
        return Vector256.ConditionalSelect(Vector256.GreaterThan(value, high), high, value);
    }
}
