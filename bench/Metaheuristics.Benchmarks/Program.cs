using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Metaheuristics.Benchmarks -- --filter '*Dispatch*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
