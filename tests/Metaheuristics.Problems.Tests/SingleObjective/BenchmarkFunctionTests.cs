using Metaheuristics.Problems.SingleObjective;

namespace Metaheuristics.Problems.Tests.SingleObjective;

public sealed class BenchmarkFunctionTests
{
    private static IEnumerable<BenchmarkFunction> All(int dimension) =>
    [
        new Sphere(dimension), new Rastrigin(dimension), new Rosenbrock(dimension),
        new Ackley(dimension), new Griewank(dimension), new Schwefel(dimension),
    ];

    [TestCase(2)]
    [TestCase(10)]
    [TestCase(30)]
    public void Value_AtKnownOptimumLocation_EqualsKnownOptimum(int dimension)
    {
        foreach (BenchmarkFunction function in All(dimension))
        {
            double[] location = [.. function.Spec.KnownOptimumLocation!];
            double tolerance = function is Schwefel ? 1e-9 * dimension : 1e-12;
            Assert.That(function.Value(location), Is.EqualTo(function.Spec.KnownOptimum).Within(tolerance), function.Spec.Name);
            Assert.That(location, Has.All.InRange(function.Spec.Space.RealLower[0], function.Spec.Space.RealUpper[0]), function.Spec.Name);
        }
    }

    [TestCase(typeof(Sphere), new[] { 1.0, 2.0 }, 5.0)]
    [TestCase(typeof(Rastrigin), new[] { 1.0, 1.0 }, 2.0)]
    [TestCase(typeof(Rastrigin), new[] { 0.5, 0.0 }, 20.25)]
    [TestCase(typeof(Rosenbrock), new[] { 0.0, 0.0 }, 1.0)]
    [TestCase(typeof(Rosenbrock), new[] { -1.0, 1.0 }, 4.0)]
    [TestCase(typeof(Griewank), new[] { 0.0, 0.0 }, 0.0)]
    public void Value_AtHandCheckedPoint_GivesHandValue(Type type, double[] x, double expected)
    {
        var function = (BenchmarkFunction)Activator.CreateInstance(type, x.Length)!;
        Assert.That(function.Value(x), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Ackley_AtOneOne_GivesHandValue()
    {
        // −20 e^{−0.2} − e^{1} + 20 + e = 20 − 20 e^{−0.2}.
        Assert.That(new Ackley(2).Value([1, 1]), Is.EqualTo(20 - 20 * Math.Exp(-0.2)).Within(1e-12));
    }

    [Test]
    public void Schwefel_AwayFromOptimum_IsWorse()
    {
        Assert.That(new Schwefel(2).Value([0, 0]), Is.EqualTo(2 * 418.9828872724339).Within(1e-9));
    }

    // The trigonometric functions sum four coordinates at a time with vector sines and cosines; each must still be its
    // formula, taken one coordinate at a time, whatever the dimension's remainder after the vector lanes.
    [TestCase(1)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(7)]
    [TestCase(30)]
    public void TrigonometricFunctions_EqualTheirScalarFormulas(int dimension)
    {
        var random = new Random(dimension);
        for (int trial = 0; trial < 200; trial++)
        {
            double[] x = [.. Enumerable.Range(0, dimension).Select(_ => random.NextDouble() * 1000 - 500)];
            double squares = x.Sum(v => v * v), cosines = x.Sum(v => Math.Cos(2 * Math.PI * v));
            double product = 1;
            for (int i = 0; i < dimension; i++)
            {
                product *= Math.Cos(x[i] / Math.Sqrt(i + 1));
            }
            double n = dimension;
            Assert.Multiple(() =>
            {
                Assert.That(new Rastrigin(dimension).Value(x), Is.EqualTo(10 * n + squares - 10 * cosines).Within(1e-9).Percent);
                Assert.That(new Ackley(dimension).Value(x),
                    Is.EqualTo(-20 * Math.Exp(-0.2 * Math.Sqrt(squares / n)) - Math.Exp(cosines / n) + 20 + Math.E).Within(1e-9).Percent);
                Assert.That(new Griewank(dimension).Value(x), Is.EqualTo(1 + squares / 4000 - product).Within(1e-9).Percent);
                Assert.That(new Schwefel(dimension).Value(x),
                    Is.EqualTo(418.9828872724339 * n - x.Sum(v => v * Math.Sin(Math.Sqrt(Math.Abs(v))))).Within(1e-9).Percent);
            });
        }
    }

    [Test]
    public void Griewank_WrongLength_FailsNamingTheSizes()
    {
        Assert.That(() => new Griewank(3).Value([1, 2]), Throws.ArgumentException.With.Message.Contains("takes 3 coordinates, got 2"));
    }
}
