namespace Metaheuristics.Problems.Constrained;

/// <summary>CEC 2006 g01: quadratic objective, 13 variables, 9 linear inequalities; f* = −15 at (1, …, 1, 3, 3, 3, 1).</summary>
public sealed class G01() : Cec2006Problem("g01",
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1, 1, 1, 1, 1, 1, 1, 1, 1, 100, 100, 100, 1],
    9, 0, -15, [1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 1])
{
    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> x, Span<double> c)
    {
        double f = 0;
        for (int i = 0; i < 4; i++)
        {
            f += 5 * x[i] - 5 * x[i] * x[i];
        }
        for (int i = 4; i < 13; i++)
        {
            f -= x[i];
        }
        c[0] = 2 * x[0] + 2 * x[1] + x[9] + x[10] - 10;
        c[1] = 2 * x[0] + 2 * x[2] + x[9] + x[11] - 10;
        c[2] = 2 * x[1] + 2 * x[2] + x[10] + x[11] - 10;
        c[3] = -8 * x[0] + x[9];
        c[4] = -8 * x[1] + x[10];
        c[5] = -8 * x[2] + x[11];
        c[6] = -2 * x[3] - x[4] + x[9];
        c[7] = -2 * x[5] - x[6] + x[10];
        c[8] = -2 * x[7] - x[8] + x[11];
        return f;
    }
}
