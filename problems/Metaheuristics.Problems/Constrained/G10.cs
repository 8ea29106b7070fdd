namespace Metaheuristics.Problems.Constrained;

/// <summary>CEC 2006 g10: linear objective, 8 variables, 3 linear and 3 nonlinear inequalities of very different scales; f* = 7049.24802052867.</summary>
public sealed class G10() : Cec2006Problem("g10",
    [100, 1000, 1000, 10, 10, 10, 10, 10],
    [10000, 10000, 10000, 1000, 1000, 1000, 1000, 1000],
    6, 0, 7049.24802052867,
    [579.306685017979589, 1359.97067807935605, 5109.97065743133317, 182.01769963061534, 295.601173702746792,
     217.982300369384632, 286.41652592786852, 395.601173702746735])
{
    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x, Span<double> c)
    {
        c[0] = -1 + 0.0025 * (x[3] + x[5]);
        c[1] = -1 + 0.0025 * (x[4] + x[6] - x[3]);
        c[2] = -1 + 0.01 * (x[7] - x[4]);
        c[3] = -x[0] * x[5] + 833.33252 * x[3] + 100 * x[0] - 83333.333;
        c[4] = -x[1] * x[6] + 1250 * x[4] + x[1] * x[3] - 1250 * x[3];
        c[5] = -x[2] * x[7] + 1250000 + x[2] * x[4] - 2500 * x[4];
        return x[0] + x[1] + x[2];
    }
}
