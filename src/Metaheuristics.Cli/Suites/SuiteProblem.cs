namespace Metaheuristics.Cli.Suites;

/// <summary>One problem of a suite: its id and the <c>mh solve</c> arguments that fix its size (<c>--dim</c>, <c>--objectives</c>).</summary>
internal sealed record SuiteProblem(string Id, IReadOnlyList<string> Arguments)
{
    public static SuiteProblem Of(string id, params string[] arguments) => new(id, arguments);
}
