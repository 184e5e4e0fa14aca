using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Actuals;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Testing;

/// <summary>Generators for self-evaluation actuals and scoring scenarios.</summary>
/// <remarks>
/// <see cref="ActualsDocuments"/> yields documents an actuals file can hold (unique table names, unique
/// indicator/row pairs), so they round-trip through <see cref="ActualsJson"/>. <see cref="ScoringScenarios"/>
/// yields tables with actuals shaped like real ones: targets of every case (numbers with every comparison,
/// ranges, vocabulary words, dates, 序时进度 half-years, free text, blanks), table-given weights sometimes, and
/// actuals that mostly compare, sometimes do not (another unit, another scale), are missing or judged.
/// </remarks>
public static partial class Arbitraries
{
    private static readonly string[] ScenarioUnits = { "个", "家", "场", "%", "万元", "天" };

    private static readonly string[] ActualTexts =
    {
        "9台", "10台", "≥85%", "96.5%", "完成", "基本完成", "未完成", "较好", "一般", "提升", "下降", "2026年11月", "按时完成", "序时进度",
        "完成采集场搭建，采集80万条", "", "  ", "/", "12", "0", "≥≥5家", "1.5万元", "2.5亿元",
    };

    private static readonly string[] IndicatorNames =
    {
        "设备购置数量", "设备购置验收", "按采购计划时间完成", "保障各项业务工作正常开展", "服务对象满意度", "惠企政策编印数量", "全市智算规模（P）",
        "规上软件信息业营收增速（%）", "单位成本", "投诉次数",
    };

    /// <summary>Judgements (met, partially met, not met).</summary>
    public static Arbitrary<Judgement> Judgements() => JudgementGen.ToArbitrary();

    /// <summary>The generator behind <see cref="Judgements"/>.</summary>
    public static Gen<Judgement> JudgementGen => Gen.Elements(Judgement.Met, Judgement.PartiallyMet, Judgement.NotMet);

    /// <summary>One indicator's actual: value texts of every notation (also blank and invalid), optional reason, judgement and row.</summary>
    public static Arbitrary<IndicatorActual> IndicatorActuals() => IndicatorActualGen.ToArbitrary();

    /// <summary>The generator behind <see cref="IndicatorActuals"/>.</summary>
    public static Gen<IndicatorActual> IndicatorActualGen =>
        from name in Gen.Elements(IndicatorNames)
        from value in Gen.Frequency((3, Gen.Elements(ActualTexts).Select(t => (string?)t)), (2, IndicatorValueGen.Select(v => (string?)v.ToString())), (1, Gen.Constant<string?>(null)))
        from reason in Gen.Elements<string?>(null, null, "供货延迟", "受行业周期影响")
        from judgement in Gen.Frequency((3, Gen.Constant<Judgement?>(null)), (1, JudgementGen.Select(j => (Judgement?)j)))
        from row in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(1, 40).Select(r => (int?)r)))
        select new IndicatorActual(name, value) { Reason = reason, Judgement = judgement, Row = row };

    /// <summary>One table's actuals: executed amount (or none), indicator actuals with unique name/row pairs.</summary>
    public static Arbitrary<TableActuals> TableActualsSets() => TableActualsGen("台式机").ToArbitrary();

    /// <summary>Actuals documents: optional as-of date, tables with unique names.</summary>
    public static Arbitrary<ActualsDocument> ActualsDocuments() => ActualsDocumentGen.ToArbitrary();

    /// <summary>The generator behind <see cref="ActualsDocuments"/>.</summary>
    public static Gen<ActualsDocument> ActualsDocumentGen =>
        from asOf in Gen.Elements<DateTime?>(null, new DateTime(2026, 6, 30), new DateTime(2026, 12, 31), new DateTime(2027, 1, 15))
        from count in Gen.Choose(0, 3)
        from tables in Gen.CollectToArray(Enumerable.Range(0, count).Select(i => TableActualsGen(new[] { "台式机", "委托服务费", "办公设备" }[i])))
        select new ActualsDocument { AsOf = asOf, Tables = tables.ToValueList() };

    /// <summary>A table with actuals for scoring (see the remarks on <see cref="Arbitraries"/>' actuals generators).</summary>
    public static Arbitrary<ScoringScenario> ScoringScenarios() => ScoringScenarioGen(tableWeights: true).ToArbitrary();

    /// <summary>Scenarios; with <paramref name="tableWeights"/> false no table states a weight, so the profile's weights (adding up to 100) apply.</summary>
    public static Gen<ScoringScenario> ScoringScenarioGen(bool tableWeights) =>
        from count in Gen.Choose(0, 8)
        from rows in Gen.CollectToArray(Enumerable.Range(1, count).Select(ScenarioRowGen))
        from weighted in tableWeights ? Gen.Elements(false, false, true) : Gen.Constant(false)
        from weights in Gen.ListOf(Gen.Choose(0, 40).Select(w => (decimal)w), count)
        from total in Gen.Choose(1, 100_000).Select(n => n / 100m)
        from executedShare in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (6, Gen.Choose(0, 150).Select(p => (decimal?)(p / 100m))))
        let indicators = rows.Select((r, i) => weighted ? r.Indicator with { Weight = weights[i] } : r.Indicator).ToList()
        let table = new PerformanceTable("测试表")
        {
            Year = 2026,
            Funding = new Funding { Total = total, Expenditures = ValueList.Of(new Expenditure("测试", new Amount(total / 2m), new Amount(total))) },
            Indicators = indicators.ToValueList(),
        }
        select new ScoringScenario(table, new TableActuals("测试表")
        {
            Executed = executedShare is { } s ? Math.Round(total * s, 2) : null,
            Indicators = rows.Where(r => r.Actual is not null).Select(r => r.Actual!).ToValueList(),
        });

    private static Gen<TableActuals> TableActualsGen(string name) =>
        from executed in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (4, Gen.Choose(0, 100_000).Select(n => (decimal?)(n / 100m))))
        from budget in Gen.Frequency((3, Gen.Constant<decimal?>(null)), (1, Gen.Choose(1, 100_000).Select(n => (decimal?)(n / 100m))))
        from actuals in Gen.ListOf(IndicatorActualGen, 6)
        select new TableActuals(name)
        {
            Executed = executed,
            Budget = budget,
            Indicators = actuals.GroupBy(a => (a.Indicator, a.Row)).Select(g => g.First()).ToValueList(),
        };

    private static Gen<(Indicator Indicator, IndicatorActual? Actual)> ScenarioRowGen(int row) =>
        from level1 in Gen.Frequency((4, Gen.Constant("产出指标")), (3, Gen.Constant("效益指标")), (2, Gen.Constant("满意度指标")), (1, Gen.Constant("成本指标")), (1, Gen.Constant("决策")), (1, Gen.Constant("过程")))
        from target in ScenarioTargetGen
        from halfKind in Gen.Elements(0, 0, 1, 2)
        from actual in ScenarioActualGen(target)
        from reason in Gen.Elements<string?>(null, "原因")
        from judgement in Gen.Frequency((2, Gen.Constant<Judgement?>(null)), (1, JudgementGen.Select(j => (Judgement?)j)))
        let name = "指标" + row.ToString(System.Globalization.CultureInfo.InvariantCulture)
        let half = halfKind switch { 1 => (IndicatorValue)new OnScheduleValue(), 2 => Values.IndicatorValue.Empty, _ => target }
        select (new Indicator(row, level1, "二级", name, half, target), actual is null ? null : IndicatorActual.Of(name, actual) with { Reason = reason, Judgement = judgement });

    private static Gen<IndicatorValue> ScenarioTargetGen => Gen.Frequency(
        (6, from c in Gen.Elements(Comparison.AtLeast, Comparison.AtMost, Comparison.Exactly, Comparison.GreaterThan, Comparison.LessThan, Comparison.Unspecified)
            from n in Gen.Choose(0, 2000)
            from unit in Gen.Elements(ScenarioUnits)
            select (IndicatorValue)new NumericValue(c, n / 2m, unit)),
        (2, from low in Gen.Choose(0, 100)
            from span in Gen.Choose(0, 50)
            select (IndicatorValue)new RangeValue(low, low + span, "%")),
        (4, QualitativeGen.Select(q => (IndicatorValue)q)),
        (1, Gen.Elements<IndicatorValue>(
            new DateValue(DateValueKind.Deadline, new PartialDate(2026, 12, null, endOfMonth: true)),
            new DateValue(DateValueKind.Deadline, new PartialDate(2027, 6, null, endOfMonth: true)),
            new FreeTextValue("完成数据采集场搭建"),
            Values.IndicatorValue.Empty)));

    private static Gen<IndicatorValue?> ScenarioActualGen(IndicatorValue target) => target switch
    {
        Values.NumericValue n => Gen.Frequency(
            (8, Gen.Choose(0, 4000).Select(a => (IndicatorValue?)new NumericValue(Comparison.Unspecified, a / 2m, n.Unit))),
            (1, Gen.Constant<IndicatorValue?>(new NumericValue(Comparison.Unspecified, 1, "台"))),
            (1, Gen.Constant<IndicatorValue?>(null))),
        Values.RangeValue => Gen.Frequency(
            (8, Gen.Choose(0, 200).Select(a => (IndicatorValue?)new NumericValue(Comparison.Unspecified, a, "%"))),
            (1, Gen.Constant<IndicatorValue?>(null))),
        Values.QualitativeValue q => Gen.Frequency(
            (8, Gen.Elements(Vocabulary.Words(q.QualitativeKind).ToArray()).Select(w => (IndicatorValue?)w)),
            (1, QualitativeGen.Select(w => (IndicatorValue?)w)),
            (1, Gen.Constant<IndicatorValue?>(null))),
        Values.DateValue => Gen.Elements<IndicatorValue?>(new DateValue(DateValueKind.Point, new PartialDate(2026, 11, null)), new DateValue(DateValueKind.Point, new PartialDate(2027, 2, null)), Vocabulary.TryLookup("按时完成", out var done) ? done : null, null),
        _ => Gen.Elements<IndicatorValue?>(new FreeTextValue("已完成"), null),
    };
}
