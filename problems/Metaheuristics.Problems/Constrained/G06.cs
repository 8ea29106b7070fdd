namespace Metaheuristics.Problems.Constrained;

/// <summary>CEC 2006 g06: cubic objective, 2 variables, 2 nonlinear inequalities (a thin crescent); f* = −6961.81387558015.</summary>
public sealed class G06() : Cec2006Problem("g06",
    [13, 0],
    [100, 100],
    2, 0, -6961.81387558015, [14.09500000000000064, 0.8429607892154795668])
{
    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x, Span<double> c)
    {
        double a = x[0] - 10, b = x[1] - 20;
        c[0] = -(x[0] - 5) * (x[0] - 5) - (x[1] - 5) * (x[1] - 5) + 100;
        c[1] = (x[0] - 6) * (x[0] - 6) + (x[1] - 5) * (x[1] - 5) - 82.81;
        return a * a * a + b * b * b;
    }
}
