using System.Linq;
using Xunit.Abstractions;

namespace PerfRules.Rules.Tests.Real;

/// <summary>
/// The measurement of <see cref="RealMeasure"/> over every real file, printed (run with
/// <c>--logger "console;verbosity=detailed"</c> to see the per-file table) and asserted: every file's indicator rows
/// are read, no file has an S04 error from a legacy hierarchy, and the listed defects found stay at least what they are.
/// </summary>
public class RealMeasureTests
{
    private readonly ITestOutputHelper _output;

    public RealMeasureTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_real_file_reads_its_indicator_rows_and_the_listed_defects_are_found()
    {
        var measures = RealFindings.Files().Select(RealMeasure.Measure).ToList();
        _output.WriteLine(RealMeasure.Report(measures));
        Assert.Equal(24, measures.Count);
        Assert.All(measures, m => Assert.True(m.Rows == m.Expected, m.File + ": " + m.Rows + " indicator rows read, " + m.Expected + " in the file"));

        // The only S04 is 02's 经济成本指标 under 产出, a real misplacement; 满意度 under 效益 (12, 13, 19) is not one.
        Assert.Equal(new[] { "02" }, measures.Where(m => m.S04 > 0).Select(m => m.File));

        var found = measures.Sum(m => m.DefectsFound);
        var listed = measures.Sum(m => m.DefectsListed);
        Assert.Equal(53, listed);
        // 51: 12's 优良 (a grade word; grade words are valid targets outside 时效) and 13's damaged dates (20246-202516 cannot be
        // read, so C06 cannot order them) are the two listed defects not found.
        Assert.True(found >= 51, "defects found: " + found + " of " + listed + "\n" + RealMeasure.Report(measures));
    }
}
