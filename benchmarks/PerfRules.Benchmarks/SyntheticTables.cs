using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PerfRules.Batch;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Benchmarks;

/// <summary>The tables the rule benchmarks run on: a seed as read from samples/, a table no rule flags, and a synthetic stream.</summary>
internal static class SyntheticTables
{
    /// <summary>The seed with 38 indicator rows: 南京市工业和信息化发展专项资金 (samples/000_…).</summary>
    public static PerformanceTable Seed38()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var seed = Directory.GetFiles(samples, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => TableTextReader.ReadFile(f).Tables)
            .Single(t => t.Name == "南京市工业和信息化发展专项资金");
        if (seed.Indicators.Count != 38) throw new InvalidOperationException("expected 38 rows, read " + seed.Indicators.Count);
        return seed;
    }

    /// <summary>A complete Nanjing 2026 table (the 11 决策/过程 rows and 6 more) on which every rule holds.</summary>
    public static PerformanceTable Compliant()
    {
        var rows = new List<Indicator>();
        void Add(string l1, string l2, string name, IndicatorValue half, IndicatorValue full, string? unit = null) =>
            rows.Add(new Indicator(rows.Count + 1, l1, l2, name, half, full) { Unit = unit, Line = 30 + rows.Count });
        QualitativeValue Word(string w) => new(w, QualitativeKind.Criterion, 0);
        foreach (var (l1, l2, name, word) in new[]
                 {
                     ("决策", "项目立项", "立项依据充分性", "充分"), ("决策", "项目立项", "立项程序规范性", "规范"),
                     ("决策", "绩效目标", "绩效目标合理性", "合理"), ("决策", "绩效目标", "绩效指标明确性", "明确"),
                     ("决策", "资金投入", "预算编制科学性", "科学"), ("决策", "资金投入", "资金分配合理性", "合理"),
                 })
        {
            Add(l1, l2, name, Word(word), Word(word));
        }

        Add("过程", "资金管理", "资金到位率", new OnScheduleValue(), new NumericValue(Comparison.Exactly, 100m, "%"));
        Add("过程", "资金管理", "预算执行率", new OnScheduleValue(), new NumericValue(Comparison.Exactly, 100m, "%"));
        Add("过程", "资金管理", "资金使用合规性", Word("合规"), Word("合规"));
        Add("过程", "组织实施", "管理制度健全性", Word("健全"), Word("健全"));
        Add("过程", "组织实施", "制度执行有效性", Word("有效"), Word("有效"));
        Add("产出指标", "数量指标", "举办活动场次", new NumericValue(Comparison.AtLeast, 5m, "场"), new NumericValue(Comparison.AtLeast, 10m, "场"));
        Add("产出指标", "质量指标", "活动验收合格率", new NumericValue(Comparison.AtLeast, 95m, "%"), new NumericValue(Comparison.AtLeast, 95m, "%"));
        Add("产出指标", "时效指标", "活动完成时间",
            new DateValue(DateValueKind.Deadline, new PartialDate(2026, 6, null, true)),
            new DateValue(DateValueKind.Deadline, new PartialDate(2026, 12, null, true)));
        Add("产出指标", "成本指标", "活动成本", new NumericValue(Comparison.AtMost, 50m, "万元"), new NumericValue(Comparison.AtMost, 100m, "万元"));
        Add("效益指标", "社会效益指标", "参与企业数（家）", new NumericValue(Comparison.AtLeast, 20m, "家", UnitSource.NameBracket), new NumericValue(Comparison.AtLeast, 40m, "家", UnitSource.NameBracket), "家");
        Add("满意度指标", "服务对象满意度指标", "参与企业满意度", new NumericValue(Comparison.AtLeast, 85m, "%"), new NumericValue(Comparison.AtLeast, 90m, "%"));

        return new PerformanceTable("测试项目")
        {
            Year = 2026,
            Source = "compliant.txt",
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

    /// <summary>
    /// A pool of distinct synthetic tables (what <c>perfrules generate --seed 2026</c> writes), to be streamed
    /// round-robin so a stream of any length costs no generation time and no memory of its own.
    /// </summary>
    public static PerformanceTable[] Pool(int size) => SyntheticTableGenerator.Generate(size, 2026).ToArray();

    /// <summary><paramref name="count"/> tables from <paramref name="pool"/>, lazily.</summary>
    public static IEnumerable<PerformanceTable> Stream(PerformanceTable[] pool, int count)
    {
        for (var i = 0; i < count; i++) yield return pool[i % pool.Length];
    }
}
