using System.Collections.Generic;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Testing;

/// <summary>
/// A complete Nanjing 2026 target table (项目 测试项目, the 11 standard 决策/过程 rows and six 产出/效益/满意度 rows)
/// on which every built-in rule holds. Tests change one thing in it and assert the exact finding; benchmarks use
/// it as the cost of a table that passes. Shared so that there is one such table, and a new rule that flags it
/// fails every test that relies on it.
/// </summary>
/// <example>
/// <code>
/// var findings = engine.Check(CompliantTable.Create() with { Department = null });   // exactly S01 on 主管部门
/// </code>
/// </example>
public static class CompliantTable
{
    /// <summary>The table: 2026, layout <c>nanjing-2026</c>, source <c>test.txt</c>, 资金总额 100 万元 in one 支出 line, 17 indicators.</summary>
    public static PerformanceTable Create()
    {
        var rows = new List<Indicator>(StandardIndicators());
        void Add(string l1, string l2, string name, IndicatorValue half, IndicatorValue full, string? unit = null) =>
            rows.Add(new Indicator(rows.Count + 1, l1, l2, name, half, full) { Unit = unit, Line = 100 + rows.Count });
        Add("产出指标", "数量指标", "举办活动场次", new NumericValue(Comparison.AtLeast, 5m, "场"), new NumericValue(Comparison.AtLeast, 10m, "场"));
        Add("产出指标", "质量指标", "活动验收合格率", new NumericValue(Comparison.AtLeast, 95m, "%"), new NumericValue(Comparison.AtLeast, 95m, "%"));
        Add("产出指标", "时效指标", "活动完成时间",
            new DateValue(DateValueKind.Deadline, new PartialDate(2026, 6, null, true)),
            new DateValue(DateValueKind.Deadline, new PartialDate(2026, 12, null, true)));
        Add("产出指标", "成本指标", "活动成本", new NumericValue(Comparison.AtMost, 50m, "万元"), new NumericValue(Comparison.AtMost, 100m, "万元"));
        Add("效益指标", "社会效益指标", "参与企业数（家）",
            new NumericValue(Comparison.AtLeast, 20m, "家", UnitSource.NameBracket), new NumericValue(Comparison.AtLeast, 40m, "家", UnitSource.NameBracket), "家");
        Add("满意度指标", "服务对象满意度指标", "参与企业满意度", new NumericValue(Comparison.AtLeast, 85m, "%"), new NumericValue(Comparison.AtLeast, 90m, "%"));

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

    /// <summary>The 11 standard 决策/过程 rows of the Nanjing form, each valued with the word or rate it expects (rows 1–11).</summary>
    public static IReadOnlyList<Indicator> StandardIndicators()
    {
        var rows = new List<Indicator>();
        void Add(string l1, string l2, string name, IndicatorValue half, IndicatorValue full) =>
            rows.Add(new Indicator(rows.Count + 1, l1, l2, name, half, full));
        QualitativeValue Word(string word) => new(word, QualitativeKind.Criterion, 0);
        var onSchedule = new OnScheduleValue();
        var hundred = new NumericValue(Comparison.Exactly, 100m, "%");
        Add("决策", "项目立项", "立项依据充分性", Word("充分"), Word("充分"));
        Add("决策", "项目立项", "立项程序规范性", Word("规范"), Word("规范"));
        Add("决策", "绩效目标", "绩效目标合理性", Word("合理"), Word("合理"));
        Add("决策", "绩效目标", "绩效指标明确性", Word("明确"), Word("明确"));
        Add("决策", "资金投入", "预算编制科学性", Word("科学"), Word("科学"));
        Add("决策", "资金投入", "资金分配合理性", Word("合理"), Word("合理"));
        Add("过程", "资金管理", "资金到位率", onSchedule, hundred);
        Add("过程", "资金管理", "预算执行率", onSchedule, hundred);
        Add("过程", "资金管理", "资金使用合规性", Word("合规"), Word("合规"));
        Add("过程", "组织实施", "管理制度健全性", Word("健全"), Word("健全"));
        Add("过程", "组织实施", "制度执行有效性", Word("有效"), Word("有效"));
        return rows;
    }
}
