using System;
using System.IO;
using System.Linq;
using System.Text;
using PerfRules.Actuals;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Tests.Scoring;

/// <summary>The actuals file format: reading, writing, positioned errors, and 自评 tables' published actuals.</summary>
public class ActualsJsonTests
{
    private const string Example = """
        {"asOf":"2026-12-31","tables":[{"name":"台式机","executed":5.8,"actuals":[{"indicator":"设备购置数量","value":"9台","reason":"…","judgement":null,"row":null}]}]}
        """;

    [Fact]
    public void Reads_the_documented_example()
    {
        var read = ActualsJson.Read(Example, "a.json");
        Assert.True(read.IsSuccess);
        var doc = read.Document!;
        Assert.Equal(new DateTime(2026, 12, 31), doc.AsOf);
        var table = Assert.Single(doc.Tables);
        Assert.Equal("台式机", table.Name);
        Assert.Equal(5.8m, table.Executed);
        Assert.Null(table.Budget);
        var actual = Assert.Single(table.Indicators);
        Assert.Equal(new IndicatorActual("设备购置数量", "9台") { Reason = "…" }, actual);
        Assert.Equal(new NumericValue(Comparison.Unspecified, 9, "台"), actual.Parse().Value);
        Assert.Same(table, doc.Find(" 台式机 "));
        Assert.Null(doc.Find("台式"));
    }

    [Fact]
    public void Writes_what_it_reads()
    {
        var doc = new ActualsDocument
        {
            AsOf = new DateTime(2026, 6, 30),
            Tables = ValueList.Of(new TableActuals("委托服务费")
            {
                Budget = 54.61m,
                Executed = 30m,
                Indicators = ValueList.Of(
                    new IndicatorActual("惠企政策编印数量", "≥5000册"),
                    new IndicatorActual("省具身智能机器人创新中心建设", "完成采集场搭建") { Judgement = Judgement.PartiallyMet, Reason = "设备晚到", Row = 18 }),
            }),
        };
        var json = ActualsJson.Write(doc);
        Assert.Contains("\"judgement\": \"partiallyMet\"", json, StringComparison.Ordinal);
        Assert.Contains("\"asOf\": \"2026-06-30\"", json, StringComparison.Ordinal);
        Assert.Contains("委托服务费", json, StringComparison.Ordinal);
        Assert.Equal(doc, ActualsJson.Read(json, null).Document);
    }

    [Theory]
    [InlineData("met", Judgement.Met)]
    [InlineData("partiallyMet", Judgement.PartiallyMet)]
    [InlineData("NotMet", Judgement.NotMet)]
    [InlineData("部分达成", Judgement.PartiallyMet)]
    [InlineData("未达成", Judgement.NotMet)]
    public void Judgements_are_read_in_either_spelling(string text, Judgement judgement)
    {
        Assert.True(ActualsJson.TryParseJudgement(text, out var parsed));
        Assert.Equal(judgement, parsed);
    }

    [Theory]
    [InlineData("{\"tables\":[{\"name\":\"台式机\",\"executed\":\"5.8\"}]}", "$.tables[0].executed", "类型不符：“executed”应为数字（万元），如 5.8。")]
    [InlineData("{\"tables\":[{\"name\":\"台式机\",\"actuals\":[{\"indicator\":\"x\",\"value\":9}]}]}", "$.tables[0].actuals[0].value", "类型不符：“value”应为文本，如 \"9台\"、\"完成\"。")]
    [InlineData("{\"tables\":[{\"name\":\"台式机\",\"actuals\":[{\"indicator\":\"x\",\"judgment\":\"met\"}]}]}", "$.tables[0].actuals[0].judgment", "无法识别的属性“judgment”（可用：asOf, tables, name, budget, executed, actuals, indicator, value, reason, judgement, row）。")]
    [InlineData("{\"asOf\":\"2026/12/31\",\"tables\":[]}", "$.asOf", "日期“2026/12/31”无法识别，应写作 yyyy-MM-dd（如 2026-12-31）。")]
    [InlineData("{\"tables\":[{\"executed\":1}]}", "$.tables[0].name", "缺少表名（项目名称）。")]
    [InlineData("{\"tables\":[{\"name\":\"a\",\"executed\":-1}]}", "$.tables[0].executed", "执行数 -1 不能为负数。")]
    [InlineData("{\"tables\":[{\"name\":\"a\",\"actuals\":[{\"indicator\":\"x\",\"row\":0}]}]}", "$.tables[0].actuals[0].row", "行号 0 无效，应从 1 起算。")]
    [InlineData("{\"tables\":[{\"name\":\"a\",\"actuals\":[{\"indicator\":\"x\",\"judgement\":\"ok\"}]}]}", "$.tables[0].actuals[0].judgement", "判断“ok”无法识别，应为 met、partiallyMet 或 notMet。")]
    [InlineData("{\"tables\":[{\"name\":\"a\"},{\"name\":\"a\"}]}", "$.tables[1].name", "表“a”重复（第一次在 $.tables[0]）。")]
    [InlineData("{\"tables\":[{\"name\":\"a\",\"actuals\":[{\"indicator\":\"x\"},{\"indicator\":\"x\"}]}]}", "$.tables[0].actuals[1].indicator", "指标“x”的实际值重复（第一次在 $.tables[0].actuals[0]）。")]
    [InlineData("{}", "$.tables", "缺少 tables（各表的实际值）。")]
    [InlineData("null", "$", "实际值文件应为一个 JSON 对象，不能是 null。")]
    public void Errors_name_the_path_and_say_what_is_expected(string json, string path, string message)
    {
        var read = ActualsJson.Read(json, "a.json");
        Assert.False(read.IsSuccess);
        Assert.Null(read.Document);
        Assert.Contains(new ActualsError(path, message), read.Errors.Select(e => e with { Line = null, Column = null }));
    }

    [Fact]
    public void Syntax_errors_carry_line_and_column()
    {
        var error = Assert.Single(ActualsJson.Read("{\n  \"tables\": [\n    {\"name\": \"a\",}\n  ]\n", null).Errors);
        Assert.Equal(5, error.Line);
        Assert.StartsWith("line 5", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed() =>
        Assert.True(ActualsJson.Read("{ // 2026 年末\n \"tables\": [ {\"name\": \"a\", \"executed\": 1,}, ], }", null).IsSuccess);

    [Fact]
    public void Bad_bytes_and_missing_files_are_errors_not_exceptions()
    {
        using var stream = new MemoryStream(new byte[] { 0x7B, 0xFF, 0xFE, 0x7D });
        Assert.StartsWith("实际值文件无法读取", Assert.Single(ActualsJson.Read(stream, null).Errors).Message, StringComparison.Ordinal);
        Assert.StartsWith("实际值文件“/nonexistent/a.json”无法打开", Assert.Single(ActualsJson.ReadFile("/nonexistent/a.json").Errors).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => ActualsJson.ReadFile("/nonexistent/a.json").GetDocumentOrThrow());
    }

    [Fact]
    public void Utf8_bom_is_accepted()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Example)).ToArray());
        Assert.True(ActualsJson.Read(stream, null).IsSuccess);
    }

    [Fact]
    public void Actuals_documents_are_told_apart_from_table_documents()
    {
        using var actuals = System.Text.Json.JsonDocument.Parse(Example);
        using var tables = System.Text.Json.JsonDocument.Parse("{\"schemaVersion\":1,\"tables\":[{\"name\":\"台式机\",\"indicators\":[]}]}");
        Assert.True(ActualsJson.IsActualsDocument(actuals.RootElement));
        Assert.False(ActualsJson.IsActualsDocument(tables.RootElement));
    }

    [Fact]
    public void Published_self_evaluation_converts_to_actuals_with_rows()
    {
        var table = new PerformanceTable("水旱灾害防御经费")
        {
            Indicators = ValueList.Of(
                new Indicator(1, "产出指标", "数量指标", "指标1:完成中型灌区节水改造项目数量", IndicatorValue.Empty, new NumericValue(Comparison.Unspecified, 1)),
                new Indicator(2, "产出指标", "数量指标", "指标2:", IndicatorValue.Empty, IndicatorValue.Empty)),
            Published = new PublishedEvaluation
            {
                Budget = 880m,
                Executed = 880m,
                Indicators = ValueList.Of(new PublishedIndicator(1, "1") { Score = 10m, Reason = "无" }, new PublishedIndicator(2, null)),
            },
        };

        var actuals = TableActuals.FromPublished(table);

        Assert.Equal("水旱灾害防御经费", actuals.Name);
        Assert.Equal(880m, actuals.Budget);
        Assert.Equal(880m, actuals.Executed);
        Assert.Equal(
            new[] { new IndicatorActual("指标1:完成中型灌区节水改造项目数量", "1") { Row = 1, Reason = "无" }, new IndicatorActual("指标2:", null) { Row = 2 } },
            actuals.Indicators);
        Assert.True(actuals.Indicators[1].IsMissing);
    }

    [Fact]
    public void A_target_table_has_no_published_actuals() =>
        Assert.StartsWith("表“台式机”不是自评表", Assert.Throws<ArgumentException>(() => TableActuals.FromPublished(new PerformanceTable("台式机"))).Message, StringComparison.Ordinal);
}
