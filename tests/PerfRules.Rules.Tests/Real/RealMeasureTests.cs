using System.Linq;
using Xunit.Abstractions;

namespace PerfRules.Rules.Tests.Real;

/// <summary>The measurement of <see cref="RealMeasure"/> over every real file, printed and asserted.</summary>
public class RealMeasureTests
{
    private readonly ITestOutputHelper _output;

    public RealMeasureTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_real_file_reads_its_indicator_rows_and_the_listed_defects_are_found()
    {
        var measures = RealFindings.Files().Select(RealMeasure.Measure).ToList();
        _output.WriteLine(RealMeasure.Report(measures));
        System.IO.File.WriteAllText("/tmp/real-measure.txt", RealMeasure.Report(measures));
        var sb = new System.Text.StringBuilder();
        foreach (var f in RealFindings.Files())
        {
            var r = PerfRules.Import.TableTextReader.ReadFile(RealFindings.PathOf(f));
            sb.AppendLine("=== " + f);
            foreach (var u in r.UnplacedLines) sb.AppendLine("  U@" + u.Line + " " + u.Text);
            foreach (var t in r.Tables)
            {
                sb.AppendLine(" T " + t.Name + " layout=" + t.Layout);
                foreach (var i in t.Indicators) sb.AppendLine("  #" + i.Row + "@" + i.Line + " " + i.Level1 + "/" + i.Level2 + "/" + i.Name + " | " + i.FullYear + " | op=" + i.OperatorText + " unit=" + i.UnitText + " w=" + i.Weight + " dir=" + i.Direction + " vt=" + i.ValueType);
                foreach (var u in t.UnplacedLines) sb.AppendLine("  U@" + u.Line + " " + u.Text);
                foreach (var x in RealMeasure.FindingsOf(t)) sb.AppendLine("  F " + x.RuleId + " " + x.Severity + " " + x.Location + " " + x.Message);
            }
        }

        System.IO.File.WriteAllText("/tmp/real-detail.txt", sb.ToString());
    }
}
