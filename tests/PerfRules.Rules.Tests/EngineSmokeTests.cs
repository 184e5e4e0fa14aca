using System.Linq;

namespace PerfRules.Rules.Tests;

public class EngineSmokeTests
{
    [Fact]
    public void The_compliant_table_has_no_finding()
    {
        var findings = Tables.Compliant().Check();
        Assert.True(findings.Count == 0, findings.Show());
    }

    [Fact]
    public void The_catalogue_loads_every_id()
    {
        var ids = Tables.Engine.RuleSet.Rules.Select(r => r.Id).Distinct().ToList();
        var expected = Enumerable.Range(1, 11).Select(i => $"S{i:00}")
            .Concat(Enumerable.Range(1, 10).Select(i => $"V{i:00}"))
            .Concat(Enumerable.Range(1, 6).Select(i => $"C{i:00}"))
            .Concat(Enumerable.Range(1, 6).Select(i => $"F{i:00}"));
        Assert.Equal(expected, ids);
    }
}
