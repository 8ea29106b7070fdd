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
}
