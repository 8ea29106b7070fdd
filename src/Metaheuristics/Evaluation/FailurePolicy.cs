namespace Metaheuristics.Evaluation;

/// <summary>What to do when an evaluation throws, returns NaN/∞ or an error, or times out.</summary>
public enum FailurePolicy
{
    /// <summary>Record the failure against the row (it ranks worst) and go on.</summary>
    Continue,
    /// <summary>Stop the run cleanly with the failure's message; everything scored so far is kept.</summary>
    Stop,
}
