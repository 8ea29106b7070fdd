using System.Reflection;
using Metaheuristics.Running;

namespace Metaheuristics.Tests.Architecture;

public sealed class CoreDependencyTests
{
    [Test]
    public void CoreAssembly_References_NoOuterLayerLibrary()
    {
        string[] forbidden = ["Spectre", "System.CommandLine", "ScottPlot", "Microsoft.Data.Sqlite", "Orleans", "Microsoft.Extensions"];
        AssemblyName[] references = typeof(Optimizer).Assembly.GetReferencedAssemblies();
        Assert.That(references, Is.Not.Empty);
        foreach (AssemblyName reference in references)
        {
            foreach (string prefix in forbidden)
            {
                Assert.That(reference.Name, Does.Not.StartWith(prefix), $"the engine must not depend on {reference.Name}");
            }
        }
    }
}
