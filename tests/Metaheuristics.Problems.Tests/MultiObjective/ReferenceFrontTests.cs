using Metaheuristics.Problems.MultiObjective;
using Metaheuristics.Spaces;

namespace Metaheuristics.Problems.Tests.MultiObjective;

public sealed class ReferenceFrontTests
{
    private static void AssertNonDominated(double[][] front, string name)
    {
        for (int i = 0; i < front.Length; i++)
        {
            for (int j = 0; j < front.Length; j++)
            {
                if (i != j && Metaheuristics.MultiObjective.Dominance.Dominates(front[j], front[i]))
                {
                    Assert.Fail($"{name}: point {j} dominates point {i}");
                }
            }
        }
    }

    private static double[] Evaluate(IProblem problem, double[] x)
    {
        var objectives = new double[problem.Spec.ObjectiveCount];
        problem.Evaluate(new Genome(problem.Spec.Space, x, [], []), objectives, []);
        return objectives;
    }

    private static IEnumerable<TestCaseData> ZdtCases()
    {
        yield return new TestCaseData(new Zdt1(), (Func<double, double>)(f1 => 1 - Math.Sqrt(f1))).SetName("Zdt1");
        yield return new TestCaseData(new Zdt2(), (Func<double, double>)(f1 => 1 - f1 * f1)).SetName("Zdt2");
        yield return new TestCaseData(new Zdt3(), (Func<double, double>)(f1 => 1 - Math.Sqrt(f1) - f1 * Math.Sin(10 * Math.PI * f1))).SetName("Zdt3");
        yield return new TestCaseData(new Zdt4(), (Func<double, double>)(f1 => 1 - Math.Sqrt(f1))).SetName("Zdt4");
        yield return new TestCaseData(new Zdt6(), (Func<double, double>)(f1 => 1 - f1 * f1)).SetName("Zdt6");
    }

    [TestCaseSource(nameof(ZdtCases))]
    public void ReferenceFront_Zdt_NonDominatedAndOnTheAnalyticFront(ZdtProblem problem, Func<double, double> front)
    {
        double[][] points = problem.ReferenceFront();
        Assert.That(points, Has.Length.GreaterThanOrEqualTo(200));
        foreach (double[] point in points)
        {
            Assert.That(point[1], Is.EqualTo(front(point[0])).Within(1e-12));
        }
        AssertNonDominated(points, problem.Spec.Name);
    }

    [TestCaseSource(nameof(ZdtCases))]
    public void Evaluate_ZdtParetoOptimalSet_LandsOnTheFront(ZdtProblem problem, Func<double, double> front)
    {
        int n = problem.Spec.Space.RealLength;
        for (int i = 0; i <= 20; i++)
        {
            var x = new double[n];
            x[0] = i / 20.0;
            double[] f = Evaluate(problem, x);
            Assert.That(f[1], Is.EqualTo(front(f[0])).Within(1e-12));
        }
    }

    [TestCase(2)]
    [TestCase(3)]
    [TestCase(5)]
    public void ReferenceFront_Dtlz_LiesOnTheAnalyticFrontAndIsNonDominated(int objectives)
    {
        var problems = new DtlzProblem[] { new Dtlz1(objectives), new Dtlz2(objectives), new Dtlz3(objectives), new Dtlz4(objectives), new Dtlz5(objectives), new Dtlz6(objectives), new Dtlz7(objectives) };
        foreach (DtlzProblem problem in problems)
        {
            double[][] points = problem.ReferenceFront();
            Assert.That(points.Length, Is.InRange(100, DtlzProblem.ReferenceFrontMaxSize), problem.Spec.Name);
            foreach (double[] point in points)
            {
                AssertOnAnalyticFront(problem, point);
            }
            if (points.Length <= 1100)
            {
                AssertNonDominated(points, problem.Spec.Name);
            }
        }
    }

    [TestCase(3)]
    [TestCase(4)]
    public void Evaluate_DtlzParetoOptimalSet_LandsOnTheFront(int objectives)
    {
        var random = new Random(5);
        var problems = new DtlzProblem[] { new Dtlz1(objectives), new Dtlz2(objectives), new Dtlz3(objectives), new Dtlz4(objectives), new Dtlz5(objectives), new Dtlz6(objectives), new Dtlz7(objectives) };
        foreach (DtlzProblem problem in problems)
        {
            double distanceOptimum = problem is Dtlz6 or Dtlz7 ? 0 : 0.5;
            for (int sample = 0; sample < 50; sample++)
            {
                var x = new double[problem.VariableCount];
                for (int i = 0; i < x.Length; i++)
                {
                    x[i] = i < objectives - 1 ? random.NextDouble() : distanceOptimum;
                }
                double[] f = Evaluate(problem, x);
                AssertOnAnalyticFront(problem, f);
            }
        }
    }

    /// <summary>DTLZ1: Σf = ½; DTLZ7: f_M = 2h(f₁…f_{M−1}) with g = 1; DTLZ2–6: the unit sphere.</summary>
    private static void AssertOnAnalyticFront(DtlzProblem problem, double[] f)
    {
        Assert.That(f, Has.Length.EqualTo(problem.ObjectiveCount));
        switch (problem)
        {
            case Dtlz1:
                Assert.That(f.Sum(), Is.EqualTo(0.5).Within(1e-12));
                break;
            case Dtlz7:
                double h = problem.ObjectiveCount - f[..^1].Sum(v => v / 2 * (1 + Math.Sin(3 * Math.PI * v)));
                Assert.That(f[^1], Is.EqualTo(2 * h).Within(1e-12));
                break;
            default:
                Assert.That(f.Sum(v => v * v), Is.EqualTo(1).Within(1e-12), problem.Spec.Name);
                break;
        }
    }

    [Test]
    public void SimplexLattice_ThreeObjectives_HasTheDasDennisCount()
    {
        double[][] lattice = ReferenceFronts.SimplexLattice(3, 5000);
        Assert.That(lattice, Has.Length.EqualTo(4950), "H = 98 gives C(100, 2) = 4950 points");
        Assert.That(lattice.Select(p => p.Sum()), Has.All.EqualTo(1).Within(1e-12));
    }
}
