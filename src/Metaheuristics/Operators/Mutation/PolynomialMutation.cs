using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Mutation;

/// <summary>
/// Polynomial mutation (Deb &amp; Goyal 1996), in the bounded form of Deb's NSGA-II code: a perturbation whose spread
/// shrinks as <see cref="DistributionIndex"/> grows and which never leaves the bounds.
/// </summary>
public sealed class PolynomialMutation : IRealMutation, IIntegerMutation
{
    private readonly DistributionPowers _powers;

    /// <summary>Creates the operator with distribution index η_m.</summary>
    public PolynomialMutation(double distributionIndex = 20)
    {
        if (!(distributionIndex >= 0) || !double.IsFinite(distributionIndex))
        {
            throw new ArgumentOutOfRangeException(nameof(distributionIndex), distributionIndex, "distributionIndex must be finite and >= 0.");
        }
        DistributionIndex = distributionIndex;
        _powers = new DistributionPowers(distributionIndex);
    }

    /// <summary>η_m.</summary>
    public double DistributionIndex { get; }

    /// <inheritdoc/>
    public void Mutate(Span<double> genes, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, double rate, ref RandomStream random)
    {
        // A local copy of the stream lives in registers for the loop; through the ref, every draw went through memory.
        RandomStream local = random;
        for (int i = 0; i < genes.Length; i++)
        {
            if (local.NextDouble() < rate && upper[i] - lower[i] > 0)
            {
                genes[i] = Perturb(genes[i], lower[i], upper[i], local.NextDouble());
            }
        }
        random = local;
    }

    /// <inheritdoc/>
    /// <remarks>Integers are perturbed as reals in [lower − ½, upper + ½] and rounded.</remarks>
    public void Mutate(Span<int> genes, ReadOnlySpan<int> lower, ReadOnlySpan<int> upper, double rate, ref RandomStream random)
    {
        RandomStream local = random;
        for (int i = 0; i < genes.Length; i++)
        {
            double low = lower[i] - 0.5, high = upper[i] + 0.5;
            if (local.NextDouble() < rate && high - low > 0)
            {
                double value = Perturb(genes[i], low, high, local.NextDouble());
                genes[i] = Math.Clamp((int)Math.Round(value, MidpointRounding.AwayFromZero), lower[i], upper[i]);
            }
        }
        random = local;
    }

    /// <summary>The gene <paramref name="y"/> perturbed by the quantile <paramref name="r"/>; the caller checked that upper &gt; lower.</summary>
    private double Perturb(double y, double lower, double upper, double r)
    {
        double range = upper - lower;
        double delta1 = (y - lower) / range, delta2 = (upper - y) / range;
        double deltaQ;
        if (r < 0.5)
        {
            double value = 2 * r + (1 - 2 * r) * _powers.Power(1 - delta1);
            deltaQ = _powers.Root(value) - 1;
        }
        else
        {
            double value = 2 * (1 - r) + 2 * (r - 0.5) * _powers.Power(1 - delta2);
            deltaQ = 1 - _powers.Root(value);
        }
        return Math.Clamp(y + deltaQ * range, lower, upper);
    }
}
