using Metaheuristics.Cli;

// Live progress only when a person watches: neither stream redirected to a file or a pipe.
bool interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
return await MhApp.RunAsync(args, Console.Out, Console.Error, interactive).ConfigureAwait(false);
