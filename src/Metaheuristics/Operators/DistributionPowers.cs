using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Metaheuristics.Operators;

/// <summary>
/// The two powers of a polynomial spread distribution with index η, as SBX and polynomial mutation draw from it:
/// x^(η+1) and x^(1/(η+1)). They are the hot cost of both operators (four per crossed gene), and η is nearly always a
/// whole number (20, 15, 2), so x^(η+1) goes by repeated squaring, and the root by exp(log x / (η+1)): both within
/// 1e-14 (relative) of <see cref="Math.Pow(double, double)"/>, and two to six times cheaper.
/// </summary>
internal readonly struct DistributionPowers
{
    private const int MaxSquaredExponent = 64;

    private readonly double _exponent;
    private readonly double _rootExponent;
    private readonly int _wholeExponent;

    public DistributionPowers(double distributionIndex)
    {
        _exponent = distributionIndex + 1;
        _rootExponent = 1 / _exponent;
        _wholeExponent = _exponent == Math.Floor(_exponent) && _exponent <= MaxSquaredExponent ? (int)_exponent : 0;
    }

    /// <summary>x^(η+1) for x ≥ 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Power(double x)
    {
        if (_wholeExponent == 0)
        {
            return Math.Pow(x, _exponent);
        }
        double result = 1, square = x;
        for (int n = _wholeExponent; ; square *= square)
        {
            if ((n & 1) != 0)
            {
                result *= square;
            }
            n >>= 1;
            if (n == 0)
            {
                return result;
            }
        }
    }

    /// <summary>x^(1/(η+1)) for x ≥ 0 (0 at 0, +∞ at +∞).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Root(double x) => Math.Exp(Math.Log(x) * _rootExponent);

    /// <summary>The exponent of <see cref="Root"/>, 1/(η+1); its negation gives <see cref="RootOfReciprocal"/>.</summary>
    public double RootExponent => _rootExponent;

    /// <summary>The length a <see cref="RootsInPlace"/> batch is padded to: one 256-bit vector of doubles.</summary>
    public const int BatchMultiple = 4;

    /// <summary>
    /// values[k] ← exp(log(values[k]) · exponents[k]) for a batch whose length is a multiple of <see cref="BatchMultiple"/>
    /// (pad with 1 and 0). Four roots per vector instruction sequence cost about a third of the scalar libm calls, and
    /// every lane takes the same path, so a result never depends on where in a batch its argument sat.
    /// </summary>
    public static void RootsInPlace(Span<double> values, ReadOnlySpan<double> exponents)
    {
        if (values.Length % BatchMultiple != 0 || exponents.Length < values.Length)
        {
            throw new ArgumentException("values must have a length that is a multiple of 4, and exponents at least as many.", nameof(values));
        }
        ref double value = ref MemoryMarshal.GetReference(values);
        ref double exponent = ref MemoryMarshal.GetReference(exponents);
        for (nuint k = 0; k < (nuint)values.Length; k += BatchMultiple)
        {
            Vector256<double> logs = Vector256.Log(Vector256.LoadUnsafe(ref value, k));
            Vector256.Exp(logs * Vector256.LoadUnsafe(ref exponent, k)).StoreUnsafe(ref value, k);
        }
    }

    /// <summary>(1/x)^(1/(η+1)) for x ≥ 0, without the division.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double RootOfReciprocal(double x) => Math.Exp(-Math.Log(x) * _rootExponent);
}
