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
        for (int i = 0; i < genes.Length; i++)
        {
            if (random.NextDouble() < rate)
            {
                genes[i] = Perturb(genes[i], lower[i], upper[i], ref random);
            }
        }
    }

    /// <inheritdoc/>
    /// <remarks>Integers are perturbed as reals in [lower − ½, upper + ½] and rounded.</remarks>
    public void Mutate(Span<int> genes, ReadOnlySpan<int> lower, ReadOnlySpan<int> upper, double rate, ref RandomStream random)
    {
        for (int i = 0; i < genes.Length; i++)
        {
            if (random.NextDouble() < rate)
            {
                double value = Perturb(genes[i], lower[i] - 0.5, upper[i] + 0.5, ref random);
                genes[i] = Math.Clamp((int)Math.Round(value, MidpointRounding.AwayFromZero), lower[i], upper[i]);
            }
        }
    }

    private double Perturb(double y, double lower, double upper, ref RandomStream random)
    {
        double range = upper - lower;
        if (range <= 0)
        {
            return y;
        }
        double delta1 = (y - lower) / range, delta2 = (upper - y) / range;
        double r = random.NextDouble();
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
