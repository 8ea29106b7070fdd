namespace Metaheuristics.Problems;

/// <summary>The outcome of one asynchronous evaluation: objective values (user's sense) and constraint values, or an error.</summary>
public sealed class EvaluationResult
{
    private EvaluationResult(double[] objectives, double[] constraints, string? error)
    {
        Objectives = objectives;
        Constraints = constraints;
        Error = error;
    }

    /// <summary>The objective values, in the user's sense.</summary>
    public double[] Objectives { get; }

    /// <summary>The constraint values: inequalities, then equalities.</summary>
    public double[] Constraints { get; }

    /// <summary>Why the evaluation failed, or null when it succeeded.</summary>
    public string? Error { get; }

    /// <summary>A successful evaluation.</summary>
    public static EvaluationResult Of(double[] objectives, double[]? constraints = null)
    {
        ArgumentNullException.ThrowIfNull(objectives);
        return new EvaluationResult(objectives, constraints ?? [], null);
    }

    /// <summary>A successful evaluation of a single objective.</summary>
    public static EvaluationResult Of(double objective) => new([objective], [], null);

    /// <summary>A failed evaluation with its reason.</summary>
    public static EvaluationResult Failure(string message) => new([], [], string.IsNullOrEmpty(message) ? "evaluation failed" : message);
}
