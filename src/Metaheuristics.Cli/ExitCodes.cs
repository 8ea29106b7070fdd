namespace Metaheuristics.Cli;

/// <summary>The process exit codes of <c>mh</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The run stopped on a failed evaluation under --fail-fast, or was cancelled.</summary>
    public const int RunStopped = 1;

    /// <summary>A bad option, id or value.</summary>
    public const int Usage = 2;
}
