namespace Metaheuristics.Problems;

/// <summary>
/// A catalog problem that cannot be created as asked: <see cref="Field"/> says which input is wrong (<c>problem</c>,
/// <c>dim</c> or <c>objectives</c>) so a caller can point at its own option or file field.
/// </summary>
public sealed class KnownProblemException : ArgumentException
{
    /// <summary>Creates the exception; its message is "<paramref name="field"/>: <paramref name="reason"/>".</summary>
    public KnownProblemException(string field, string reason, Exception? innerException = null)
        : base($"{field}: {reason}", innerException)
    {
        Field = field;
        Reason = reason;
    }

    /// <summary>The wrong input: <c>problem</c> (the id or TSPLIB path), <c>dim</c> or <c>objectives</c>.</summary>
    public string Field { get; }

    /// <summary>What is wrong with it, without the field name.</summary>
    public string Reason { get; }
}
