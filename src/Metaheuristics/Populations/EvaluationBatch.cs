namespace Metaheuristics.Populations;

/// <summary>A contiguous range of population rows that a solver asks to have scored.</summary>
/// <param name="Population">The population that holds the rows.</param>
/// <param name="Start">The first row.</param>
/// <param name="Count">How many rows.</param>
public readonly record struct EvaluationBatch(Population Population, int Start, int Count)
{
    /// <summary>One past the last row.</summary>
    public int End => Start + Count;

    /// <summary>The same batch cut down to its first <paramref name="count"/> rows.</summary>
    public EvaluationBatch Take(int count) => this with { Count = Math.Clamp(count, 0, Count) };
}
