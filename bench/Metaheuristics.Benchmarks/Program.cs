using BenchmarkDotNet.Running;
using Metaheuristics.Benchmarks.Quality;

// Timing:  dotnet run -c Release --project bench/Metaheuristics.Benchmarks -- --filter '*Dispatch*' [--job short]
// Store:   dotnet run -c Release --project bench/Metaheuristics.Benchmarks -- store-phases [runs]
// Quality: dotnet run -c Release --project bench/Metaheuristics.Benchmarks -- quality continuous|tsp|nsga2 [seeds]
//          ... -- quality cec2006 [seeds] [solver:handler,...] [cec2006-g01,...]
if (args.Length > 0 && args[0] == "store-phases")
{
    return await Metaheuristics.Benchmarks.StorePhasesHarness.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 160);
}
if (args.Length > 0 && args[0] == "quality")
{
    return await QualityRunner.RunAsync(args);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
