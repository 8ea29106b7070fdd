using Metaheuristics.Cli;

return await MhApp.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
