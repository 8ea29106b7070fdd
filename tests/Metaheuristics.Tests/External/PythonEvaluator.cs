using System.Diagnostics;
using Metaheuristics.External;

namespace Metaheuristics.Tests.External;

/// <summary>Options that run a Python evaluator of the repository; tests that need one are inconclusive where python3 is missing.</summary>
internal static class PythonEvaluator
{
    private static readonly Lazy<bool> Available = new(() =>
    {
        try
        {
            using Process? process = Process.Start(new ProcessStartInfo("python3", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            process?.WaitForExit();
            return process is { ExitCode: 0 };
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    public static string Faulty => RepositoryPaths.Combine("tests", "Metaheuristics.Tests", "External", "Evaluators", "faulty.py");

    public static ExternalEvaluatorOptions Options(string script, params string[] arguments)
    {
        Assume.That(Available.Value, Is.True, "python3 is needed on PATH to run the external evaluator tests");
        return new ExternalEvaluatorOptions { Command = ["python3", script, .. arguments] };
    }
}
