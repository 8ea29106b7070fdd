namespace Metaheuristics.Cli.Catalog;

/// <summary>One <c>--set</c> key of a solver or constraint handler, as <c>mh list</c> documents it.</summary>
internal sealed record SettingKey(string Key, string Description, string Default);
