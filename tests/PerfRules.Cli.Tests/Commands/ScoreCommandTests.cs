using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PerfRules.Json;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Cli.Tests.Commands;

public sealed class ScoreCommandTests : IDisposable
{
    private static readonly string Seed001 = Path.Combine(CliRunner.Samples, "001_31cd2f4c762929cd.txt");
    private static readonly string SampleActuals = Path.Combine(CliRunner.Samples, "actuals", "2026-seed-actuals.json");
    private readonly string _temp = CliRunner.TempFolder();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static JsonElement Table(string json, string name)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("name").GetString() == name).Clone();
    }

    [Fact]
    public void Scores_the_seed_desktop_table_from_the_sample_actuals_as_json()
    {
        var (exit, output, error) = CliRunner.Run("score", Seed001, "--actuals", SampleActuals, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal("perfrules: " + SampleActuals + "：有 1 张表不在输入中，它们的实际值没有用上（请核对表名）：“南京市工业和信息化发展专项资金”" + Environment.NewLine, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(6, doc.RootElement.GetProperty("tables").GetArrayLength());

        var desktop = Table(output, "台式机");
        Assert.Equal("94.07", desktop.GetProperty("total").GetRawText()); // as displayed: two places
        Assert.Equal("优", desktop.GetProperty("grade").GetString());
        Assert.Equal("national-2020", desktop.GetProperty("profile").GetString());
        Assert.Equal("2026-12-31", desktop.GetProperty("asOf").GetString());
        Assert.Equal("fullYear", desktop.GetProperty("point").GetString());

        var sections = desktop.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(new[] { "预算执行率", "产出", "效益", "满意度" }, sections.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(new[] { "10.74", "50.00", "33.33", "0.00" }, sections.Select(s => Math.Round(s.GetProperty("score").GetDecimal(), 2, MidpointRounding.AwayFromZero).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(sections[3].GetProperty("empty").GetBoolean());

        var count = desktop.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "设备购置数量");
        Assert.Equal(12, count.GetProperty("row").GetInt32());
        Assert.Equal("partiallyMet", count.GetProperty("status").GetString());
        Assert.Equal("=10台", count.GetProperty("target").GetString());
        Assert.Equal("9台", count.GetProperty("actual").GetString());
        Assert.Equal("产出", count.GetProperty("section").GetString());
        Assert.Equal("notScored", desktop.GetProperty("indicators")[0].GetProperty("status").GetString());

        var finding = Assert.Single(desktop.GetProperty("findings").EnumerateArray());
        Assert.Equal("E05", finding.GetProperty("ruleId").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal("预算执行率", finding.GetProperty("location").GetProperty("field").GetString());
        Assert.Contains("96.67%", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_output_shows_status_sections_total_and_findings()
    {
        var (exit, output, _) = CliRunner.Run("score", Seed001, "--actuals", SampleActuals);
        Assert.Equal(0, exit);
        var desktop = output.Substring(output.IndexOf("台式机  (2026年度)", StringComparison.Ordinal));
        desktop = desktop.Substring(0, desktop.IndexOf("=====", StringComparison.Ordinal));
        Assert.Contains("设备购置数量              =10台   9台         部分达成  18.52  16.67", desktop, StringComparison.Ordinal);
        Assert.Contains("预算执行率  11.11  10.74  执行 5.8 / 6 万元 = 96.67%", desktop, StringComparison.Ordinal);
        Assert.Contains("总分 94.07  等级 优", desktop, StringComparison.Ordinal);
        Assert.Contains("E05 警告 [预算执行率] 全年预算执行率 96.67%", desktop, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_actuals_for_tables_not_given_are_reported_but_do_not_fail()
    {
        var (exit, _, error) = CliRunner.Run("score", Path.Combine(CliRunner.Samples, "000_27d945da3f6b14f2.txt"), "--actuals", SampleActuals, "--format", "json");
        Assert.Equal(0, exit);
        Assert.Contains("：有 6 张表不在输入中", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Variant_profile_by_name_reweights()
    {
        var (exit, output, _) = CliRunner.Run("score", Seed001, "--actuals", SampleActuals, "--format", "json", "--profile", "variant-20-40-40");
        Assert.Equal(0, exit);
        var desktop = Table(output, "台式机");
        Assert.Equal("variant-20-40-40", desktop.GetProperty("profile").GetString());
        Assert.Equal(95.33m, Math.Round(desktop.GetProperty("total").GetDecimal(), 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Profile_file_with_a_scoring_section_is_used_and_a_bad_one_is_a_usage_error()
    {
        var good = Path.Combine(_temp, "p.json");
        File.WriteAllText(good, "{\"name\":\"mine\",\"rules\":{},\"scoring\":{\"weights\":{\"预算执行率\":20,\"产出\":40,\"效益\":40}}}");
        var (exit, output, _) = CliRunner.Run("score", Seed001, "--actuals", SampleActuals, "--format", "json", "--profile", good);
        Assert.Equal(0, exit);
        Assert.Equal("mine", Table(output, "台式机").GetProperty("profile").GetString());

        var bad = Path.Combine(_temp, "bad.json");
        File.WriteAllText(bad, "{\"scoring\":{\"weights\":{\"预算执行率\":10,\"产出\":50,\"效益\":30}}}");
        var (badExit, _, error) = CliRunner.Run("score", Seed001, "--actuals", SampleActuals, "--profile", bad);
        Assert.Equal(2, badExit);
        Assert.Contains("$.scoring.weights：各部分权重合计 90，应为 100。", error, StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_30_June_judges_the_half_year_column()
    {
        var (_, output, _) = CliRunner.Run("score", Seed001, "--actuals", SampleActuals, "--format", "json", "--as-of", "2026-06-30");
        var desktop = Table(output, "台式机");
        Assert.Equal("halfYear", desktop.GetProperty("point").GetString());
        Assert.Equal(Math.Round(181m / 365m, 4, MidpointRounding.AwayFromZero), desktop.GetProperty("expectedShare").GetDecimal()); // as displayed: a percentage with two places
    }

    [Fact]
    public void Missing_actual_is_an_error_finding_and_exit_1()
    {
        var actuals = Path.Combine(_temp, "a.json");
        File.WriteAllText(actuals, "{\"tables\":[{\"name\":\"台式机\",\"executed\":6,\"actuals\":[{\"indicator\":\"设备购置数量\",\"value\":\"10台\"}]}]}");
        var (exit, output, error) = CliRunner.Run("score", Seed001, "--actuals", actuals, "--format", "json");
        Assert.Equal(1, exit);
        Assert.Contains("perfrules: 已跳过“平台运营服务费”：实际值文件中没有这张表的记录", error, StringComparison.Ordinal);
        var findings = Table(output, "台式机").GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(new[] { 13, 14, 15 }, findings.Where(f => f.GetProperty("ruleId").GetString() == "E01").Select(f => f.GetProperty("location").GetProperty("row").GetInt32()));
    }

    [Fact]
    public void Unreadable_actuals_file_is_a_usage_error_naming_path_and_position()
    {
        var actuals = Path.Combine(_temp, "a.json");
        File.WriteAllText(actuals, "{\"tables\":[{\"name\":\"台式机\",\"executed\":\"5.8\"}]}");
        var (exit, output, error) = CliRunner.Run("score", Seed001, "--actuals", actuals);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("$.tables[0].executed: 类型不符：“executed”应为数字（万元），如 5.8。", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Target_tables_without_actuals_are_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run("score", Seed001);
        Assert.Equal(2, exit);
        Assert.Contains("perfrules: 没有可评分的表：目标表请用 --actuals 给出实际值", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_as_of_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run("score", Seed001, "--actuals", SampleActuals, "--as-of", "2026/12/31");
        Assert.Equal(2, exit);
        Assert.Contains("perfrules: --as-of “2026/12/31” 不是 yyyy-MM-dd 格式的日期（如 ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Self_evaluation_table_is_recomputed_from_its_published_actuals()
    {
        // 天长市水利局 2022 自评 (real/08), reduced: one indicator scored 7 of 10 although met in full.
        var table = new PerformanceTable("水旱灾害防御经费")
        {
            Year = 2022,
            Layout = TableLayouts.National,
            Funding = new Funding { Total = 880m },
            SectionWeights = ValueList.Of(new SectionWeight("产出指标", 50m), new SectionWeight("效益指标", 30m), new SectionWeight("满意度指标", 10m)),
            Indicators = ValueList.Of(
                new Indicator(1, "产出指标", "数量指标", "完成中型灌区节水改造项目数量", IndicatorValue.Empty, new NumericValue(Comparison.Unspecified, 1)) { Weight = 50m },
                new Indicator(2, "效益指标", "可持续影响指标", "已建工程良性运行", IndicatorValue.Empty, new QualitativeValue("完成", QualitativeKind.Completion, 0)) { Weight = 30m },
                new Indicator(3, "满意度指标", "服务对象满意度指标", "服务对象满意度", IndicatorValue.Empty, new NumericValue(Comparison.Unspecified, 90, "%")) { Weight = 10m }),
            Published = new PublishedEvaluation
            {
                Budget = 880m,
                Executed = 880m,
                ExecutionRate = 100m,
                ExecutionWeight = 10m,
                ExecutionScore = 10m,
                Total = 97m,
                Indicators = ValueList.Of(
                    new PublishedIndicator(1, "1") { Score = 50m },
                    new PublishedIndicator(2, "完成") { Score = 27m },
                    new PublishedIndicator(3, "100%") { Score = 10m }),
            },
        };
        var file = Path.Combine(_temp, "zp.json");
        File.WriteAllText(file, PerfRulesJson.Serialize(table));

        var (exit, output, error) = CliRunner.Run("score", file, "--format", "json");

        Assert.True(exit == 0, output + error);
        Assert.Equal(string.Empty, error);
        var scored = Table(output, "水旱灾害防御经费");
        Assert.Equal("2022-12-31", scored.GetProperty("asOf").GetString());
        Assert.Equal(100m, scored.GetProperty("total").GetDecimal());
        var e06 = scored.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "E06").ToList();
        Assert.Equal(2, e06.Count);
        // Table-level findings come first within a rule id.
        Assert.Equal("总分", e06[0].GetProperty("location").GetProperty("field").GetString());
        Assert.Contains("已公布总分 97 与重新计算的 100.00（优）相差 3.00 分", e06[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("已建工程良性运行", e06[1].GetProperty("location").GetProperty("indicator").GetString());
        Assert.Contains("已公布得分 27 与重新计算的 30.00", e06[1].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
    private static string Real(string file) => Path.Combine(CliRunner.Samples, "real", file);

    [Fact]
    public void Real_self_evaluation_table_is_scored_from_the_file_alone()
    {
        // samples/real/08: 天长市水利局 2022 自评, 执行 880 / 880; rows 3–8 publish 10 of 10 with an empty 年度指标值.
        var (exit, output, error) = CliRunner.Run("score", Real("08-tianchang-shuili-fangyu-zp2022.txt"));

        Assert.True(exit == 0, output + error);
        Assert.Equal(string.Empty, error);
        Assert.Contains("水旱灾害防御经费  (2022年度)", output, StringComparison.Ordinal);
        Assert.Contains("执行 880 / 880 万元 = 100.00%", output, StringComparison.Ordinal);
        Assert.Contains("总分 100.00  等级 优", output, StringComparison.Ordinal);
        Assert.Contains("E06 警告 [第3行 指标1:工程质量合格] 指标“指标1:工程质量合格”已公布得分 10，但年度指标值为空、实际完成值也为空，重新计算不得分（0", output, StringComparison.Ordinal);
        Assert.Equal(6, output.Split('\n').Count(l => l.Contains("E06 警告", StringComparison.Ordinal)));
    }

    [Fact]
    public void Real_self_evaluation_table_as_json_has_the_published_actuals_and_the_recomputed_total()
    {
        var (exit, output, error) = CliRunner.Run("score", Real("08-tianchang-shuili-fangyu-zp2022.txt"), "--format", "json");

        Assert.True(exit == 0, output + error);
        var scored = Table(output, "水旱灾害防御经费");
        Assert.Equal(("national-self-evaluation", "2022-12-31", 100m, "优"), (scored.GetProperty("layout").GetString(), scored.GetProperty("asOf").GetString(), Math.Round(scored.GetProperty("total").GetDecimal(), 2, MidpointRounding.AwayFromZero), scored.GetProperty("grade").GetString()));
        var satisfaction = scored.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "指标1:服务对象满意度");
        Assert.Equal(("met", "90%", "100%"), (satisfaction.GetProperty("status").GetString(), satisfaction.GetProperty("target").GetString(), satisfaction.GetProperty("actual").GetString()));
        var e06 = scored.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "E06").ToList();
        Assert.Equal(new[] { 3, 4, 5, 6, 7, 8 }, e06.Select(f => f.GetProperty("location").GetProperty("row").GetInt32()));
    }

    [Fact]
    public void Real_folder_scores_the_three_self_evaluations_and_names_the_target_tables_it_skips()
    {
        var (exit, output, error) = CliRunner.RunOn("score", CliRunner.ReviewedReal);

        // 01 publishes no 完成值: its two indicators are E01 errors, so the run exits 1.
        Assert.Equal(1, exit);
        Assert.Contains("总分 10.00  等级 差", output, StringComparison.Ordinal);
        Assert.Contains("总分 100.00  等级 优", output, StringComparison.Ordinal);
        Assert.Contains("总分 90.74  等级 优", output, StringComparison.Ordinal);
        Assert.Contains("E03 警告 [第5行 项目完成时间]", output, StringComparison.Ordinal);
        Assert.Equal(10, error.Split('\n').Count(l => l.Contains("它不是自评表，也没有用 --actuals 给出实际值", StringComparison.Ordinal)));
        Assert.Contains("已跳过“再生资源回收市场管理经费”：它不是自评表", error, StringComparison.Ordinal);
    }
}
