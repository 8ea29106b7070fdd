using Metaheuristics.Spaces;

namespace Metaheuristics.Problems;

/// <summary>The full synchronous form of an objective: reads a genome, writes objectives and constraint values.</summary>
public delegate void GenomeObjective(Genome genome, Span<double> objectives, Span<double> constraints);
