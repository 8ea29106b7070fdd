using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Metaheuristics.Operators;

/// <summary>
/// The two powers of a polynomial spread distribution with index η, as SBX and polynomial mutation draw from it:
/// x^(η+1) and x^(1/(η+1)). They are the hot cost of both operators (up to four per crossed gene), and η is nearly always a
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

    /// <summary>The exponent of <see cref="Root"/>, 1/(η+1); its negation gives the root of the reciprocal.</summary>
    public double RootExponent => _rootExponent;

    /// <summary>The buffer length <see cref="RootsInPlace"/> needs for <paramref name="count"/> roots: whole vectors.</summary>
    public static int BatchCapacity(int count) => (count + Vector256<double>.Count - 1) / Vector256<double>.Count * Vector256<double>.Count;

    /// <summary>
    /// values[k] ← exp(log(values[k]) · exponents[k]) for k &lt; <paramref name="count"/>; both spans hold at least
    /// <see cref="BatchCapacity"/>(count) and the slots past count are overwritten as padding. Four roots per vector
    /// cost about a third of the scalar libm calls, and every lane takes the same path, so a result never depends on
    /// where in a batch its argument sat.
    /// </summary>
    public static void RootsInPlace(Span<double> values, Span<double> exponents, int count)
    {
        int capacity = BatchCapacity(count);
        if (count < 0 || values.Length < capacity || exponents.Length < capacity)
        {
            throw new ArgumentException($"values and exponents must hold BatchCapacity(count) = {capacity} slots.", nameof(values));
        }
        values[count..capacity].Fill(1);
        exponents[count..capacity].Clear();
        ref double value = ref MemoryMarshal.GetReference(values);
        ref double exponent = ref MemoryMarshal.GetReference(exponents);
        for (nuint k = 0; k < (nuint)capacity; k += (nuint)Vector256<double>.Count)
        {
            Vector256<double> logs = Vector256.Log(Vector256.LoadUnsafe(ref value, k));
            Vector256.Exp(logs * Vector256.LoadUnsafe(ref exponent, k)).StoreUnsafe(ref value, k);
        }
    }
}
