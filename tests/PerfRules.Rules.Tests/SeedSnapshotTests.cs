using System.IO;
using Xunit.Abstractions;

namespace PerfRules.Rules.Tests;

public class SeedSnapshotTests(ITestOutputHelper output)
{
    [Fact]
    public void Print()
    {
        var lines = SeedFindings.Snapshot(Tables.Engine);
        File.WriteAllLines("/tmp/seeds.findings.txt", lines);
        foreach (var l in lines) output.WriteLine(l);
    }
}

public class RealPrint
{
    [Fact]
    public void PrintReal()
    {
        var lines = new System.Collections.Generic.List<string>();
        foreach (var file in Directory.GetFiles("/work/shared/real", "*.txt"))
        {
            foreach (var t in PerfRules.Import.TableTextReader.ReadFile(file).Tables)
            {
                foreach (var f in Tables.Engine.Check(t)) if (!f.RuleId.StartsWith('I')) lines.Add(Path.GetFileName(file) + " | " + t.Layout + " | " + SeedFindings.Line(t, f));
            }
        }
        File.WriteAllLines("/tmp/real.findings.txt", lines);
        var dump = new System.Collections.Generic.List<string>();
        foreach (var file in Directory.GetFiles("/work/shared/real", "*.txt"))
        {
            var r = PerfRules.Import.TableTextReader.ReadFile(file);
            foreach (var t in r.Tables)
            {
                dump.Add("== " + Path.GetFileName(file) + " name=" + t.Name + " layout=" + t.Layout + " year=" + t.Year + " goal=" + (t.AnnualGoal?.Length ?? -1) + " funding=" + t.Funding.Total + "/" + t.Funding.Expenditures.Count + " published=" + (t.Published is null ? "null" : t.Published.Budget + "/" + t.Published.Executed));
                foreach (var o in t.OtherFields) dump.Add("   other " + o.Label + " = " + o.Value);
                foreach (var u in t.UnplacedLines) dump.Add("   unplaced " + u.Line + " " + u.Text);
            }
        }
        File.WriteAllLines("/tmp/real.dump.txt", dump);
    }
}
