using System.Linq;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Values;
using static PerfRules.Core.Tests.Import.RealTables;

namespace PerfRules.Core.Tests.Import;

/// <summary>
/// The ten real tables of seven provinces (samples/real/), one test per file. Every expected figure was read off the
/// file text (line numbers are the file's, with its three <c>#</c> lines), not off the reader's output; each test
/// also proves that every non-empty cell is in the model, a finding, or a kept line (<see cref="NothingLost"/>).
/// </summary>
public class RealTableTests
{
    private static void Recognised(PerformanceTable table, string layout)
    {
        Assert.Equal(layout, table.Layout);
        var i08 = Assert.Single(table.ImportFindings, f => f.RuleId == ImportRuleIds.LayoutRecognised);
        Assert.Contains("（" + layout + "）", i08.Message, System.StringComparison.Ordinal);
    }

    private static void NoLineUnplaced(TableReadResult result)
    {
        Assert.Empty(result.UnplacedLines);
        Assert.DoesNotContain(result.AllFindings, f => f.RuleId == ImportRuleIds.LineUnplaced);
    }

    [Fact]
    public void Qingshen_01_sichuan_self_evaluation_with_budget_block_and_weights()
    {
        var r = Read(Qingshen01);
        var t = Assert.Single(r.Tables);
        Recognised(t, TableLayouts.NationalSelfEvaluation);
        Assert.Equal(("51000021R000000019951-工资性支出", 2023, "部门预算项目支出绩效自评表(2023年度)"), (t.Name, t.Year, t.Title));
        Assert.Equal(("青神县发展和改革局本级", "青神县发展和改革局"), (t.Department, t.ImplementingUnit));
        Assert.Equal("严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。", t.AnnualGoal);
        Assert.Contains(new HeaderField("报表编号", "510000_0013zp", 4), t.OtherFields);

        // 总额 238.93 (年初) / 251.89 (调整后) / 251.89 (执行) / 100.00%; the 调整后 budget is the year's total.
        Assert.Equal((251.89m, 12), (t.Funding.Total, t.Funding.TotalLine));
        var fiscal = t.Funding.Sources[0];
        Assert.Equal((251.89m, 238.93m, 251.89m, 100.00m), (fiscal.Amount!.Value, fiscal.InitialAmount!.Value, fiscal.Executed!.Value, fiscal.ExecutionRate!.Value));
        Assert.Equal(new[] { 0.00m, 0.00m }, t.Funding.Sources.Skip(1).Take(2).Select(s => s.Amount!.Value));
        Assert.Null(t.Funding.Sources[3].Amount); // 其他资金: blank cells

        var p = Assert.IsType<PublishedEvaluation>(t.Published);
        Assert.Equal((238.93m, 251.89m, 251.89m, 100.00m, 10m, 100m), (p.InitialBudget!.Value, p.Budget!.Value, p.Executed!.Value, p.ExecutionRate!.Value, p.ExecutionWeight!.Value, p.TotalWeight!.Value));
        Assert.Null(p.Total);
        Assert.Null(p.ExecutionScore);
        Assert.Equal(new[] { new SectionWeight("绩效指标", 90m), new SectionWeight("预算执行率", 10m) }, t.SectionWeights.OrderBy(w => w.Weight).Reverse());

        // 绩效指标(90分): two rows, operator / value / unit in separate columns, 完成值 and 得分 blank as published.
        Assert.Equal(2, t.Indicators.Count);
        var first = t.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", "发放(缴纳)覆盖率", 18), (first.Level1, first.Level2, first.Name, first.Line!.Value));
        Assert.Equal(new NumericValue(Comparison.Exactly, 100m, "%"), first.FullYear);
        Assert.Equal(("=", "%", 60m), (first.OperatorText, first.UnitText, first.Weight!.Value));
        Assert.Equal(ValueKind.Empty, first.HalfYear.Kind);
        var second = t.Indicators[1];
        Assert.Equal(("效益指标", "社会效益指标", "足额保障率(参保率)", 30m), (second.Level1, second.Level2, second.Name, second.Weight!.Value));
        Assert.All(p.Indicators, i => Assert.Equal((null, null), (i.Actual, i.Score)));

        // The caption 绩效指标(90分) on the header row is the block's title, not an unreadable line.
        NoLineUnplaced(r);
        NothingLost.Check(Text(Qingshen01), r);
    }

    [Fact]
    public void Jingyan_03_multi_project_grid_in_yuan_with_direction_column()
    {
        var r = Read(Jingyan03);
        Assert.Equal(new[] { "村组干部报酬", "基层组织活动经费" }, r.Tables.Select(t => t.Name));
        Assert.All(r.Tables, t =>
        {
            Recognised(t, TableLayouts.National);
            Assert.Equal(("820-马踏镇部门", "820001-井研县马踏镇人民政府", "元", 2023), (t.Department, t.ImplementingUnit, t.Funding.Unit, t.Year!.Value));
            Assert.Contains(t.OtherFields, f => f.Label == "部门预算数" && f.Value == "8,827,620.53");
        });

        var pay = Table(Jingyan03, "村组干部报酬");
        Assert.False(pay.IsPartial);
        Assert.Equal(3_309_840.00m, pay.Funding.Total);
        Assert.Equal("按时发放村组干部报酬", pay.AnnualGoal);
        Assert.Equal(8, pay.Indicators.Count);
        Assert.Equal(90m, pay.Indicators.Sum(i => i.Weight!.Value));
        Assert.All(pay.Indicators, i => Assert.Equal(("正向指标", "≥"), (i.Direction, i.OperatorText)));

        // Order as published, not grouped by 一级.
        var stability = pay.Indicators[0];
        Assert.Equal(("效益指标", "社会效益指标", "维护社会稳定", 8), (stability.Level1, stability.Level2, stability.Name, stability.Line!.Value));
        Assert.Equal((new NumericValue(Comparison.AtLeast, 95m, "%"), 10m), (stability.FullYear, stability.Weight!.Value));
        Assert.Equal((new NumericValue(Comparison.AtLeast, 1m, "年"), 20m), (pay.Indicator("维持时效").FullYear, pay.Indicator("维持时效").Weight!.Value));
        Assert.Equal(new NumericValue(Comparison.AtLeast, 1m, "人/年"), pay.Indicator("按时发放").FullYear);
        Assert.Equal(new NumericValue(Comparison.AtLeast, 230m, "个"), pay.Indicator("村组干部230人").FullYear);

        // Cut off at its 5th row (行政村数量 = 11 个 10, 指标方向性 missing).
        var office = Table(Jingyan03, "基层组织活动经费");
        Assert.True(office.IsPartial);
        Assert.Equal(660_000.00m, office.Funding.Total);
        Assert.Equal(5, office.Indicators.Count);
        var villages = office.Indicators[^1];
        Assert.Equal(("产出指标", "数量指标", "行政村数量", 20), (villages.Level1, villages.Level2, villages.Name, villages.Line!.Value));
        Assert.Equal((new NumericValue(Comparison.Exactly, 11m, "个"), "=", "个", 10m), (villages.FullYear, villages.OperatorText, villages.UnitText, villages.Weight!.Value));
        Assert.Null(villages.Direction);
        Assert.Equal(20m, office.Indicator("保障村社区正常运转").Weight);

        NoLineUnplaced(r);
        NothingLost.Check(Text(Jingyan03), r);
    }

    [Fact]
    public void Zhaohua_04_four_columns_old_level1_names_and_no_total_amount()
    {
        var r = Read(Zhaohua04);
        var t = Assert.Single(r.Tables);
        Recognised(t, TableLayouts.National);
        Assert.Equal(("特困家庭再扶助(独生子女死亡再扶助)", 2021, "区卫生健康局", "区卫生健康局"), (t.Name, t.Year!.Value, t.Department, t.ImplementingUnit));

        // 年度资金总额 carries no amount as published; the 小计 lines do.
        Assert.Null(t.Funding.Total);
        Assert.Equal(
            new[] { ("(一)财政拨款小计", 6.30m, 0), ("1、一般公共预算", 6.30m, 1), ("2、政府性基金", 0.00m, 1), ("3、国有资本经营预算", 0.00m, 1), ("(二)自有资金小计", 0.00m, 0), ("1、事业收入", 0.00m, 1), ("2、经营性收入", 0.00m, 1), ("(三)其他收入", 0.00m, 0) },
            t.Funding.Sources.Select(s => (s.Name, s.Amount!.Value, s.Depth)));

        Assert.Equal(9, t.Indicators.Count);
        Assert.Equal(new[] { 5, 2, 2 }, new[] { "产出指标", "效益指标", "满意度指标" }.Select(l => t.Indicators.Count(i => i.Level1 == l)));
        var families = t.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", "对符合政策法规的独生子伤残、死亡家庭进行扶助", 20), (families.Level1, families.Level2, families.Name, families.Line!.Value));
        Assert.Equal(new NumericValue(Comparison.Unspecified, 63m, "人"), families.FullYear);
        Assert.Equal(ValueKind.Date, t.Indicator("项目实施时间").FullYear.Kind);
        Assert.Equal(("时效指标", ValueKind.Date), (t.Indicator("资金拨付").Level2, t.Indicator("资金拨付").FullYear.Kind));
        Assert.Equal(new FreeTextValue("严格按照预算标准1000元/人给补助对象兑付补助"), t.Indicator("成本控制").FullYear);
        Assert.Equal(("满意度指标", new NumericValue(Comparison.AtLeast, 90m, "%")), (t.Indicator("受益群众满意度").Level1, t.Indicator("受益群众满意度").FullYear));
        Assert.All(t.Indicators, i => Assert.Null(i.Weight));

        // 项目完成指标 / 项目效益指标 are old 一级 names, renamed with I02 quoting the original.
        Assert.Equal(new[] { "项目完成指标", "项目效益指标" }, t.ImportFindings.Where(f => f.RuleId == ImportRuleIds.LabelRepaired).Select(f => f.Arguments.Single(a => a.Name == "value").Value));

        NoLineUnplaced(r);
        NothingLost.Check(Text(Zhaohua04), r);
    }

    [Fact]
    public void Tongnan_05_flat_lists_without_hierarchy_and_a_cut_off_third_table()
    {
        var r = Read(Tongnan05);
        Assert.Equal(new[] { "潼南区五桂镇汇总项目库", "在职村村干部补助", "日常办公设备购买和运行维护" }, r.Tables.Select(t => t.Name));
        Assert.Equal(new decimal?[] { 229.66m, 9.31m, null }, r.Tables.Select(t => t.Funding.Total));
        Assert.All(r.Tables, t => Assert.Equal(("813-潼南区五桂镇", 2023), (t.Department, t.Year!.Value)));

        var summary = r.Tables[0];
        Recognised(summary, TableLayouts.FlatList);
        Assert.False(summary.IsPartial);
        Assert.Equal("按时足额发放,保障权益", summary.AnnualGoal);
        Assert.Equal(5, summary.Indicators.Count);
        Assert.All(summary.Indicators, i => Assert.Equal((string.Empty, string.Empty), (i.Level1, i.Level2)));
        Assert.Equal(new NumericValue(Comparison.AtLeast, 80m, "人数"), summary.Indicators[0].FullYear);
        Assert.Equal((20m, 15), (summary.Indicators[0].Weight!.Value, summary.Indicators[0].Line!.Value));
        Assert.Equal((new NumericValue(Comparison.AtLeast, 95m, "%"), 10m), (summary.Indicator("是否按时足额发放").FullYear, summary.Indicator("是否按时足额发放").Weight!.Value));
        Assert.All(summary.Indicators.Skip(2), i => Assert.Equal(("定性", ValueKind.Empty, 20m), (i.ValueType, i.FullYear.Kind, i.Weight!.Value)));

        var pay = r.Tables[1];
        Recognised(pay, TableLayouts.FlatList);
        Assert.Equal(("渝财(2022)00001", "对村民委员会村党支部的补助,按月发放给在职村社干部的工资"), (pay.Necessity, pay.Content)); // 立项依据, 项目概况
        Assert.Equal(5, pay.Indicators.Count);
        Assert.Equal(new NumericValue(Comparison.Exactly, 1m, "次"), pay.Indicator("按月发放").FullYear);
        Assert.Equal(new NumericValue(Comparison.AtLeast, 9.31m, "万元"), pay.Indicator("发放金额").FullYear);
        Assert.Equal(new NumericValue(Comparison.AtLeast, 100m, "人"), pay.Indicator("领取补助人数").FullYear);
        Assert.Equal(new[] { 20m, 10m, 20m, 20m, 20m }, pay.Indicators.Select(i => i.Weight!.Value));

        // The third 表十二 stops inside its header ("当年预"): no indicators, partial, nothing judged as missing.
        // It shows no indicator columns of its own: it is the same 表十二 form as the table before it (I08 says so).
        var cut = r.Tables[2];
        Assert.True(cut.IsPartial);
        Assert.Empty(cut.Indicators);
        Recognised(cut, TableLayouts.FlatList);
        Assert.Contains("沿用同一文件中前一张同名表（第21行）的版式", cut.ImportFindings.Single(f => f.RuleId == ImportRuleIds.LayoutRecognised).Message, System.StringComparison.Ordinal);

        NoLineUnplaced(r);
        NothingLost.Check(Text(Tongnan05), r);
    }

    [Fact]
    public void Fengjie_06_approval_form_cost_block_first_with_score_ranges()
    {
        var r = Read(Fengjie06);
        var t = Assert.Single(r.Tables);
        Recognised(t, TableLayouts.National);
        Assert.True(t.IsPartial);
        Assert.Equal(("2023年云雾土家族乡加工园配套设施建设项目", 2023, "资产资源类--房屋类"), (t.Name, t.Year!.Value, t.ProjectType));
        Assert.Equal(("县民宗委", "云雾土家族乡", "2023年4月", "2024年2月"), (t.Department, t.ImplementingUnit, t.StartTime, t.EndTime));
        Assert.Equal(new ContactInfo("徐德迁 13452649655", "徐德迁", "13452649655"), t.Contact);
        Assert.StartsWith("新建中药材晾晒房一座,占地300平方米", t.AnnualGoal, System.StringComparison.Ordinal);
        Assert.Equal(65m, t.Funding.Total);
        Assert.Equal(new[] { ("其中:财政资金", 65m), ("其中:其它资金", 0m) }, t.Funding.Sources.Select(s => (s.Name, s.Amount!.Value)));
        Assert.Contains(new HeaderField("财政资金科目代码", "21305", 16), t.OtherFields);

        // 项目资金 预算执行 10分, 年度绩效目标(90分), 成本指标(0-20)分 → 20 (upper bound), 产出指标 (40-50)分 → 50.
        Assert.Equal(
            new[] { new SectionWeight("预算执行率", 10m), new SectionWeight("绩效指标", 90m), new SectionWeight("成本指标", 20m), new SectionWeight("产出指标", 50m) },
            t.SectionWeights);

        var cost = Assert.Single(t.Indicators);
        Assert.Equal(("成本指标", "经济成本指标", "项目建设成本", 20), (cost.Level1, cost.Level2, cost.Name, cost.Line!.Value));
        Assert.Equal((new NumericValue(Comparison.AtMost, 65m, "万元"), 10m), (cost.FullYear, cost.Weight!.Value));
        Assert.Equal(new[] { 21, 22 }, t.Placeholders.Select(p => p.Line));

        // The caption 年度绩效目标(90分) is structure; only the cut-off last line is kept as unplaced.
        Assert.DoesNotContain(r.AllFindings, f => f.RuleId == ImportRuleIds.LineUnplaced);
        Assert.Equal(new[] { 23 }, t.UnplacedLines.Select(u => u.Line));
        NothingLost.Check(Text(Fengjie06), r);
    }

    [Fact]
    public void Tianchang_08_national_self_evaluation_publishes_scores_and_actuals()
    {
        var r = Read(Tianchang08);
        var t = Assert.Single(r.Tables);
        Recognised(t, TableLayouts.NationalSelfEvaluation);
        Assert.Equal(("水旱灾害防御经费", 2022, "天长市水利局"), (t.Name, t.Year!.Value, t.ImplementingUnit));
        Assert.Null(t.Department); // blank as published
        Assert.Equal("完成年度防汛工作,完成中型灌区节水改造项目和农业综合水价改革项目。", t.AnnualGoal);
        Assert.Equal(880m, t.Funding.Total);

        var p = Assert.IsType<PublishedEvaluation>(t.Published);
        Assert.Equal((880m, 880m, 880m, 10m, 10m, 100m, 100m), (p.InitialBudget!.Value, p.Budget!.Value, p.Executed!.Value, p.ExecutionWeight!.Value, p.ExecutionScore!.Value, p.Total!.Value, p.TotalWeight!.Value));
        Assert.Null(p.ExecutionRate); // 执行率(B/A) blank as published
        Assert.Equal("完成年度目标。", p.GoalCompletion);
        Assert.Equal(
            new[] { new SectionWeight("产出指标", 50m), new SectionWeight("效益指标", 30m), new SectionWeight("满意度指标", 10m) },
            t.SectionWeights);

        // Nine filled rows; 生态效益 指标1:/ and every 指标2: / …… are template placeholders.
        Assert.Equal(9, t.Indicators.Count);
        Assert.Equal(new[] { 5, 3, 1 }, new[] { "产出指标", "效益指标", "满意度指标" }.Select(l => t.Indicators.Count(i => i.Level1 == l)));
        Assert.All(t.Indicators, i => Assert.Equal(10m, i.Weight));
        Assert.Equal(18, t.Placeholders.Count);
        var first = t.Indicators[0];
        Assert.Equal(("数量指标", "指标1:完成中型灌区节水改造项目数量", 17), (first.Level2, first.Name, first.Line!.Value));
        Assert.Equal(new NumericValue(Comparison.Unspecified, 1m), first.FullYear);
        Assert.Equal(ValueKind.Empty, t.Indicator("指标1:工程质量合格").FullYear.Kind);
        var satisfaction = t.Indicator("指标1:服务对象满意度");
        Assert.Equal(("满意度指标", "服务对象满意度指标", new NumericValue(Comparison.Unspecified, 90m, "%")), (satisfaction.Level1, satisfaction.Level2, satisfaction.FullYear));

        Assert.Equal(9, p.Indicators.Count);
        Assert.All(p.Indicators, i => Assert.Equal(10m, i.Score));
        Assert.Equal(new[] { "1", "1", null, null, null, null, null, null, "100%" }, p.Indicators.Select(i => i.Actual));

        NoLineUnplaced(r);
        NothingLost.Check(Text(Tianchang08), r);
    }

    [Fact]
    public void Huaibei_11_four_columns_with_damaged_labels()
    {
        var r = Read(Huaibei11);
        var t = Assert.Single(r.Tables);
        Recognised(t, TableLayouts.National);
        Assert.Equal(("农村文化建设配套补助经费", 2025, "[077]淮北市文化旅游体育局", "淮北市文化旅游体育局"), (t.Name, t.Year!.Value, t.Department, t.ImplementingUnit));
        Assert.Equal("文化惠民工程,主要用于送戏进万村,按照明年的任务70个行政村,每村4400元,市级需配套704元/村。", t.AnnualGoal);
        Assert.Equal(5.00m, t.Funding.Total);
        Assert.Equal(new[] { 5.00m, 0.00m, 0.00m }, t.Funding.Sources.Select(s => s.Amount!.Value));
        Assert.Contains(new HeaderField("项目期", "1年", 8), t.OtherFields);

        Assert.Equal(9, t.Indicators.Count);
        Assert.Equal(new[] { 4, 4, 1 }, new[] { "产出指标", "效益指标", "满意度指标" }.Select(l => t.Indicators.Count(i => i.Level1 == l)));
        var plays = t.Indicators[0];
        Assert.Equal(("数量指标", "开展送戏进万村", 15), (plays.Level2, plays.Name, plays.Line!.Value));
        Assert.Equal(new NumericValue(Comparison.AtLeast, 70m, "村"), plays.FullYear);
        Assert.Equal(new NumericValue(Comparison.Unspecified, 5m, "万元"), t.Indicator("项目金额").FullYear);
        Assert.Equal(ValueKind.Date, t.Indicator("项目完成时限").FullYear.Kind);
        Assert.Equal(ValueKind.Qualitative, t.Indicator("项目实施是否产生经济价值").FullYear.Kind);
        Assert.Equal(new NumericValue(Comparison.AtLeast, 90m, "%"), t.Indicator("项目受益人满意程度").FullYear);

        // 年度 is 年度目标 with a truncated label (I02); 绩 on the header row is the vertical caption 绩效指标.
        Assert.Contains(t.ImportFindings, f => f.RuleId == ImportRuleIds.LabelRepaired && f.Location.Line == 13);
        NoLineUnplaced(r);
        NothingLost.Check(Text(Huaibei11), r);
    }

    [Fact]
    public void Yueyanglou_14_department_table_with_type_explanation_and_scoring_columns()
    {
        var r = Read(Yueyanglou14);
        var t = Assert.Single(r.Tables);
        Recognised(t, TableLayouts.National);
        Assert.Equal((TableKind.Department, true, 2023), (t.Kind, t.IsPartial, t.Year!.Value));
        Assert.Equal("岳阳楼区价格认证鉴定中心", t.Name);
        Assert.Equal("做好涉案、价格认定工作。", t.AnnualGoal);
        Assert.Contains(new HeaderField("*部门(单位)职责", "负责价格认定工作", 6), t.OtherFields);
        Assert.Null(t.Funding.Total); // 部门整体: no money
        Assert.Empty(t.Funding.Sources);

        Assert.Equal(5, t.Indicators.Count);
        var amount = t.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", "业务工作支出安排金额", 10), (amount.Level1, amount.Level2, amount.Name, amount.Line!.Value));
        Assert.Equal(new NumericValue(Comparison.Unspecified, 28.8m, "万元"), amount.FullYear);
        Assert.Equal(("定量", "%", "该指标主要考察业务工作支出安排情况", "未达指标值酌情扣分"), (amount.ValueType, amount.UnitText, amount.Explanation, amount.ScoringStandard));
        Assert.Equal(new NumericValue(Comparison.Unspecified, 100m, "%"), t.Indicator("业务工作支出到位率").FullYear);
        Assert.Equal(new FreeTextValue("按月安排"), t.Indicator("工作安排时间").FullYear);
        Assert.Null(t.Indicator("工作安排时间").UnitText);
        var running = t.Indicator("保证单位正常运转");
        Assert.Equal(("效益指标", "社会效益指标", "定性", "应保尽保"), (running.Level1, running.Level2, running.ValueType, running.FullYear.ToString()));

        // 经济效益指标 with only its 评(扣)分标准 is a placeholder; 生态 is the cut-off.
        Assert.Equal(new[] { 14 }, t.Placeholders.Select(p => p.Line));
        Assert.Equal(new[] { 16 }, t.UnplacedLines.Select(u => u.Line));
        NothingLost.Check(Text(Yueyanglou14), r);
    }

    [Fact]
    public void Wuhai_15_property_is_direction_direction_is_operator_and_excel_dates()
    {
        var r = Read(Wuhai15);
        var t = Assert.Single(r.Tables);
        Recognised(t, TableLayouts.National);
        Assert.True(t.IsPartial);
        Assert.Equal(("再生资源回收市场管理经费", 2021, "(31)部门预算项目"), (t.Name, t.Year!.Value, t.ProjectType));
        Assert.Equal(("(433)乌海市供销合作社联合社(部门)", "(433001)乌海市供销合作社联合社"), (t.Department, t.ImplementingUnit));
        Assert.Equal(3m, t.Funding.Total);
        Assert.Equal(new[] { 3m, 0m }, t.Funding.Sources.Select(s => s.Amount!.Value));
        Assert.Equal(
            new[] { new SectionWeight("绩效指标", 90m), new SectionWeight("产出指标", 50m), new SectionWeight("效益指标", 30m), new SectionWeight("满意度指标", 10m) },
            t.SectionWeights);

        // 11 产出 rows, 分值 4×10 + 10 = 50.
        Assert.Equal(11, t.Indicators.Count);
        Assert.All(t.Indicators, i => Assert.Equal(("产出指标", "="), (i.Level1, i.OperatorText)));
        Assert.Equal(50m, t.Indicators.Sum(i => i.Weight!.Value));
        Assert.Equal(new NumericValue(Comparison.Exactly, 8m), t.Indicator("出差人数").FullYear);
        Assert.Equal(("正向", 4m), (t.Indicator("出差人数").Direction, t.Indicator("出差人数").Weight!.Value));
        Assert.Equal(new NumericValue(Comparison.Exactly, 24m, "人/次"), t.Indicator("出差人次").FullYear);
        Assert.Equal(new NumericValue(Comparison.Exactly, 0m, "万元/人"), t.Indicator("出差单位成本").FullYear);
        Assert.Equal(("反向", new NumericValue(Comparison.Exactly, 3m, "万元")), (t.Indicator("年度预算总成本").Direction, t.Indicator("年度预算总成本").FullYear));

        // 44,561 in 目标值 and 计量单位 is the Excel serial of 2021-12-31 (I12 keeps the original).
        var due = t.Indicator("项目财政资金到位时间");
        Assert.Equal((ValueKind.Date, 10m, 21), (due.FullYear.Kind, due.Weight!.Value, due.Line!.Value));
        Assert.Equal(new DateValue(DateValueKind.Point, new PartialDate(2021, 12, 31)), due.FullYear);
        Assert.Equal(new[] { 21, 23 }, t.ImportFindings.Where(f => f.RuleId == ImportRuleIds.CellConverted).Select(f => f.Location.Line!.Value));

        Assert.Equal(new[] { 29 }, t.UnplacedLines.Select(u => u.Line)); // the cut-off 效
        NothingLost.Check(Text(Wuhai15), r);
    }

    [Fact]
    public void Nankai_17_target_versus_actual_notice_without_header()
    {
        var r = Read(Nankai17);
        var t = Assert.Single(r.Tables);
        Recognised(t, TableLayouts.NationalSelfEvaluation);
        Assert.Equal(("2018生物实验教学中心建设项目", 2018, false), (t.Name, t.Year!.Value, t.HasHeader));
        Assert.Null(t.Funding.Total);

        Assert.Equal(9, t.Indicators.Count);
        var devices = t.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", "购置仪器设备(不计低值小零件和定制产品)", 8), (devices.Level1, devices.Level2, devices.Name, devices.Line!.Value));
        Assert.Equal(new NumericValue(Comparison.Unspecified, 31m), devices.FullYear);
        Assert.Equal(new NumericValue(Comparison.AtLeast, 95m, "%"), t.Indicator("项目年末完成率").FullYear);
        Assert.Equal(ValueKind.Date, t.Indicator("项目完成时间").FullYear.Kind);
        Assert.Equal(("效益指标", "社会效益指标"), (t.Indicator("是否保证实验教学水平,提高教学质量").Level1, t.Indicator("是否保证实验教学水平,提高教学质量").Level2));
        Assert.Equal(new[] { 14, 15, 17 }, t.Placeholders.Select(p => p.Line)); // 成本 / 经济效益 / 可持续影响 left empty

        var p = Assert.IsType<PublishedEvaluation>(t.Published);
        Assert.Equal(new[] { "42", "2间", "100%", "≥95%", "2018年11月底", "是", "是", "≥95%", "≥95%" }, p.Indicators.Select(i => i.Actual));

        // The score block under the table uses its own criteria: kept as fields (10 + 10 + 9 = 29).
        Assert.Equal(new[] { "10分", "10分", "9分", "29分" }, new[] { "考核节点进度完成率", "项目采购节约率", "预算编制准确度", "绩效评价结果" }.Select(l => t.OtherFields.Single(f => f.Label == l).Value));
        NoLineUnplaced(r);
        NothingLost.Check(Text(Nankai17), r);
    }

    [Fact]
    public void Every_real_file_is_read_without_loss_and_without_an_unreadable_line()
    {
        Assert.Equal(10, All.Length);
        Assert.Equal(new[] { 1, 2, 1, 3, 1, 1, 1, 1, 1, 1 }, All.Select(f => Read(f).Tables.Count));
        Assert.Equal(new[] { 2, 13, 9, 10, 1, 9, 9, 5, 11, 9 }, All.Select(f => Read(f).Tables.Sum(t => t.Indicators.Count)));
        Assert.All(All, f => Assert.DoesNotContain(Read(f).AllFindings, x => x.RuleId is ImportRuleIds.LineUnplaced or ImportRuleIds.UnreadableInput));
    }
}
