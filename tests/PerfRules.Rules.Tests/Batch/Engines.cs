using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Findings;
using PerfRules.Json;
using PerfRules.Rules;
using PerfRules.Tables;
using PerfRules.Testing;
using PerfRules.Values;

namespace PerfRules.Rules.Tests.Batch;

/// <summary>
/// The two evaluation paths over one loaded <see cref="RuleSet"/>, and what "the same findings"
/// means: equal records in the same order and the same JSON, byte for byte.
/// </summary>
internal sealed class Engines
{
    public static readonly Engines BuiltIn = new(RuleSet.Load());

    public Engines(RuleSet rules)
    {
        Reference = RuleEngine.Create(rules, RuleEngineMode.RulesEngine);
        Compiled = RuleEngine.Create(rules, RuleEngineMode.Compiled);
    }

    public RuleEngine Reference { get; }

    public RuleEngine Compiled { get; }

    /// <summary>Both findings lists, or both exceptions' types and rule ids when the rules cannot run.</summary>
    public (string Reference, string Compiled) Both(PerformanceTable table, DateTime? asOf) => (Run(Reference, table, asOf), Run(Compiled, table, asOf));

    /// <summary>True when both paths agree; the reference path's output is also returned to judge the case's interest.</summary>
    public bool Agree(PerformanceTable table, DateTime? asOf, out string reference)
    {
        var (r, c) = Both(table, asOf);
        reference = r;
        return string.Equals(r, c, StringComparison.Ordinal) && RecordsEqual(table, asOf);
    }

    private bool RecordsEqual(PerformanceTable table, DateTime? asOf)
    {
        try
        {
            return Reference.Check(table, asOf).SequenceEqual(Compiled.Check(table, asOf));
        }
        catch (RuleEvaluationException)
        {
            return true; // compared by Run
        }
    }

    private static string Run(RuleEngine engine, PerformanceTable table, DateTime? asOf)
    {
        try
        {
            return Text(engine.Check(table, asOf));
        }
        catch (RuleEvaluationException ex)
        {
            return "throws " + ex.RuleId + " " + ex.RuleName + " " + ex.SourceName + " " + ex.Table;
        }
    }

    /// <summary>One JSON line per finding (the CLI's serialisation), so a difference in any byte shows.</summary>
    public static string Text(IReadOnlyList<Finding> findings) => string.Join("\n", findings.Select(PerfRulesJson.Serialize));

    /// <summary>As-of dates: none (30 June of the 年度), the half-year and year-end checkpoints, before and after the project, unknown.</summary>
    public static Gen<DateTime?> AsOfGen() => Gen.Elements<DateTime?>(
        null, new DateTime(2026, 6, 30), new DateTime(2026, 12, 31), new DateTime(2026, 3, 15), new DateTime(2025, 6, 30),
        new DateTime(2027, 1, 1), DateTime.MinValue);

    /// <summary>
    /// Seed-shaped tables (<see cref="Arbitraries.PerformanceTable"/>) whose cells are then overwritten with any
    /// canonical value (<see cref="Arbitraries.IndicatorValueGen"/>) and whose names come from the rate,
    /// satisfaction, cost, X性 and 时效 vocabulary, so every V/C/F rule both holds and fails.
    /// </summary>
    public static Gen<PerformanceTable> StressedTableGen()
    {
        var cell = Gen.Frequency((5, Arbitraries.IndicatorValueGen), (1, Gen.Constant<IndicatorValue>(new OnScheduleValue())), (3, Gen.Elements(Pointed)));
        var edit =
            from name in Gen.Elements(StressNames)
            from level in Gen.Elements(StressLevels)
            from ordered in Gen.Elements(false, false, false, false, false, true)
            from half in ordered ? Gen.Constant(Pointed[3]) : cell
            from full in ordered ? Gen.Constant(Pointed[5]) : cell
            from direction in Gen.Elements<string?>(null, null, null, "正向", "反向")
            select (name, level, half, full, direction);
        return
            from table in Arbitraries.PerformanceTable().Generator
            from edits in Gen.ListOf(edit, 6)
            from positions in Gen.ListOf(Gen.Choose(0, 60), 6)
            from start in Gen.Elements<string?>(table.StartTime, table.StartTime, "2027年1月", "2026年7月", "长期", "2026年13月")
            from end in Gen.Elements<string?>(table.EndTime, table.EndTime, "2026年6月", "2025年12月", "长期")
            from type in Gen.Elements<string?>(table.ProjectType, table.ProjectType, "专项资金项目", "常年")
            from extra in Gen.Elements<Expenditure?>(null, null, new Expenditure("超支", new Amount(120m), new Amount(100m)), new Expenditure("退回", new Amount(-5m), new Amount(10m)))
            select Apply(table, edits.ToArray(), positions.ToArray()) with
            {
                StartTime = start,
                EndTime = end,
                ProjectType = type,
                Funding = extra is null ? table.Funding : table.Funding with { Expenditures = table.Funding.Expenditures.Append(extra).ToValueList() },
            };
    }

    private static PerformanceTable Apply(PerformanceTable table, (string Name, (string L1, string L2) Level, IndicatorValue Half, IndicatorValue Full, string? Direction)[] edits, int[] positions)
    {
        var rows = table.Indicators.ToList();
        for (var i = 0; i < edits.Length && rows.Count > 0; i++)
        {
            var p = positions[i] % rows.Count;
            var e = edits[i];
            rows[p] = rows[p] with
            {
                Name = e.Name,
                Level1 = e.Level.L1,
                Level2 = e.Level.L2,
                HalfYear = e.Half,
                FullYear = e.Full,
                Unit = Units.FromIndicatorName(e.Name),
                Direction = e.Direction,
            };
        }

        return table with { Indicators = rows.ToValueList() };
    }

    // Values aimed at rules the generic generators rarely fail: V08 (满意度 below 80%), C03 (grades in the wrong order).
    private static readonly IndicatorValue[] Pointed =
    {
        new NumericValue(Comparison.AtLeast, 60m, "%"), new NumericValue(Comparison.Exactly, 79.5m, "%"), new RangeValue(70m, 90m, "%"),
        new QualitativeValue("好", QualitativeKind.Grade, 0), new QualitativeValue("较好", QualitativeKind.Grade, 1),
        new QualitativeValue("一般", QualitativeKind.Grade, 2), new NumericValue(Comparison.AtLeast, 120m, "%"),
    };

    private static readonly string[] StressNames =
    {
        "设备购置验收合格率", "服务满意度", "参加活动企业满意度（%）", "单位服务成本（万元）", "投诉发生率", "预算执行率", "资金到位率",
        "立项依据充分性", "资金使用合规性", "采购计划完成时间", "系统升级维护效率", "组织开展服务活动（场）", "收集服务机构需求",
        "覆盖率", "成本控制率", "事故次数", "指标2:", "……", "立项依据充分性", "服务企业数（家）",
    };

    private static readonly (string, string)[] StressLevels =
    {
        ("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"), ("产出指标", "成本指标"), ("效益指标", "社会效益指标"),
        ("满意度指标", "服务对象满意度指标"), ("过程", "资金管理"), ("决策", "项目立项"), ("成本", "经济成本指标"), ("效果", "其他"),
        ("产出指标", "效益指标"), (string.Empty, string.Empty),
    };
}
