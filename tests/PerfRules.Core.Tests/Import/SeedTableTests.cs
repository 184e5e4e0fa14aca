using System.Linq;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Core.Tests.Import;

/// <summary>The seven seed tables read exactly as read by hand from the seed text.</summary>
public class SeedTableTests
{
    [Fact]
    public void File_000_holds_one_table_and_file_001_six_in_order()
    {
        Assert.Equal(new[] { "南京市工业和信息化发展专项资金" }, Seeds.Read(Seeds.File000).Tables.Select(t => t.Name));
        Assert.Equal(
            new[] { "平台运营服务费", "委托服务费", "台式机", "服务体系服务费", "全国计算机技术与软件专业技术资格（水平）南京考区考试", "办公设备" },
            Seeds.Read(Seeds.File001).Tables.Select(t => t.Name));
        Assert.Equal(new int?[] { 3, 37, 77, 110, 145, 178 }, Seeds.Read(Seeds.File001).Tables.Select(t => t.Line));
    }

    [Theory]
    [InlineData("南京市工业和信息化发展专项资金", 38)]
    [InlineData("平台运营服务费", 15)]
    [InlineData("委托服务费", 19)]
    [InlineData("台式机", 15)]
    [InlineData("服务体系服务费", 15)]
    [InlineData("全国计算机技术与软件专业技术资格（水平）南京考区考试", 13)]
    [InlineData("办公设备", 15)]
    public void Indicator_counts_include_the_11_standard_rows(string name, int count)
    {
        var table = Seeds.Table(name);
        Assert.Equal(count, table.Indicators.Count);
        Assert.Equal(Enumerable.Range(1, count), table.Indicators.Select(i => i.Row));
        Assert.Equal(11, table.Indicators.Count(i => i.Level1 is "决策" or "过程"));
        Assert.All(table.Indicators, i => Assert.False(string.IsNullOrEmpty(i.Level1) || string.IsNullOrEmpty(i.Level2), "row " + i.Row));
    }

    [Fact]
    public void Every_seed_table_is_2026_nanjing_layout_from_its_title()
    {
        Assert.All(Seeds.All, t =>
        {
            Assert.Equal(2026, t.Year);
            Assert.Equal("南京市市级项目预算绩效目标表", t.Title);
            Assert.Equal(TableLayouts.Nanjing2026, t.Layout);
            Assert.Equal("南京市工业和信息化局", t.Department);
            Assert.Equal("市本级", t.ProjectLevel);
            Assert.Empty(t.UnplacedLines);
            Assert.DoesNotContain(t.ImportFindings, f => f.RuleId == ImportRuleIds.LineUnplaced);
            var i08 = Assert.Single(t.ImportFindings, f => f.RuleId == ImportRuleIds.LayoutRecognised);
            Assert.Contains("nanjing-2026", i08.Message, System.StringComparison.Ordinal);
            Assert.Equal(t.Line, i08.Location.Line);
        });
    }

    [Theory]
    [InlineData("南京市工业和信息化发展专项资金", "25227", "序时进度 25227", "25227")]
    [InlineData("平台运营服务费", "13", "6", "13")]
    [InlineData("委托服务费", null, "30", "54.61")]
    [InlineData("台式机", "6", "6", "6")]
    [InlineData("服务体系服务费", "35", "10", "35")]
    [InlineData("全国计算机技术与软件专业技术资格（水平）南京考区考试", "200", "100", "200")]
    [InlineData("办公设备", "1.15", "1.15", "1.15")]
    public void Funding_total_and_the_single_expenditure_line(string name, string? total, string half, string full)
    {
        var funding = Seeds.Table(name).Funding;
        Assert.Equal(total is null ? null : decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), funding.Total);
        Assert.Null(funding.TotalText);
        Assert.Equal("万元", funding.Unit);
        var e = Assert.Single(funding.Expenditures);
        Assert.Equal(half, e.HalfYear.ToString());
        Assert.Equal(full, e.FullYear.ToString());
    }

    [Fact]
    public void Development_fund_half_year_is_on_schedule_of_25227_and_full_year_is_inferred_from_it()
    {
        var table = Seeds.Table("南京市工业和信息化发展专项资金");
        var e = Assert.Single(table.Funding.Expenditures);
        Assert.Equal("产业扶持政策兑现、重大工作活动保障等", e.Name);
        Assert.Equal(new Amount(25227m, OnSchedule: true), e.HalfYear);
        Assert.Equal(new Amount(25227m), e.FullYear);
        Assert.Equal(16, e.Line);
        Assert.Equal(14, table.Funding.TotalLine);
        var i03 = Assert.Single(table.ImportFindings, f => f.RuleId == ImportRuleIds.AmountInferred);
        Assert.Equal("支出:产业扶持政策兑现、重大工作活动保障等", i03.Location.Field);
        Assert.Equal(16, i03.Location.Line);
        Assert.Contains("序时进度 25227", i03.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Platform_fee_half_year_amount_sits_in_its_label_cell_and_needs_no_inference()
    {
        var table = Seeds.Table("平台运营服务费");
        var e = Assert.Single(table.Funding.Expenditures);
        Assert.Equal(new Amount(6m), e.HalfYear);
        Assert.Equal(new Amount(13m), e.FullYear);
        Assert.DoesNotContain(table.ImportFindings, f => f.RuleId == ImportRuleIds.AmountInferred);
    }

    [Fact]
    public void Entrusted_service_fee_has_no_total_and_its_full_year_is_the_lone_54_61_on_the_next_line()
    {
        var table = Seeds.Table("委托服务费");
        Assert.Null(table.Funding.Total);
        Assert.Equal(49, table.Funding.TotalLine);
        var e = Assert.Single(table.Funding.Expenditures);
        Assert.Equal(51, e.Line);
        var i03 = Assert.Single(table.ImportFindings, f => f.RuleId == ImportRuleIds.AmountInferred);
        Assert.Equal(new FindingLocation { Field = "支出:委托服务费", Line = 52 }, i03.Location);
        Assert.Contains("54.61", i03.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Desktop_full_year_comes_from_the_labelled_line_90()
    {
        var table = Seeds.Table("台式机");
        Assert.Equal("一次性安排项目", table.ProjectType);
        Assert.Null(table.Contact);
        var i03 = Assert.Single(table.ImportFindings, f => f.RuleId == ImportRuleIds.AmountInferred);
        Assert.Equal(new FindingLocation { Field = "支出:台式机", Line = 90 }, i03.Location);
    }

    [Fact]
    public void Service_system_fee_full_year_is_taken_from_the_total_with_I03()
    {
        var table = Seeds.Table("服务体系服务费");
        var e = Assert.Single(table.Funding.Expenditures);
        Assert.Equal(new Amount(10m), e.HalfYear);
        Assert.Equal(new Amount(35m), e.FullYear);
        var i03 = Assert.Single(table.ImportFindings, f => f.RuleId == ImportRuleIds.AmountInferred);
        Assert.Equal(new FindingLocation { Field = "支出:服务体系服务费", Line = 124 }, i03.Location);
        Assert.Contains("资金总额 35", i03.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Exam_name_keeps_its_full_width_brackets_and_the_200_on_line_160_is_the_full_year()
    {
        var table = Seeds.Table("全国计算机技术与软件专业技术资格（水平）南京考区考试");
        var e = Assert.Single(table.Funding.Expenditures);

        // The PDF wrapped the cell after "（水平）"; the space the extraction left is not part of the name.
        Assert.Equal("全国计算机技术与软件专业技术资格（水平）南京考区考试", e.Name);
        var i03 = Assert.Single(table.ImportFindings, f => f.RuleId == ImportRuleIds.AmountInferred);
        Assert.Equal(160, i03.Location.Line);
        Assert.Contains("第159行", i03.Message, System.StringComparison.Ordinal);
        Assert.Equal(new ContactInfo("容军86596076", "容军", "86596076"), table.Contact);
    }

    [Theory]
    [InlineData("平台运营服务费", "李鹏86591170", "李鹏", "86591170", 10)]
    [InlineData("委托服务费", "李鹏86591170", "李鹏", "86591170", 44)]
    [InlineData("服务体系服务费", "李鹏86591170", "李鹏", "86591170", 117)]
    [InlineData("办公设备", "洪艳87775329", "洪艳", "87775329", 185)]
    public void Contact_run_together_is_split_with_I05(string name, string raw, string person, string phone, int line)
    {
        var table = Seeds.Table(name);
        Assert.Equal(new ContactInfo(raw, person, phone), table.Contact);
        var i05 = Assert.Single(table.ImportFindings, f => f.RuleId == ImportRuleIds.ContactSplit);
        Assert.Equal(new FindingLocation { Field = "项目负责人/联系电话", Line = line }, i05.Location);
        Assert.Contains(raw, i05.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Contact_without_phone_is_a_person_only_and_not_split()
    {
        var table = Seeds.Table("南京市工业和信息化发展专项资金");
        Assert.Equal(new ContactInfo("叶荣生", "叶荣生", null), table.Contact);
        Assert.DoesNotContain(table.ImportFindings, f => f.RuleId == ImportRuleIds.ContactSplit);
    }

    [Fact]
    public void Header_fields_in_shifted_columns_are_read_by_label()
    {
        var fund = Seeds.Table("南京市工业和信息化发展专项资金");
        Assert.Equal("常年安排", fund.ProjectType);
        Assert.Equal("2026年1月", fund.StartTime);
        Assert.Equal("2026年12月", fund.EndTime);
        Assert.Equal("南京市工业和信息化局", fund.ImplementingUnit);

        var desk = Seeds.Table("台式机");
        Assert.Equal("2026年", desk.StartTime);
        Assert.Equal("2026年", desk.EndTime);
        Assert.Equal("南京市工业和信息化发展促进中心 (原:南京市企业服务中心)", desk.ImplementingUnit);
        Assert.Equal("长期", Seeds.Table("平台运营服务费").EndTime);
    }

    [Fact]
    public void Html_prose_is_stripped_to_paragraphs_with_I04_per_field()
    {
        var fund = Seeds.Table("南京市工业和信息化发展专项资金");
        var paragraphs = fund.Necessity!.Split('\n');
        Assert.Equal(2, paragraphs.Length);
        Assert.StartsWith("一、项目申请设立的政策依据", paragraphs[0], System.StringComparison.Ordinal);
        Assert.StartsWith("二、项目实施的现实必要性", paragraphs[1], System.StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", fund.AnnualGoal, System.StringComparison.Ordinal);
        Assert.Equal(4, fund.AnnualGoal!.Split('\n').Length);
        Assert.Equal(
            new[] { "立项必要性", "实施可行性", "年度目标" },
            fund.ImportFindings.Where(f => f.RuleId == ImportRuleIds.HtmlStripped).Select(f => f.Location.Field));

        // Chinese title marks written with ASCII angle brackets are prose, not markup.
        var entrusted = Seeds.Table("委托服务费");
        Assert.Contains("贯彻落实<江苏省深化制造业智能化改造数字化转型网络化联接三年行动计划(2025-2027年)>工作方案", entrusted.Necessity, System.StringComparison.Ordinal);
        Assert.Contains("新增省级以上绿色工厂不少于30家", fund.AnnualGoal, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Economic_benefit_label_in_the_level1_column_becomes_level2_of_benefit_with_I02()
    {
        var table = Seeds.Table("南京市工业和信息化发展专项资金");
        var row = table.Indicators.Single(i => i.Line == 43);
        Assert.Equal(("效益指标", "经济效益指标", "工业经济增长"), (row.Level1, row.Level2, row.Name));
        var i02 = table.ImportFindings.Single(f => f.RuleId == ImportRuleIds.LabelRepaired && f.Location.Line == 43);
        Assert.Equal(FindingLocation.ForIndicator(row), i02.Location);
        Assert.Contains("经济效益指标", i02.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Benefit_label_mid_block_after_a_blank_line_continues_the_economic_rows()
    {
        var table = Seeds.Table("南京市工业和信息化发展专项资金");
        Assert.DoesNotContain(table.Indicators, i => i.Line == 51);
        foreach (var line in new[] { 44, 50, 52, 53 })
        {
            var row = table.Indicators.Single(i => i.Line == line);
            Assert.Equal(("效益指标", "经济效益指标"), (row.Level1, row.Level2));
        }

        Assert.Contains(table.ImportFindings, f => f.RuleId == ImportRuleIds.LabelRepaired && f.Location.Line == 52 && f.Message.Contains("效益指标", System.StringComparison.Ordinal));
        Assert.Equal(("效益指标", "社会效益指标"), table.Indicators.Single(i => i.Line == 55) is var s ? (s.Level1, s.Level2) : default);
    }

    [Fact]
    public void Level3_name_in_the_level2_column_is_shifted_right_with_I02()
    {
        var table = Seeds.Table("南京市工业和信息化发展专项资金");
        var row = table.Indicators.Single(i => i.Line == 58);
        Assert.Equal(("效益指标", "可持续影响指标", "重点产业规模能级"), (row.Level1, row.Level2, row.Name));
        Assert.Equal("提升", row.HalfYear.ToString());
        Assert.Equal("提升", row.FullYear.ToString());
        var i02 = table.ImportFindings.Single(f => f.RuleId == ImportRuleIds.LabelRepaired && f.Location.Line == 58);
        Assert.Contains("重点产业规模能级", i02.Message, System.StringComparison.Ordinal);
        Assert.Equal(37, i02.Location.Row);
    }

    [Fact]
    public void Satisfaction_written_as_both_level1_and_level2_is_kept_without_a_repair()
    {
        // docs/domain.md lists 满意度指标 as a 二级 of 满意度 (财预〔2020〕10号), so the seed's row is valid as written.
        var table = Seeds.Table("南京市工业和信息化发展专项资金");
        var row = table.Indicators.Single(i => i.Line == 59);
        Assert.Equal((38, "满意度指标", "满意度指标", "服务满意度"), (row.Row, row.Level1, row.Level2, row.Name));
        Assert.DoesNotContain(table.ImportFindings, f => f.Location.Line == 59);
    }

    [Fact]
    public void Merged_cells_are_filled_down_with_one_I01_per_merged_run()
    {
        var table = Seeds.Table("平台运营服务费");
        var i01 = table.ImportFindings.Where(f => f.RuleId == ImportRuleIds.MergedCellFilledDown).ToList();
        var decision = Assert.Single(i01, f => f.Message.StartsWith("一级指标「决策」", System.StringComparison.Ordinal));
        Assert.Equal(2, decision.Location.Row);
        Assert.Equal(22, decision.Location.Line);
        Assert.Contains("第2–6行", decision.Message, System.StringComparison.Ordinal);
        Assert.Contains(i01, f => f.Message.StartsWith("二级指标「项目立项」", System.StringComparison.Ordinal) && f.Location.Line == 22);
        Assert.Equal(("产出指标", "数量指标"), (table.Indicators[11].Level1, table.Indicators[11].Level2));
        Assert.Equal(("产出指标", "质量指标"), (table.Indicators[12].Level1, table.Indicators[12].Level2));
    }

    [Theory]
    [InlineData("南京市工业和信息化发展专项资金", 17, "全市智算规模（P）", "P")]
    [InlineData("南京市工业和信息化发展专项资金", 19, "工业互联网标识解析国家顶级节点（南京灾备节点）稳定运行天数（天）", "天")]
    [InlineData("南京市工业和信息化发展专项资金", 25, "规上软件信息业营收增速（%）", "%")]
    [InlineData("南京市工业和信息化发展专项资金", 18, "省具身智能机器人创新中心建设", null)]
    [InlineData("办公设备", 13, "设备购置验收合格率", null)]
    public void Unit_comes_from_the_names_trailing_bracket(string table, int row, string name, string? unit)
    {
        var indicator = Seeds.Table(table).Indicators[row - 1];
        Assert.Equal(name, indicator.Name);
        Assert.Equal(unit, indicator.Unit);
    }

    [Fact]
    public void Indicator_cells_keep_their_text_and_source_line()
    {
        var fund = Seeds.Table("南京市工业和信息化发展专项资金");
        var robot = fund.Indicators[17];
        Assert.Equal(38, robot.Line);
        Assert.Equal("完成数据采集场搭建，完成100万条数据采集", robot.FullYear.ToString());
        Assert.Equal(ValueKind.FreeText, robot.FullYear.Kind);
        Assert.Equal(ValueKind.Empty, IndicatorValue.Empty.Kind);
        Assert.Equal("序时进度", fund.Indicators[6].HalfYear.ToString());
        Assert.Equal("≥80%", fund.Indicators[37].FullYear.ToString());
        Assert.Equal("=10台", Seeds.Table("台式机").Indicators[11].FullYear.ToString());
        Assert.Equal("完成", Seeds.Table("办公设备").Indicators[12].HalfYear.ToString());
    }

    [Fact]
    public void Value_kinds_of_a_sample_of_seed_cells()
    {
        var fund = Seeds.Table("南京市工业和信息化发展专项资金");
        Assert.Equal(new QualitativeValue("充分", QualitativeKind.Criterion, 0), fund.Indicators[0].FullYear);
        Assert.IsType<OnScheduleValue>(fund.Indicators[6].HalfYear);
        Assert.Equal(new NumericValue(Comparison.Unspecified, 100m, "%"), fund.Indicators[6].FullYear);

        // The unit of a bare number comes from the name's bracket: 全市智算规模（P） + 40000.
        var compute = Assert.IsType<NumericValue>(fund.Indicators[16].FullYear);
        Assert.Equal((Comparison.Unspecified, 40000m, "P", UnitSource.NameBracket), (compute.Comparison, compute.Number, compute.Unit, compute.UnitSource));

        // 规上软件信息业营收增速（%）: bare "8" with no operator stays Unspecified.
        var growth = Assert.IsType<NumericValue>(fund.Indicators[24].FullYear);
        Assert.Equal((Comparison.Unspecified, 8m, "%"), (growth.Comparison, growth.Number, growth.Unit));
        Assert.Equal(new NumericValue(Comparison.AtLeast, 180m, "天"), fund.Indicators[18].HalfYear);
        Assert.Equal(QualitativeKind.Trend, Assert.IsType<QualitativeValue>(fund.Indicators[21].FullYear).QualitativeKind);
        Assert.Equal(new NumericValue(Comparison.AtLeast, 80m, "%"), fund.Indicators[37].FullYear);

        // Read from the seed: exactly one 产出 value of the development fund is free text.
        var freeText = fund.Indicators.Where(i => i.Level1 == "产出指标").SelectMany(i => new[] { i.HalfYear, i.FullYear }).OfType<FreeTextValue>().ToList();
        Assert.Equal("完成数据采集场搭建，完成100万条数据采集", Assert.Single(freeText).Text);

        // 设备购置验收合格率 (a rate) valued 完成 (a completion word): V04's input.
        var office = Seeds.Table("办公设备").Indicators[12];
        Assert.Equal(QualitativeKind.Completion, Assert.IsType<QualitativeValue>(office.FullYear).QualitativeKind);
        Assert.Equal(new NumericValue(Comparison.Exactly, 10m, "台"), Seeds.Table("台式机").Indicators[11].FullYear);
        Assert.Equal(new NumericValue(Comparison.Exactly, 100m, "%"), Seeds.Table("平台运营服务费").Indicators[6].HalfYear);
    }

    [Fact]
    public void Indicator_values_are_what_the_value_parser_reads_with_the_name_as_context()
    {
        foreach (var table in Seeds.All)
        {
            var text = Seeds.Text(table.Source!.EndsWith(Seeds.File000, System.StringComparison.Ordinal) ? Seeds.File000 : Seeds.File001).Split('\n');
            foreach (var i in table.Indicators)
            {
                var cells = text[i.Line!.Value - 1].TrimEnd('\r').Split('\t');
                var full = cells.Where(c => c.Trim().Length > 0).Last().Trim();
                Assert.Equal(IndicatorValueParser.Parse(full, i.Name).Value, i.FullYear);
            }
        }
    }

    [Fact]
    public void Nothing_is_lost_in_either_seed()
    {
        NothingLost.Check(Seeds.Text(Seeds.File000), Seeds.Read(Seeds.File000));
        NothingLost.Check(Seeds.Text(Seeds.File001), Seeds.Read(Seeds.File001));
    }

    [Fact]
    public void Seeds_are_utf8_and_have_no_file_level_findings()
    {
        Assert.Empty(Seeds.Read(Seeds.File000).Findings);
        Assert.Empty(Seeds.Read(Seeds.File001).Findings);
        Assert.Equal("utf-8", Seeds.Read(Seeds.File001).Encoding);
        Assert.EndsWith(Seeds.File001, Seeds.Table("办公设备").Source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Import_findings_are_in_source_order()
    {
        Assert.All(Seeds.All, t =>
        {
            var lines = t.ImportFindings.Select(f => f.Location.Line ?? 0).ToList();
            Assert.Equal(lines.OrderBy(l => l), lines);
        });
    }
}
