namespace Metaheuristics.Problems.Constrained;

/// <summary>CEC 2006 g24: linear objective, 2 variables, 2 nonlinear inequalities (two disconnected feasible regions); f* = −5.50801327159536.</summary>
public sealed class G24() : Cec2006Problem("g24",
    [0, 0],
    [3, 4],
    2, 0, -5.50801327159536, [2.32952019747762, 3.17849307411774])
{
    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x, Span<double> c)
    {
        double x1 = x[0], x2 = x[1];
        double x1Squared = x1 * x1, x1Cubed = x1Squared * x1, x1Fourth = x1Squared * x1Squared;
        c[0] = -2 * x1Fourth + 8 * x1Cubed - 8 * x1Squared + x2 - 2;
        c[1] = -4 * x1Fourth + 32 * x1Cubed - 88 * x1Squared + 96 * x1 + x2 - 36;
        return -x1 - x2;
    }
}
