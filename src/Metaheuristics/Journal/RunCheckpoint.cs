namespace Metaheuristics.Journal;

/// <summary>Where a run stands when it checkpoints: what a resume will replay up to.</summary>
/// <param name="Batches">Evaluated batches recorded so far (replayed ones included).</param>
/// <param name="Generation">Generations completed.</param>
/// <param name="Evaluations">Evaluations used so far, failed ones included.</param>
/// <param name="Elapsed">Time spent in this process's part of the run.</param>
public readonly record struct RunCheckpoint(int Batches, int Generation, long Evaluations, TimeSpan Elapsed);
