using System.Globalization;

namespace Metaheuristics.Cli.Suites;

/// <summary>One problem of a suite: its id and, when the suite pins them, its number of variables and of objectives.</summary>
internal sealed record SuiteProblem(string Id, int? Dimension = null, int? Objectives = null)
{
    /// <summary>The <c>mh solve</c> arguments that fix the problem's size.</summary>
    public IReadOnlyList<string> Arguments
    {
        get
        {
            var arguments = new List<string>(4);
            if (Objectives is { } m)
            {
                arguments.AddRange(["--objectives", m.ToString(CultureInfo.InvariantCulture)]);
            }
            if (Dimension is { } n)
            {
                arguments.AddRange(["--dim", n.ToString(CultureInfo.InvariantCulture)]);
            }
            return arguments;
        }
    }
}
