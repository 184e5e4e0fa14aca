using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Rules.Reporting;
using PerfRules.Tables;

namespace PerfRules.Rules.Tests.Reporting;

/// <summary>Placement of findings on the drawn form, escaping of everything a table or rule file holds, large batches.</summary>
public class CheckReportHtmlTests
{
    private const string Hostile = "<script>alert('x')</script> \"q\" & <img src=x onerror=alert(1)>\u0001\u001f\u007f";

    private static Finding At(string id, Severity severity, string message, FindingLocation location) => new(id, severity, message, location);

    [Fact]
    public void Findings_land_on_their_row_half_and_full_cells_header_field_total_and_expenditure()
    {
        var table = Tables.Compliant();
        var row13 = table.Indicators.Single(i => i.Row == 13);
        var findings = new List<Finding>
        {
            At("V04", Severity.Error, "半年写法不对", FindingLocation.ForIndicator(row13) with { Field = CellColumns.HalfYear }),
            At("V10", Severity.Info, "全年缺比较符", FindingLocation.ForIndicator(row13) with { Field = CellColumns.FullYear }),
            At("C05", Severity.Warning, "放错一级", FindingLocation.ForIndicator(row13)),
            At("S01", Severity.Error, "主管部门缺失", FindingLocation.ForField(TableField.Department)),
            At("F01", Severity.Error, "资金总额不是数字", FindingLocation.ForField(TableField.FundingTotal, 20)),
            At("F04", Severity.Warning, "半年计划低于序时进度", FindingLocation.ForField("支出:活动经费", 22)),
            At("C04", Severity.Warning, "年度目标的承诺没有对应指标", FindingLocation.ForField(TableField.AnnualGoal)),
            At("I14", Severity.Info, "占位行", FindingLocation.ForField("绩效指标", 30)),
            At("I15", Severity.Info, "合并字段", FindingLocation.ForField("主管部门/实施单位", 3)),
            At("S08", Severity.Warning, "缺少成本指标", FindingLocation.Table),
            At("X01", Severity.Info, "表单没有的字段", FindingLocation.ForField("不存在的字段")),
            At("X02", Severity.Info, "不存在的行", new FindingLocation { Row = 99, Indicator = "没有这一行" }),
        };
        var doc = ReportDom.Parse(ReportDom.Render(r => r.AddTable(table, findings, "nanjing-2026")));
        var section = doc.GetElementById("t1")!;

        string Where(string id) => ReportDom.Describe(section.QuerySelector(".f[data-rule-id=\"" + id + "\"]")!);
        Assert.Equal("V04@13/半年(程)指标值", Where("V04"));
        Assert.Equal("V10@13/全年(程)指标值", Where("V10"));
        Assert.Equal("C05@13/-", Where("C05"));
        Assert.Equal("S01@-/主管部门", Where("S01"));
        Assert.Equal("F01@-/资金总额", Where("F01"));
        Assert.Equal("F04@-/支出:活动经费", Where("F04"));
        Assert.Equal("C04@-/年度目标", Where("C04"));
        Assert.Equal("I14@-/绩效指标", Where("I14"));
        Assert.Equal("I15@-/主管部门", Where("I15"));
        Assert.Equal("S08@-/list", Where("S08"));
        Assert.Equal("X01@-/list", Where("X01"));
        Assert.Equal("X02@-/list", Where("X02"));

        // A finding listed outside the form says which field it is about.
        Assert.Contains("「不存在的字段」表单没有的字段", section.QuerySelector(".f[data-rule-id=\"X01\"]")!.TextContent, StringComparison.Ordinal);

        // Row 13 is a finding holder drawn with its worst severity; its half cell has the error outline.
        var tr = section.QuerySelector("tr[data-row=\"13\"]")!;
        Assert.Contains("has-f", tr.ClassList);
        Assert.Contains("c-error", tr.QuerySelector("td[data-field=\"半年(程)指标值\"]")!.ClassList);
        Assert.Contains("c-info", tr.QuerySelector("td[data-field=\"全年(程)指标值\"]")!.ClassList);
        Assert.Contains("plain", section.QuerySelector("tr[data-row=\"1\"]")!.ClassList);

        // The form has the layout's columns: 一级/二级/三级, 半年 and 全年 for a Nanjing table.
        var headers = section.QuerySelectorAll("table.ind thead tr:last-child th").Select(h => h.TextContent).ToList();
        Assert.Equal(new[] { "一级指标", "二级指标", "三级指标", "半年(程)指标值", "全年(程)指标值" }, headers);
        Assert.Equal(table.Indicators.Count, section.QuerySelectorAll("table.ind tr[data-row]").Length);
        Assert.Equal("3", section.QuerySelectorAll(".counts span")[0].TextContent.Trim().Split(' ').Last());
    }

    [Fact]
    public void A_national_table_draws_one_value_column_and_the_attribute_columns_it_has()
    {
        var table = Tables.Compliant() with { Layout = TableLayouts.National };
        table = table with
        {
            Indicators = table.Indicators.Select(i => i with { HalfYear = PerfRules.Values.IndicatorValue.Empty, Weight = 5m, UnitText = i.Row == 1 ? "项" : null }).ToValueList(),
        };
        var doc = ReportDom.Parse(ReportDom.Render(r => r.AddTable(table, Array.Empty<Finding>())));
        var headers = doc.QuerySelectorAll("#t1 table.ind thead tr:last-child th").Select(h => h.TextContent).ToList();
        Assert.Equal(new[] { "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "权重(分值)" }, headers);
        Assert.Contains("未发现问题", doc.GetElementById("t1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_names_cells_messages_and_rule_ids_are_escaped()
    {
        var table = Tables.Compliant() with
        {
            Name = Hostile,
            Department = Hostile,
            Source = "a<b>&\"c\".txt",
            Funding = new Funding { Total = 1m, Expenditures = ValueList.Of(new Expenditure(Hostile, new Amount(1m), new Amount(1m))) },
        };
        table = table.WithIndicator("举办活动场次", i => i with { Name = Hostile, Level2 = "</td></tr></table>" + Hostile });
        var row = table.Indicators.Single(i => i.Name == Hostile);
        var hostileId = "X\"><svg onload=alert(1)>'&";
        var findings = new List<Finding>
        {
            At(hostileId, Severity.Error, Hostile, FindingLocation.ForIndicator(row)),
            At("V10", Severity.Info, "</div>" + Hostile, FindingLocation.ForIndicator(row) with { Field = CellColumns.FullYear }),
            At("F04", Severity.Warning, Hostile, FindingLocation.ForField("支出:" + Hostile)),
            At("S99", Severity.Info, Hostile, FindingLocation.ForField(Hostile)),
        };
        var html = ReportDom.Render(r =>
        {
            r.AddFile("<script>alert(2)</script>.txt", new[] { At("I10", Severity.Error, Hostile, FindingLocation.Table) });
            r.AddTable(table, findings, "<b>profile</b>");
        }, new CheckReportHtmlOptions { Title = "<title>标题</title>", RuleTitles = new Dictionary<string, string> { [hostileId] = Hostile } });
        var doc = ReportDom.Parse(html);

        // Nothing hostile became markup: one script (the report's own), no injected elements or handlers.
        Assert.Single(doc.QuerySelectorAll("script"));
        Assert.Equal(Array.Empty<string>(), doc.QuerySelectorAll("img, main b, nav b, svg[onload], [onerror], [onload]").Select(e => e.OuterHtml));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', html);
        Assert.DoesNotContain('\u007f', html);

        // The text reads as written, control characters shown as their pictures.
        var visible = Hostile.Replace("\u0001", "\u2401").Replace("\u001f", "\u241f").Replace("\u007f", "\u2421");
        Assert.Equal("<title>标题</title>", doc.Title);
        Assert.Equal("1. " + visible, doc.QuerySelector("#t1 h2")!.TextContent);
        Assert.Equal(visible, doc.QuerySelector("#t1 td[data-field=\"主管部门\"] .val")!.TextContent);
        Assert.Equal(visible, doc.QuerySelector("#t1 tr[data-row=\"" + row.Row + "\"] td:nth-child(3) .val")!.TextContent);
        Assert.Equal("支出:" + visible, doc.QuerySelectorAll("#t1 td[data-field]").Select(td => td.GetAttribute("data-field")).Single(a => a!.StartsWith("支出:", StringComparison.Ordinal)));

        var marker = doc.QuerySelectorAll(".f").Single(m => m.GetAttribute("data-severity") == "error" && m.Closest("tr") is not null);
        Assert.Equal(hostileId, marker.GetAttribute("data-rule-id"));
        Assert.Null(marker.QuerySelector("a"));
        Assert.Equal(visible, marker.QuerySelector(".rid")!.GetAttribute("title"));
        Assert.Equal(visible, marker.QuerySelector(".m")!.TextContent);
        Assert.Equal(hostileId, doc.QuerySelectorAll("#filter-rule option").Select(o => o.GetAttribute("value")).Single(v => v!.StartsWith('X')));
        ReportDom.AssertMarkedOnce(doc.GetElementById("t1")!, table, findings, m => m.Replace("\u0001", "\u2401").Replace("\u001f", "\u241f").Replace("\u007f", "\u2421"), Hostile);
        Assert.Equal("文件 <script>alert(2)</script>.txt", doc.QuerySelector("section.file h2")!.TextContent);
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters_and_pairs_stay()
    {
        Assert.Equal("a\uFFFDb😀", HtmlEscaper.Escape("a\uD800b😀"));
        Assert.Equal("&lt;&amp;&gt;&quot;&#39;\t\n", HtmlEscaper.Escape("<&>\"'\t\n"));
        Assert.Equal("\u2400\u241b\u2421\uFFFD", HtmlEscaper.Escape("\0\u001b\u007f\u0085"));
    }

    [Fact]
    public void Beyond_the_form_limit_a_table_shows_only_the_rows_with_findings_and_a_clean_table_only_its_heading()
    {
        var table = Tables.Compliant();
        var row = table.Indicators[12];
        var findings = new[] { At("V10", Severity.Info, "缺比较符", FindingLocation.ForIndicator(row) with { Field = CellColumns.FullYear }), At("S08", Severity.Warning, "缺少成本指标", FindingLocation.Table) };
        var doc = ReportDom.Parse(ReportDom.Render(r =>
        {
            r.AddTable(table, findings);
            r.AddTable(table, findings);
            r.AddTable(table, Array.Empty<Finding>());
        }, new CheckReportHtmlOptions { FullFormTables = 1 }));

        Assert.Equal(table.Indicators.Count, doc.QuerySelectorAll("#t1 tr[data-row]").Length);
        Assert.Equal(new[] { row.Row.ToString() }, doc.QuerySelectorAll("#t2 tr[data-row]").Select(t => t.GetAttribute("data-row")));
        Assert.Empty(doc.QuerySelectorAll("#t2 table.hdr, #t2 table.money, #t2 table.goals"));
        ReportDom.AssertMarkedOnce(doc.GetElementById("t2")!, table, findings);
        Assert.Empty(doc.QuerySelectorAll("#t3 table"));
        Assert.Equal(3, doc.QuerySelectorAll("#toc tbody a[href^=\"#t\"]").Length);
    }

    [Fact]
    public void A_spilled_buffer_copies_out_exactly_what_was_written()
    {
        using var buffer = new SpillBuffer(limit: 64);
        var expected = new System.Text.StringBuilder();
        for (var i = 0; i < 500; i++)
        {
            var text = "第" + i + "行 <表> ☃ 😀\n";
            buffer.Writer.Write(text);
            expected.Append(text);
            buffer.Written();
        }

        Assert.True(buffer.Spilled);
        using var output = new System.IO.StringWriter();
        buffer.CopyTo(output);
        Assert.Equal(expected.ToString(), output.ToString());
    }

    [Fact]
    public void A_large_batch_grows_with_its_findings_not_with_its_rows()
    {
        var table = Tables.Compliant();
        var finding = new[] { At("V10", Severity.Info, "缺比较符", FindingLocation.ForIndicator(table.Indicators[12]) with { Field = CellColumns.FullYear }) };
        int Size(int tables, int withFindings) => ReportDom.Render(r =>
        {
            for (var i = 0; i < tables; i++) r.AddTable(table, i < withFindings ? finding : Array.Empty<Finding>());
        }, new CheckReportHtmlOptions { FullFormTables = 0 }).Length;

        var clean = Size(2000, 0) - Size(1000, 0);
        var marked = Size(2000, 2000) - Size(1000, 1000);
        Assert.True(clean < 1000 * 600, "a clean table beyond the limit costs " + clean / 1000 + " characters");
        Assert.True(marked < 1000 * 2500, "a table with one finding beyond the limit costs " + marked / 1000 + " characters");
    }
}
