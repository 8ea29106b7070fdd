using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Mutation;

/// <summary>Gaussian mutation: adds N(0, σ) with σ = <see cref="RelativeStepSize"/> × (upper − lower), clamped to bounds.</summary>
public sealed class GaussianMutation : IRealMutation
{
    /// <summary>Creates the operator.</summary>
    public GaussianMutation(double relativeStepSize = 0.1)
    {
        if (!(relativeStepSize > 0) || !double.IsFinite(relativeStepSize))
        {
            throw new ArgumentOutOfRangeException(nameof(relativeStepSize), relativeStepSize, "relativeStepSize must be finite and > 0.");
        }
        RelativeStepSize = relativeStepSize;
    }

    /// <summary>σ as a fraction of each gene's range.</summary>
    public double RelativeStepSize { get; }

    /// <inheritdoc/>
    public void Mutate(Span<double> genes, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, double rate, ref RandomStream random)
    {
        for (int i = 0; i < genes.Length; i++)
        {
            if (random.NextDouble() < rate)
            {
                genes[i] = Math.Clamp(genes[i] + RelativeStepSize * (upper[i] - lower[i]) * random.NextGaussian(), lower[i], upper[i]);
            }
        }
    }
}
