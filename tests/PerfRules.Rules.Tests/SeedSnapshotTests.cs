using System;
using System.IO;
using System.Linq;
using PerfRules.Checks;
using PerfRules.Rules.Expressions;
using static PerfRules.Rules.Tests.Assertions;

namespace PerfRules.Rules.Tests;

public class SeedSnapshotTests
{
    private static string SnapshotPath => Path.Combine(AppContext.BaseDirectory, "Snapshots", "seeds.findings.txt");

    [Fact]
    public void The_seven_seed_tables_produce_exactly_the_reviewed_findings()
    {
        var expected = File.ReadAllLines(SnapshotPath).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var actual = SeedFindings.Tables()
            .SelectMany(t => Tables.Engine.Check(t).Where(f => !f.RuleId.StartsWith('I')).Select(f => SeedFindings.Line(t, f)))
            .ToList();
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            "missing:\n" + string.Join("\n", missing) + "\nunexpected:\n" + string.Join("\n", extra));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_seed_table_is_read_and_checked_under_nanjing_2026()
    {
        var tables = SeedFindings.Tables();
        Assert.Equal(7, tables.Count);
        Assert.All(tables, t => Assert.Equal("nanjing-2026", Tables.Engine.ProfileFor(t).Name));
    }

    [Fact]
    public void Import_findings_come_first_in_the_readers_order()
    {
        var t = SeedFindings.Table("委托服务费");
        var findings = Tables.Engine.Check(t);
        var imports = findings.TakeWhile(f => f.RuleId.StartsWith('I')).ToList();
        Assert.Equal(t.ImportFindings, imports);
        Assert.DoesNotContain(findings.Skip(imports.Count), f => f.RuleId.StartsWith('I'));
    }

    [Fact]
    public void 委托服务费_blank_资金总额_is_F01_not_F02()
    {
        var findings = Tables.Engine.Check(SeedFindings.Table("委托服务费"));
        Single(findings, "F01", field: "资金总额");
        None(findings, "F02");
    }

    [Fact]
    public void Correct_rows_are_not_flagged_on_the_seeds()
    {
        var all = SeedFindings.Tables().SelectMany(t => Tables.Engine.Check(t)).ToList();
        None(all, "V03");
        None(all, "C01");
        None(all, "C02");
        None(all, "F02");
        Assert.DoesNotContain(all, f => f.Location.Indicator is "资金到位率" or "预算执行率" && f.RuleId == "V10");
    }

    [Fact]
    public void The_专项资金_annual_goal_promises_are_recognised_and_covered()
    {
        var t = SeedFindings.Table("南京市工业和信息化发展专项资金");
        var promises = Prose.Promises(t.AnnualGoal).Select(p => p.ToString()).ToList();
        Assert.Equal(new[] { "30家", "40个", "400个", "1000个", "200家", "150场" }, promises);
        Assert.Empty(Coherence.UncoveredPromises(t));
    }

    [Fact]
    public void Seed_defects_are_found_with_the_right_id_and_location()
    {
        var check = (string name) => Tables.Engine.Check(SeedFindings.Table(name));
        Single(check("办公设备").Where(f => f.Location.Field == CellColumns.FullYear).ToList(), "V04", indicator: "设备购置验收合格率", fragment: "「完成」");
        Assert.Equal(2, check("委托服务费").Count(f => f.RuleId == "V09" && f.Location.Indicator == "惠企政策编印发放效率"));
        Single(check("服务体系服务费"), "C05", indicator: "收集服务机构");
        Single(check("南京市工业和信息化发展专项资金").Where(f => f.Location.Indicator == "规上软件信息业营收增速（%）").ToList(), "V10", fragment: "「8」");
        foreach (var name in new[] { "平台运营服务费", "委托服务费", "服务体系服务费", "全国计算机技术与软件专业技术资格（水平）南京考区考试" })
        {
            Single(check(name), "F05", indicator: "预算执行率");
        }

        Assert.Equal(4, SeedFindings.Tables().Count(t => Tables.Engine.Check(t).Any(f => f.Message == "没有满意度指标。")));
        Assert.All(SeedFindings.Tables(), t => Single(Tables.Engine.Check(t), "S08"));
    }
}
