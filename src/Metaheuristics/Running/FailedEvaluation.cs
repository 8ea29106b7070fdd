using Metaheuristics.Spaces;

namespace Metaheuristics.Running;

/// <summary>One evaluation that failed (threw, timed out, returned NaN/∞, crashed its worker): the candidate and why.</summary>
/// <param name="Candidate">The candidate that was being scored; its <see cref="Candidate.Id"/> is its place in the run's sequence of evaluations.</param>
/// <param name="Reason">The recorded reason.</param>
public sealed record FailedEvaluation(Candidate Candidate, string Reason);
