namespace Metaheuristics.Problems.Tests;

public sealed class KnownProblemsTests
{
    [Test]
    public void Create_EveryCatalogId_GivesAProblemNamedAfterIt()
    {
        foreach (KnownProblem entry in KnownProblems.All)
        {
            IOptimizationProblem problem = KnownProblems.Create(entry.Id.ToUpperInvariant());
            Assert.That(problem.Spec.Name, Is.EqualTo(entry.Id));
            Assert.DoesNotThrow(problem.Spec.Validate);
        }
    }

    [Test]
    public void Create_DimensionAndObjectives_AreApplied()
    {
        Assert.That(KnownProblems.Create("rastrigin", new ProblemParameters(Dimension: 7)).Spec.Space.RealLength, Is.EqualTo(7));
        Assert.That(KnownProblems.Create("zdt1", new ProblemParameters(Dimension: 12)).Spec.Space.RealLength, Is.EqualTo(12));
        ProblemSpec dtlz = KnownProblems.Create("dtlz2", new ProblemParameters(Dimension: 14, Objectives: 5)).Spec;
        Assert.That((dtlz.Space.RealLength, dtlz.ObjectiveCount), Is.EqualTo((14, 5)));
        Assert.That(KnownProblems.Create("dtlz1").Spec.Space.RealLength, Is.EqualTo(7));
    }

    [TestCase("nosuch", null, null, "problem", "unknown id 'nosuch'")]
    [TestCase("  ", null, null, "problem", "the id must not be empty")]
    [TestCase("berlin52", 10, null, "dim", "has a fixed size")]
    [TestCase("zdt1", null, 3, "objectives", "has a fixed number of objectives")]
    [TestCase("rosenbrock", 1, null, "dim", "Rosenbrock needs at least 2 dimensions")]
    [TestCase("dtlz2", 2, 3, "dim", "")]
    [TestCase("tsplib:/no/such/file.tsp", null, null, "problem", "does not exist")]
    public void Create_BadRequest_ErrorNamesTheField(string id, int? dimension, int? objectives, string field, string reason)
    {
        var error = Assert.Throws<KnownProblemException>(() => KnownProblems.Create(id, new ProblemParameters(dimension, objectives)));
        Assert.That(error!.Field, Is.EqualTo(field));
        Assert.That(error.Reason, Does.Contain(reason).And.Not.Contain("(Parameter"));
        Assert.That(error.Message, Is.EqualTo($"{field}: {error.Reason}"));
    }

    [Test]
    public void Create_TsplibPath_LoadsTheFileWithItsKnownOptimum()
    {
        string path = Path.Combine(Path.GetTempPath(), $"mh-test-{Guid.NewGuid():N}.tsp");
        using (Stream resource = typeof(KnownProblems).Assembly.GetManifestResourceStream("tsplib/eil51.tsp")!)
        using (FileStream file = File.Create(path))
        {
            resource.CopyTo(file);
        }
        try
        {
            IOptimizationProblem problem = KnownProblems.Create(KnownProblems.TsplibPrefix + path);
            Assert.That(problem.Spec.Name, Is.EqualTo("eil51"));
            Assert.That(problem.Spec.KnownOptimum, Is.EqualTo(426));
            Assert.That(problem.Spec.Space.IsPermutation, Is.True);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
