namespace Metaheuristics.Cli.Specs;

/// <summary>A problem spec file that cannot be used: the message names the file, the field's path in it and the bad value.</summary>
internal sealed class SpecFileException(string message) : Exception(message);
