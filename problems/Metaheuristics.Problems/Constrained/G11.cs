namespace Metaheuristics.Problems.Constrained;

/// <summary>CEC 2006 g11: quadratic objective, 2 variables, 1 equality (a parabola); f* = 0.7499 with |h| ≤ 1e-4.</summary>
public sealed class G11() : Cec2006Problem("g11",
    [-1, -1],
    [1, 1],
    0, 1, 0.7499, [-0.707036070037170616, 0.500000004333606807])
{
    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x, Span<double> c)
    {
        c[0] = x[1] - x[0] * x[0];
        return x[0] * x[0] + (x[1] - 1) * (x[1] - 1);
    }
}
