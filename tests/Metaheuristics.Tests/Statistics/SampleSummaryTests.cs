using Metaheuristics.Statistics;

namespace Metaheuristics.Tests.Statistics;

public sealed class SampleSummaryTests
{
    [Test]
    public void Of_TenValues_QuartilesFollowRType7()
    {
        // R: quantile(c(1, 2, 3, 4, 5, 6, 7, 8, 9, 100)) gives 25% = 3.25, 50% = 5.5, 75% = 7.75.
        SampleSummary summary = SampleSummary.Of([7, 2, 100, 4, 5, 6, 1, 8, 9, 3]);

        Assert.That(summary.Count, Is.EqualTo(10));
        Assert.That(summary.Minimum, Is.EqualTo(1));
        Assert.That(summary.LowerQuartile, Is.EqualTo(3.25).Within(1e-12));
        Assert.That(summary.Median, Is.EqualTo(5.5).Within(1e-12));
        Assert.That(summary.UpperQuartile, Is.EqualTo(7.75).Within(1e-12));
        Assert.That(summary.InterquartileRange, Is.EqualTo(4.5).Within(1e-12));
        Assert.That(summary.Maximum, Is.EqualTo(100));
        Assert.That(summary.Mean, Is.EqualTo(14.5).Within(1e-12));
    }

    [Test]
    public void Of_OneValue_EverythingIsThatValue()
    {
        SampleSummary summary = SampleSummary.Of([2.5]);

        Assert.That(new[] { summary.Minimum, summary.LowerQuartile, summary.Median, summary.UpperQuartile, summary.Maximum }, Is.All.EqualTo(2.5));
    }

    [Test]
    public void Of_EmptyOrNaN_Throws()
    {
        Assert.Throws<ArgumentException>(() => SampleSummary.Of([]));
        Assert.Throws<ArgumentException>(() => SampleSummary.Of([1, double.NaN]));
    }
}
