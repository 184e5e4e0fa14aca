using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Actuals;
using PerfRules.Rules.Scoring;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Tests.Scoring;

/// <summary>Tables and values built with the case constructors, so scoring tests do not depend on the parser.</summary>
internal static class TestTables
{
    public static readonly DateTime YearEnd = new(2026, 12, 31);
    public static readonly DateTime MidYear = new(2026, 6, 30);

    public static NumericValue Num(Comparison comparison, decimal number, string? unit = null) => new(comparison, number, unit);

    public static NumericValue AtLeast(decimal number, string? unit = null) => new(Comparison.AtLeast, number, unit);

    public static NumericValue AtMost(decimal number, string? unit = null) => new(Comparison.AtMost, number, unit);

    public static NumericValue Exactly(decimal number, string? unit = null) => new(Comparison.Exactly, number, unit);

    public static NumericValue Actual(decimal number, string? unit = null) => new(Comparison.Unspecified, number, unit);

    public static QualitativeValue Completion(string word, int rank) => new(word, QualitativeKind.Completion, rank);

    public static QualitativeValue GradeWord(string word, int rank) => new(word, QualitativeKind.Grade, rank);

    public static readonly QualitativeValue Done = Completion("完成", 0);
    public static readonly QualitativeValue MostlyDone = Completion("基本完成", 1);
    public static readonly QualitativeValue NotDone = Completion("未完成", 2);

    /// <summary>An indicator with the same half-year and full-year target.</summary>
    public static Indicator Ind(int row, string level1, string level2, string name, IndicatorValue full, IndicatorValue? half = null) =>
        new(row, level1, level2, name, half ?? full, full);

    /// <summary>The 11 standard 决策/过程 rows of the Nanjing template (not scored), rows 1–11.</summary>
    public static IEnumerable<Indicator> DecisionAndProcess()
    {
        QualitativeValue C(string w) => new(w, QualitativeKind.Criterion, 0);
        yield return Ind(1, "决策", "项目立项", "立项依据充分性", C("充分"));
        yield return Ind(2, "决策", "项目立项", "立项程序规范性", C("规范"));
        yield return Ind(3, "决策", "绩效目标", "绩效指标明确性", C("明确"));
        yield return Ind(4, "决策", "绩效目标", "绩效目标合理性", C("合理"));
        yield return Ind(5, "决策", "资金投入", "预算编制科学性", C("科学"));
        yield return Ind(6, "决策", "资金投入", "资金分配合理性", C("合理"));
        yield return Ind(7, "过程", "资金管理", "资金使用合规性", C("合规"));
        yield return Ind(8, "过程", "资金管理", "预算执行率", Exactly(100, "%"));
        yield return Ind(9, "过程", "资金管理", "资金到位率", Actual(100, "%"), new OnScheduleValue());
        yield return Ind(10, "过程", "组织实施", "管理制度健全性", C("健全"));
        yield return Ind(11, "过程", "组织实施", "制度执行有效性", C("有效"));
    }

    /// <summary>Seed 001's 台式机 table (docs/scoring.md worked example), as the reader models it.</summary>
    public static PerformanceTable Desktop() => new PerformanceTable("台式机")
    {
        Year = 2026,
        ProjectType = "一次性安排项目",
        StartTime = "2026年",
        EndTime = "2026年",
        Funding = new Funding
        {
            Total = 6m,
            Expenditures = ValueList.Of(new Expenditure("台式机", new Amount(6m), new Amount(6m))),
        },
        Indicators = DecisionAndProcess().Concat(new[]
        {
            Ind(12, "产出指标", "数量指标", "设备购置数量", Exactly(10, "台")),
            Ind(13, "产出指标", "质量指标", "设备购置验收", Done),
            Ind(14, "产出指标", "时效指标", "按采购计划时间完成", Done),
            Ind(15, "效益指标", "社会效益", "保障各项业务工作正常开展", Done),
        }).ToValueList(),
    };

    /// <summary>The worked example's actuals: executed 5.8 of 6; 9台; 完成; 基本完成; 完成.</summary>
    public static TableActuals DesktopActuals() => new TableActuals("台式机")
    {
        Executed = 5.8m,
        Indicators = ValueList.Of(
            IndicatorActual.Of("设备购置数量", Actual(9, "台")) with { Reason = "1台因供货延迟于次年1月交付" },
            IndicatorActual.Of("设备购置验收", Done),
            IndicatorActual.Of("按采购计划时间完成", MostlyDone) with { Reason = "供货延迟" },
            IndicatorActual.Of("保障各项业务工作正常开展", Done)),
    };

    /// <summary>A small table: one 产出 indicator under test plus fixed companions, executed in full.</summary>
    public static PerformanceTable Single(IndicatorValue target, IndicatorValue? half = null, string name = "测试指标", string? direction = null) => new PerformanceTable("测试表")
    {
        Year = 2026,
        Funding = new Funding { Total = 10m, Expenditures = ValueList.Of(new Expenditure("测试", new Amount(5m), new Amount(10m))) },
        Indicators = ValueList.Of(
            Ind(1, "产出指标", "数量指标", name, target, half) with { Direction = direction },
            Ind(2, "效益指标", "社会效益", "效益", Done),
            Ind(3, "满意度指标", "满意度指标", "满意度", AtLeast(85, "%"))),
    };

    /// <summary>Actuals for <see cref="Single"/>: the one under test plus met companions.</summary>
    public static TableActuals SingleActuals(IndicatorValue? actual, decimal executed = 10m, string name = "测试指标", string? reason = null, Judgement? judgement = null)
    {
        var list = new List<IndicatorActual>();
        if (actual is not null) list.Add(IndicatorActual.Of(name, actual) with { Reason = reason, Judgement = judgement });
        list.Add(IndicatorActual.Of("效益", Done));
        list.Add(IndicatorActual.Of("满意度", Actual(90, "%")));
        return new TableActuals("测试表") { Executed = executed, Indicators = list.ToValueList() };
    }

    public static ScoreCard ScoreAt(PerformanceTable table, TableActuals? actuals, DateTime asOf, ScoringProfile? profile = null) =>
        Scorer.Score(table, actuals, new ScoringOptions { AsOf = asOf, Profile = profile ?? ScoringProfile.National2020 });

    /// <summary>Asserts two unrounded decimals agree to 20 places (decimal division rounds the 28th digit).</summary>
    public static void AssertClose(decimal expected, decimal actual) => Xunit.Assert.InRange(actual - expected, -0.00000000000000000001m, 0.00000000000000000001m);

    public static IndicatorScore Line(this ScoreCard card, string name) => card.Indicators.Single(i => i.Indicator.Name == name);
}
