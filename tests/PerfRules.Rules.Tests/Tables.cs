using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Rules;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Tests;

/// <summary>
/// Hand-made tables: <see cref="Compliant"/> is a complete 2026 Nanjing table that no rule flags;
/// tests change one thing and assert the exact finding.
/// </summary>
internal static class Tables
{
    public static readonly RuleEngine Engine = RuleEngine.Create();

    public static QualitativeValue Word(string word, QualitativeKind kind = QualitativeKind.Criterion, int rank = 0) => new(word, kind, rank);

    public static NumericValue Num(Comparison c, decimal n, string? unit = null, UnitSource source = UnitSource.Cell) => new(c, n, unit, source);

    public static NumericValue AtLeast(decimal n, string? unit = null) => new(Comparison.AtLeast, n, unit);

    public static NumericValue AtMost(decimal n, string? unit = null) => new(Comparison.AtMost, n, unit);

    public static NumericValue Exactly(decimal n, string? unit = null) => new(Comparison.Exactly, n, unit);

    public static NumericValue Bare(decimal n, string? unit = null, UnitSource source = UnitSource.Cell) => new(Comparison.Unspecified, n, unit, source);

    public static readonly OnScheduleValue OnSchedule = new();

    public static IReadOnlyList<Indicator> Standard()
    {
        var rows = new List<Indicator>();
        void Add(string l1, string l2, string name, IndicatorValue half, IndicatorValue full) =>
            rows.Add(new Indicator(rows.Count + 1, l1, l2, name, half, full));
        Add("决策", "项目立项", "立项依据充分性", Word("充分"), Word("充分"));
        Add("决策", "项目立项", "立项程序规范性", Word("规范"), Word("规范"));
        Add("决策", "绩效目标", "绩效目标合理性", Word("合理"), Word("合理"));
        Add("决策", "绩效目标", "绩效指标明确性", Word("明确"), Word("明确"));
        Add("决策", "资金投入", "预算编制科学性", Word("科学"), Word("科学"));
        Add("决策", "资金投入", "资金分配合理性", Word("合理"), Word("合理"));
        Add("过程", "资金管理", "资金到位率", OnSchedule, Exactly(100, "%"));
        Add("过程", "资金管理", "预算执行率", OnSchedule, Exactly(100, "%"));
        Add("过程", "资金管理", "资金使用合规性", Word("合规"), Word("合规"));
        Add("过程", "组织实施", "管理制度健全性", Word("健全"), Word("健全"));
        Add("过程", "组织实施", "制度执行有效性", Word("有效"), Word("有效"));
        return rows;
    }

    public static PerformanceTable Compliant()
    {
        var rows = Standard().ToList();
        void Add(string l1, string l2, string name, IndicatorValue half, IndicatorValue full, string? unit = null) =>
            rows.Add(new Indicator(rows.Count + 1, l1, l2, name, half, full) { Unit = unit, Line = 100 + rows.Count });
        Add("产出指标", "数量指标", "举办活动场次", AtLeast(5, "场"), AtLeast(10, "场"));
        Add("产出指标", "质量指标", "活动验收合格率", AtLeast(95, "%"), AtLeast(95, "%"));
        Add("产出指标", "时效指标", "活动完成时间",
            new DateValue(DateValueKind.Deadline, new PartialDate(2026, 6, null, true)),
            new DateValue(DateValueKind.Deadline, new PartialDate(2026, 12, null, true)));
        Add("产出指标", "成本指标", "活动成本", AtMost(50, "万元"), AtMost(100, "万元"));
        Add("效益指标", "社会效益指标", "参与企业数（家）", Num(Comparison.AtLeast, 20, "家", UnitSource.NameBracket), Num(Comparison.AtLeast, 40, "家", UnitSource.NameBracket), "家");
        Add("满意度指标", "服务对象满意度指标", "参与企业满意度", AtLeast(85, "%"), AtLeast(90, "%"));

        return new PerformanceTable("测试项目")
        {
            Year = 2026,
            Source = "test.txt",
            Line = 1,
            Layout = TableLayouts.Nanjing2026,
            Department = "南京市工业和信息化局",
            ImplementingUnit = "南京市工业和信息化发展促进中心",
            ProjectType = "常年安排项目",
            ProjectLevel = "市本级",
            StartTime = "2026年1月",
            EndTime = "2026年12月",
            Contact = new ContactInfo("李鹏86591170", "李鹏", "86591170"),
            Necessity = "落实全市中小企业服务体系建设要求。",
            Feasibility = "中心具备组织活动的经验和条件。",
            Content = "组织开展企业服务活动。",
            LongTermGoal = "服务体系健康发展。",
            AnnualGoal = "全年举办活动10场，服务企业40家。",
            Funding = new Funding
            {
                Total = 100m,
                TotalLine = 20,
                Expenditures = ValueList.Of(new Expenditure("活动经费", new Amount(50m), new Amount(100m)) { Line = 22 }),
            },
            Indicators = rows.ToValueList(),
        };
    }

    /// <summary>The table with the indicator named <paramref name="name"/> replaced.</summary>
    public static PerformanceTable WithIndicator(this PerformanceTable table, string name, Func<Indicator, Indicator> change) =>
        table with { Indicators = table.Indicators.Select(i => i.Name == name ? change(i) : i).ToValueList() };

    /// <summary>The table with one more indicator row.</summary>
    public static PerformanceTable Plus(this PerformanceTable table, string l1, string l2, string name, IndicatorValue half, IndicatorValue full, string? unit = null) =>
        table with
        {
            Indicators = table.Indicators.Append(new Indicator(table.Indicators.Count + 1, l1, l2, name, half, full) { Unit = unit }).ToValueList(),
        };

    /// <summary>The table without the indicators matching <paramref name="drop"/> (rows renumbered).</summary>
    public static PerformanceTable Without(this PerformanceTable table, Func<Indicator, bool> drop) =>
        table with { Indicators = table.Indicators.Where(i => !drop(i)).Select((i, n) => i with { Row = n + 1 }).ToValueList() };

    public static IReadOnlyList<Finding> Check(this PerformanceTable table, DateTime? asOf = null) => Engine.Check(table, asOf);

    public static IReadOnlyList<Finding> Only(this IReadOnlyList<Finding> findings, string id) => findings.Where(f => f.RuleId == id).ToList();

    public static string Show(this IEnumerable<Finding> findings) => string.Join("\n", findings.Select(f => f.ToString()));
}
