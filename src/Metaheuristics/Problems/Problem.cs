using Metaheuristics.Spaces;

namespace Metaheuristics.Problems;

/// <summary>Factories that turn lambdas into problems in one line.</summary>
/// <example>
/// <code>
/// var sphere = Problem.Minimize(SearchSpace.Real(10, -5, 5), x => x.Sum(v => v * v));
/// </code>
/// </example>
public static class Problem
{
    /// <summary>A single-objective problem to minimize over a real (or mixed, real-coded) space.</summary>
    /// <remarks>The array passed to <paramref name="objective"/> is a per-thread buffer reused between calls: copy it if you keep it.</remarks>
    public static IProblem Minimize(SearchSpace space, Func<double[], double> objective, string name = "objective") =>
        FromArrayFunction(space, objective, name, ObjectiveSense.Minimize, [], []);

    /// <summary>
    /// A constrained single-objective problem to minimize over a real (or mixed, real-coded) space: each of
    /// <paramref name="inequalities"/> must satisfy g(x) ≤ 0 and each of <paramref name="equalities"/> h(x) = 0 (within
    /// <see cref="ProblemSpec.EqualityTolerance"/>, 1e-4), for example
    /// <c>Problem.Minimize(space, x =&gt; x[0] + x[1], inequalities: [x =&gt; 1 - x[0] * x[1]])</c>.
    /// </summary>
    /// <remarks>The array passed to the functions is a per-thread buffer reused between calls: copy it if you keep it.</remarks>
    public static IProblem Minimize(SearchSpace space, Func<double[], double> objective,
        IReadOnlyList<Func<double[], double>> inequalities, IReadOnlyList<Func<double[], double>>? equalities = null, string name = "objective") =>
        FromArrayFunction(space, objective, name, ObjectiveSense.Minimize, inequalities, equalities ?? []);

    /// <summary>The constrained form of <see cref="Maximize(SearchSpace, Func{double[], double}, string)"/>: g(x) ≤ 0 and h(x) = 0 as for <c>Minimize</c>.</summary>
    /// <remarks>The array passed to the functions is a per-thread buffer reused between calls: copy it if you keep it.</remarks>
    public static IProblem Maximize(SearchSpace space, Func<double[], double> objective,
        IReadOnlyList<Func<double[], double>> inequalities, IReadOnlyList<Func<double[], double>>? equalities = null, string name = "objective") =>
        FromArrayFunction(space, objective, name, ObjectiveSense.Maximize, inequalities, equalities ?? []);

    /// <summary>A single-objective problem to maximize over a real (or mixed, real-coded) space.</summary>
    /// <remarks>The array passed to <paramref name="objective"/> is a per-thread buffer reused between calls: copy it if you keep it.</remarks>
    public static IProblem Maximize(SearchSpace space, Func<double[], double> objective, string name = "objective") =>
        FromArrayFunction(space, objective, name, ObjectiveSense.Maximize, [], []);

    /// <summary>Any problem, synchronous: several objectives, constraints, any space.</summary>
    public static IProblem Create(ProblemSpec spec, GenomeObjective evaluate)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(evaluate);
        spec.Validate();
        return new LambdaProblem(spec, evaluate);
    }

    /// <summary>A single-objective asynchronous problem to minimize, for expensive evaluations.</summary>
    public static IAsyncProblem MinimizeAsync(SearchSpace space, Func<double[], CancellationToken, ValueTask<double>> objective, string name = "objective")
    {
        ArgumentNullException.ThrowIfNull(objective);
        var spec = new ProblemSpec { Name = name, Space = space };
        return CreateAsync(spec, async (candidate, token) =>
            EvaluationResult.Of(await objective(DecodedReals(candidate), token).ConfigureAwait(false)));
    }

    /// <summary>Any problem, asynchronous: several objectives, constraints, any space.</summary>
    public static IAsyncProblem CreateAsync(ProblemSpec spec, Func<Candidate, CancellationToken, ValueTask<EvaluationResult>> evaluate)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(evaluate);
        spec.Validate();
        return new AsyncLambdaProblem(spec, evaluate);
    }

    /// <summary>
    /// The same problem with equality constraints judged satisfied when |h| ≤ <paramref name="tolerance"/> instead of
    /// the problem's own <see cref="ProblemSpec.EqualityTolerance"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is negative or not finite.</exception>
    public static IOptimizationProblem WithEqualityTolerance(IOptimizationProblem problem, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (!double.IsFinite(tolerance) || tolerance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The equality tolerance must be finite and not negative.");
        }
        ProblemSpec spec = problem.Spec with { EqualityTolerance = tolerance };
        return problem switch
        {
            IProblem synchronous => new RespecifiedProblem(synchronous, spec),
            IAsyncProblem asynchronous => new RespecifiedAsyncProblem(asynchronous, spec),
            _ => throw new ArgumentException($"Problem '{problem.Spec.Name}' is neither an IProblem nor an IAsyncProblem.", nameof(problem)),
        };
    }

    private static IProblem FromArrayFunction(SearchSpace space, Func<double[], double> objective, string name, ObjectiveSense sense,
        IReadOnlyList<Func<double[], double>> inequalities, IReadOnlyList<Func<double[], double>> equalities)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(inequalities);
        Func<double[], double>[] constraints = [.. inequalities, .. equalities];
        for (int i = 0; i < constraints.Length; i++)
        {
            if (constraints[i] is null)
            {
                throw new ArgumentException($"Constraint {i} ({(i < inequalities.Count ? "inequality" : "equality")}) is null.",
                    i < inequalities.Count ? nameof(inequalities) : nameof(equalities));
            }
        }
        if (!space.IsRealCoded)
        {
            throw new ArgumentException("A Func<double[], double> objective needs a real-coded space; use Problem.Create with a GenomeObjective for integer, binary or permutation spaces.", nameof(space));
        }
        var spec = new ProblemSpec
        {
            Name = name,
            Space = space,
            Objectives = [new ObjectiveSpec("f", sense)],
            InequalityCount = inequalities.Count,
            EqualityCount = equalities.Count,
        };
        // One buffer per thread keeps evaluation free of allocation; parameters are decoded (log, int, categorical) first.
        var buffers = new ThreadLocal<double[]>(() => new double[space.RealLength]);
        bool plain = IsPlainReal(space);
        return Create(spec, (genome, objectives, constraintValues) =>
        {
            double[] x = buffers.Value!;
            if (plain)
            {
                genome.Reals.CopyTo(x);
            }
            else
            {
                DecodeInto(genome, x);
            }
            objectives[0] = objective(x);
            for (int i = 0; i < constraints.Length; i++)
            {
                constraintValues[i] = constraints[i](x);
            }
        });
    }

    private static double[] DecodedReals(Candidate candidate)
    {
        if (IsPlainReal(candidate.Space))
        {
            return candidate.Reals;
        }
        var x = new double[candidate.Reals.Length];
        DecodeInto(candidate.AsGenome(), x);
        return x;
    }

    private static bool IsPlainReal(SearchSpace space)
    {
        foreach (Segment segment in space.Segments)
        {
            if (segment.Kind != SegmentKind.Real)
            {
                return false;
            }
        }
        return true;
    }

    private static void DecodeInto(Genome genome, Span<double> values)
    {
        foreach (Segment segment in genome.Space.SegmentSpan)
        {
            for (int i = 0; i < segment.Length; i++)
            {
                values[segment.Offset + i] = segment.Decode(genome.Reals[segment.Offset + i]);
            }
        }
    }
}
