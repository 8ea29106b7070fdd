using Metaheuristics.Problems.Constrained;
using Metaheuristics.Problems.MultiObjective;
using Metaheuristics.Problems.SingleObjective;
using Metaheuristics.Problems.Tsp;

namespace Metaheuristics.Problems;

/// <summary>The catalog of built-in problems by id, as <c>mh list problems</c> shows it.</summary>
public static class KnownProblems
{
    /// <summary>The id prefix that loads a TSPLIB file from disk: <c>tsplib:PATH</c>.</summary>
    public const string TsplibPrefix = "tsplib:";

    private static readonly KnownProblem[] Catalog = BuildCatalog();

    /// <summary>Every built-in problem.</summary>
    public static IReadOnlyList<KnownProblem> All => Catalog;

    /// <summary>Creates the problem called <paramref name="id"/> (case-insensitive), or <c>tsplib:PATH</c>.</summary>
    /// <exception cref="KnownProblemException">The id is unknown or a parameter does not apply or is out of range; <see cref="KnownProblemException.Field"/> names it.</exception>
    public static IOptimizationProblem Create(string id, ProblemParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new KnownProblemException("problem", "the id must not be empty.");
        }
        parameters ??= new ProblemParameters();
        if (id.StartsWith(TsplibPrefix, StringComparison.OrdinalIgnoreCase))
        {
            RejectParameters(id, parameters, takesDimension: false, takesObjectives: false);
            string path = id[TsplibPrefix.Length..];
            if (!File.Exists(path))
            {
                throw new KnownProblemException("problem", $"TSPLIB file '{path}' does not exist.");
            }
            TsplibInstance instance = TsplibReader.Load(path);
            return new TravellingSalesman(instance, KnownTsplibInstances.OptimalLength(instance.Name), instance.Name);
        }
        foreach (KnownProblem problem in Catalog)
        {
            if (problem.Id.Equals(id, StringComparison.OrdinalIgnoreCase))
            {
                RejectParameters(problem.Id, parameters, problem.TakesDimension, problem.TakesObjectives);
                try
                {
                    return problem.Factory(parameters);
                }
                catch (ArgumentOutOfRangeException exception)
                {
                    string field = exception.ParamName == "objectives" ? "objectives" : "dim";
                    throw new KnownProblemException(field, FirstSentence(exception.Message), exception);
                }
            }
        }
        throw new KnownProblemException("problem",
            $"unknown id '{id}'. Known: {string.Join(", ", Array.ConvertAll(Catalog, p => p.Id))}, or tsplib:PATH.");
    }

    private static void RejectParameters(string id, ProblemParameters parameters, bool takesDimension, bool takesObjectives)
    {
        if (parameters.Dimension is not null && !takesDimension)
        {
            throw new KnownProblemException("dim", $"problem '{id}' has a fixed size; do not pass a dimension.");
        }
        if (parameters.Objectives is not null && !takesObjectives)
        {
            throw new KnownProblemException("objectives", $"problem '{id}' has a fixed number of objectives.");
        }
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        string text = end > 0 ? message[..end] : message;
        int newline = text.IndexOf('\n', StringComparison.Ordinal);
        return (newline > 0 ? text[..newline] : text).Trim();
    }

    private static KnownProblem[] BuildCatalog()
    {
        var catalog = new List<KnownProblem>
        {
            Single("sphere", "sum of squares on [-5.12, 5.12]^n, f* = 0", d => new Sphere(d)),
            Single("rastrigin", "multimodal, [-5.12, 5.12]^n, f* = 0", d => new Rastrigin(d)),
            Single("rosenbrock", "curved valley, [-5, 10]^n, f* = 0 at (1, ..., 1)", d => new Rosenbrock(d)),
            Single("ackley", "multimodal, [-15, 30]^n, f* = 0", d => new Ackley(d)),
            Single("griewank", "multimodal, [-600, 600]^n, f* = 0", d => new Griewank(d)),
            Single("schwefel", "deceptive, [-500, 500]^n, f* = 0 at 420.9687", d => new Schwefel(d)),
            new("zdt1", "2 objectives, convex front; n = 30 by default", true, false, p => new Zdt1(p.Dimension ?? 30)),
            new("zdt2", "2 objectives, concave front; n = 30 by default", true, false, p => new Zdt2(p.Dimension ?? 30)),
            new("zdt3", "2 objectives, disconnected front; n = 30 by default", true, false, p => new Zdt3(p.Dimension ?? 30)),
            new("zdt4", "2 objectives, many local fronts; n = 10 by default", true, false, p => new Zdt4(p.Dimension ?? 10)),
            new("zdt6", "2 objectives, non-uniform front; n = 10 by default", true, false, p => new Zdt6(p.Dimension ?? 10)),
            new("dtlz1", "M objectives (3), linear front; n = M + 4 by default", true, true, p => new Dtlz1(p.Objectives ?? 3, p.Dimension)),
            new("dtlz2", "M objectives (3), spherical front; n = M + 9 by default", true, true, p => new Dtlz2(p.Objectives ?? 3, p.Dimension)),
            new("dtlz3", "M objectives (3), spherical front, multimodal; n = M + 9", true, true, p => new Dtlz3(p.Objectives ?? 3, p.Dimension)),
            new("dtlz4", "M objectives (3), spherical front, biased density; n = M + 9", true, true, p => new Dtlz4(p.Objectives ?? 3, p.Dimension)),
            new("dtlz5", "M objectives (3), degenerate curve front; n = M + 9", true, true, p => new Dtlz5(p.Objectives ?? 3, p.Dimension)),
            new("dtlz6", "M objectives (3), degenerate curve front, hard g; n = M + 9", true, true, p => new Dtlz6(p.Objectives ?? 3, p.Dimension)),
            new("dtlz7", "M objectives (3), disconnected front; n = M + 19", true, true, p => new Dtlz7(p.Objectives ?? 3, p.Dimension)),
        };
        foreach (string id in Cec2006.Ids)
        {
            string cec = id;
            Cec2006Problem problem = Cec2006.Create(cec);
            ProblemSpec spec = problem.Spec;
            catalog.Add(new KnownProblem(cec,
                $"CEC 2006 constrained, n = {spec.Space.RealLength}, {spec.InequalityCount} g, {spec.EqualityCount} h, best known f = {spec.KnownOptimum!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                false, false, _ => Cec2006.Create(cec)));
        }
        foreach (string id in KnownTsplibInstances.Ids)
        {
            string tsp = id;
            catalog.Add(new KnownProblem(tsp, $"TSPLIB {tsp}, optimal tour {KnownTsplibInstances.OptimalLength(tsp)}", false, false,
                _ => KnownTsplibInstances.Problem(tsp)));
        }
        return [.. catalog];
    }

    private static KnownProblem Single(string id, string description, Func<int, IProblem> create) =>
        new(id, description + "; n = 30 by default", true, false, p => create(p.Dimension ?? 30));
}
