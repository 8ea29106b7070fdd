using Metaheuristics.Spaces;

namespace Metaheuristics.Problems.MultiObjective;

/// <summary>
/// Template for the DTLZ suite (Deb, Thiele, Laumanns &amp; Zitzler 2005): M objectives, n = M + k − 1 variables in
/// [0, 1]; the first M − 1 variables place a point on the front, the last k (the distance variables) set g.
/// </summary>
public abstract class DtlzProblem : IProblem
{
    /// <summary>The most points a reference front holds (lattice and grid sizes are chosen to stay at or below it).</summary>
    public const int ReferenceFrontMaxSize = 5000;

    /// <summary>Sets up a DTLZ problem with <paramref name="objectives"/> objectives and <paramref name="distanceVariables"/> distance variables.</summary>
    protected DtlzProblem(string name, int objectives, int distanceVariables, double? referenceCoordinate = 1.1)
    {
        if (objectives < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(objectives), objectives, $"{name} needs at least 2 objectives.");
        }
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(distanceVariables);
        ObjectiveCount = objectives;
        var names = new ObjectiveSpec[objectives];
        for (int i = 0; i < objectives; i++)
        {
            names[i] = ObjectiveSpec.Minimize($"f{i + 1}");
        }
        Spec = new ProblemSpec
        {
            Name = name,
            Space = SearchSpace.Real(objectives + distanceVariables - 1, 0, 1),
            Objectives = names,
            ReferenceFrontFactory = ReferenceFront,
            ReferencePoint = referenceCoordinate is { } r ? [.. Enumerable.Repeat(r, objectives)] : null,
        };
    }

    /// <inheritdoc/>
    public ProblemSpec Spec { get; }

    /// <summary>The number of objectives M.</summary>
    public int ObjectiveCount { get; }

    /// <summary>The number of variables n = M + k − 1.</summary>
    public int VariableCount => Spec.Space.RealLength;

    /// <inheritdoc/>
    public void Evaluate(Genome genome, Span<double> objectives, Span<double> constraints) => Evaluate(genome.Reals, objectives);

    /// <summary>Evaluates the objectives of <paramref name="x"/>.</summary>
    public abstract void Evaluate(ReadOnlySpan<double> x, Span<double> objectives);

    /// <summary>A sample of the true front (at most <see cref="ReferenceFrontMaxSize"/> points).</summary>
    public abstract double[][] ReferenceFront();

    /// <summary>DTLZ1/DTLZ3's multimodal g: 100·(k + Σ ((x − ½)² − cos(20π(x − ½)))).</summary>
    protected static double RastriginG(ReadOnlySpan<double> distance)
    {
        double sum = distance.Length;
        foreach (double v in distance)
        {
            double d = v - 0.5;
            sum += d * d - Math.Cos(20 * Math.PI * d);
        }
        return 100 * sum;
    }

    /// <summary>DTLZ2/4/5's g: Σ (x − ½)².</summary>
    protected static double SquaredG(ReadOnlySpan<double> distance)
    {
        double sum = 0;
        foreach (double v in distance)
        {
            double d = v - 0.5;
            sum += d * d;
        }
        return sum;
    }

    /// <summary>
    /// The spherical shape of DTLZ2–6: fₘ = r · Π cos(θᵢ) · sin(θ), with angles θᵢ = <paramref name="angles"/>[i]·π/2.
    /// </summary>
    protected static void SphericalShape(ReadOnlySpan<double> angles, double radius, Span<double> objectives)
    {
        int m = objectives.Length;
        for (int objective = 0; objective < m; objective++)
        {
            double value = radius;
            int cosines = m - 1 - objective;
            for (int i = 0; i < cosines; i++)
            {
                value *= Math.Cos(angles[i] * Math.PI / 2);
            }
            if (objective > 0)
            {
                value *= Math.Sin(angles[cosines] * Math.PI / 2);
            }
            objectives[objective] = value;
        }
    }

    /// <summary>The front of DTLZ5 and DTLZ6: the curve with θ₁ ∈ [0, π/2] and every other θ = π/4.</summary>
    protected double[][] DegenerateCurveFront()
    {
        const int points = 1000;
        var front = new double[points][];
        var angles = new double[ObjectiveCount - 1];
        for (int p = 0; p < points; p++)
        {
            Array.Fill(angles, 0.5);
            angles[0] = (double)p / (points - 1);
            front[p] = new double[ObjectiveCount];
            SphericalShape(angles, 1, front[p]);
        }
        return front;
    }

    /// <summary>The sphere front of DTLZ2–4: the simplex lattice projected onto the unit sphere.</summary>
    protected double[][] SphereFront() =>
        ReferenceFronts.ProjectOntoUnitSphere(ReferenceFronts.SimplexLattice(ObjectiveCount, ReferenceFrontMaxSize));

    /// <summary>Reads k from n and M for problems created with an explicit variable count.</summary>
    protected static int DistanceVariables(int objectives, int? variables, int defaultDistance)
    {
        if (variables is null)
        {
            return defaultDistance;
        }
        int k = variables.Value - objectives + 1;
        if (k < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(variables), variables,
                $"DTLZ with {objectives} objectives needs at least {objectives} variables.");
        }
        return k;
    }
}
