namespace Metaheuristics.Storage;

/// <summary>The run store cannot be used: not a database, another application's database, a newer schema, locked, full or read-only.</summary>
public sealed class RunStoreException : Exception
{
    /// <summary>Creates the exception for the store at <paramref name="path"/>.</summary>
    public RunStoreException(string path, string reason, Exception? inner = null)
        : base($"Run store '{path}': {reason}", inner)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>What is wrong, without the path.</summary>
    public string Reason { get; }
}
