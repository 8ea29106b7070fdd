namespace Metaheuristics.Problems.Tsp;

/// <summary>Thrown when a TSPLIB file cannot be read; the message names the line and what was wrong.</summary>
public sealed class TsplibFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public TsplibFormatException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public TsplibFormatException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
