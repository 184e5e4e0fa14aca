using System;
using System.IO;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Rules.Baselines;
using PerfRules.Tables;

namespace PerfRules.Rules.Tests.Baselines;

public class BaselineTests
{
    private static readonly string Seed001 = Path.Combine(SeedFindings.SamplesDirectory, "001_31cd2f4c762929cd.txt");

    private static Finding V04(int line, int row, string value = "完成") =>
        new("V04", Severity.Error, "「设备购置验收合格率」是比率类指标，全年(程)指标值「" + value + "」应写成百分比（如 ≥95%）或序时进度。",
            new FindingLocation { Indicator = "设备购置验收合格率", Row = row, Level1 = "产出指标", Level2 = "质量指标", Field = "全年(程)指标值", Line = line })
        {
            Arguments = ValueList.Of(new FindingArgument("indicator", "设备购置验收合格率"), new FindingArgument("field", "全年(程)指标值"), new FindingArgument("value", value)),
        };

    [Fact]
    public void Fingerprint_ignores_line_row_and_cell_but_not_rule_table_location_or_value()
    {
        var a = FindingFingerprint.Of("samples/001.txt", "办公设备", V04(line: 200, row: 13));
        var moved = V04(line: 230, row: 14);
        moved = moved with { Location = moved.Location with { Cell = "E230" } };

        Assert.Equal(a, FindingFingerprint.Of("other/folder/001.txt", "办公设备", moved));
        Assert.NotEqual(a, FindingFingerprint.Of("samples/001.txt", "办公设备", V04(200, 13, value: "合格")));
        Assert.NotEqual(a, FindingFingerprint.Of("samples/001.txt", "台式机", V04(200, 13)));
        Assert.NotEqual(a, FindingFingerprint.Of("samples/001.txt", "办公设备", V04(200, 13) with { RuleId = "V05" }));
        Assert.NotEqual(a, FindingFingerprint.Of("samples/002.txt", "办公设备", V04(200, 13)));
        Assert.Matches("^v1:[0-9a-f]{16}$", a.Hash);
        Assert.Contains("办公设备", a.Key, StringComparison.Ordinal);
        Assert.DoesNotContain("200", a.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_without_arguments_are_told_apart_by_message_with_line_numbers_blanked()
    {
        var satisfaction = new Finding("S07", Severity.Warning, "没有满意度指标。", FindingLocation.Table);
        var quality = new Finding("S07", Severity.Warning, "产出指标中没有质量指标。", FindingLocation.Table);
        var i03a = new Finding("I03", Severity.Info, "资金总额 6 写在第14行，按第13行的「资金总额」归入", FindingLocation.ForField("资金总额", 14));
        var i03b = new Finding("I03", Severity.Info, "资金总额 6 写在第19行，按第18行的「资金总额」归入", FindingLocation.ForField("资金总额", 19));

        Assert.NotEqual(FindingFingerprint.Of(null, "t", satisfaction), FindingFingerprint.Of(null, "t", quality));
        Assert.Equal(FindingFingerprint.Of(null, "t", i03a), FindingFingerprint.Of(null, "t", i03b));
    }

    [Fact]
    public void Baseline_of_the_seeds_accepts_them_after_lines_are_inserted_and_reports_only_the_edit()
    {
        var engine = RuleEngine.Create();
        var text = File.ReadAllText(Seed001);
        var before = TableTextReader.Read(text, "001.txt").Tables;
        var baseline = Baseline.Create(before.SelectMany(t => engine.Check(t).Select(f => BaselineEntry.Of(t, f))));
        Assert.True(baseline.Entries.Count > 50);

        // Three blank lines on top shift every line; one edit in 办公设备 makes a new finding (C01: half above full).
        const string Line = "产出指标\t数量指标\t设备购置数量\t=1台\t=1台";
        Assert.Single(text.Split('\n'), l => l.TrimEnd('\r') == Line);
        var edited = "\n\n\n" + text.Replace(Line, "产出指标\t数量指标\t设备购置数量\t=3台\t=1台", StringComparison.Ordinal);
        var after = TableTextReader.Read(edited, "001.txt").Tables;
        var matcher = baseline.CreateMatcher();
        var fresh = after.SelectMany(t => engine.Check(t).Where(f => !matcher.Suppresses(t, f)).Select(f => (t.Name, f))).ToList();

        var (table, finding) = Assert.Single(fresh);
        Assert.Equal("办公设备", table);
        Assert.Equal("C01", finding.RuleId);
        Assert.Equal(baseline.Entries.Count, matcher.Suppressed);
        Assert.Empty(matcher.Unmatched());
    }

    [Fact]
    public void Each_entry_suppresses_one_finding_so_a_second_occurrence_is_new()
    {
        var baseline = Baseline.Create(new[] { BaselineEntry.Of("a.txt", "表", V04(10, 1)) });
        var matcher = baseline.CreateMatcher();
        Assert.True(matcher.Suppresses("a.txt", "表", V04(10, 1)));
        Assert.False(matcher.Suppresses("a.txt", "表", V04(11, 2)));
        Assert.Equal(1, matcher.Suppressed);
    }

    [Fact]
    public void Entries_no_finding_matched_are_reported_as_fixed()
    {
        var baseline = Baseline.Create(new[] { BaselineEntry.Of("a.txt", "表", V04(10, 1)), BaselineEntry.Of("a.txt", "表", V04(10, 1, "合格")) });
        var matcher = baseline.CreateMatcher();
        matcher.Suppresses("a.txt", "表", V04(10, 1));
        var left = Assert.Single(matcher.Unmatched());
        Assert.Contains("合格", left.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_json_round_trips_sorted_and_readable()
    {
        var baseline = Baseline.Create(new[] { BaselineEntry.Of("b.txt", "乙", V04(1, 1)), BaselineEntry.Of("a.txt", "甲", V04(1, 1)) });
        var json = baseline.ToJson();

        Assert.Contains("\"schemaVersion\": 1", json, StringComparison.Ordinal);
        Assert.Contains("设备购置验收合格率", json, StringComparison.Ordinal);
        var read = Baseline.Parse(json);
        Assert.Equal(baseline.Entries, read.Entries);
        Assert.Equal(new[] { "a.txt", "b.txt" }, read.Entries.Select(e => e.Source));
        Assert.Equal("产出指标/质量指标/设备购置验收合格率 [全年(程)指标值]", read.Entries[0].Location);
    }

    [Theory]
    [InlineData("[]", "顶层不是 JSON 对象")]
    [InlineData("{\"schemaVersion\": 2, \"findings\": []}", "schemaVersion")]
    [InlineData("{\"schemaVersion\": 1}", "findings")]
    [InlineData("{\"schemaVersion\": 1, \"findings\": [{\"ruleId\": \"S01\"}]}", "findings[0]")]
    [InlineData("{ nope", "b.json")]
    public void A_file_that_is_no_baseline_is_an_InvalidDataException_naming_it_and_why(string json, string fragment)
    {
        var e = Assert.Throws<InvalidDataException>(() => Baseline.Parse(json, "b.json"));
        Assert.Contains("b.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }
}
