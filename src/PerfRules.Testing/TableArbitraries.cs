using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Findings;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Testing;

/// <summary>Generators of 预算绩效目标表 shaped like the Nanjing seeds.</summary>
public static partial class Arbitraries
{
    /// <summary>
    /// Any table the model can hold, shaped like the seeds (the 11 决策/过程 rows, then 产出/效益/满意度
    /// rows with bracket units; funding that adds up or not; 序时进度 half-year cells), plus source
    /// artefacts (source, line numbers, import findings, unplaced lines), header fields of other
    /// layouts, attribute columns and a published self-evaluation, with awkward text (tabs, line
    /// breaks, quotes, markup). For laws that must hold for every table, such as the JSON round trip.
    /// </summary>
    public static Arbitrary<PerformanceTable> PerformanceTable() => AnyTableGen().ToArbitrary();

    /// <summary>
    /// Tables inside <c>TableTextWriter</c>'s writable domain (see its remarks): single-line trimmed
    /// texts, explicit 一级/二级 on every row, bracket units consistent with names, no source artefacts.
    /// Writing one to text and reading it back gives the same content.
    /// </summary>
    public static Gen<PerformanceTable> WritableTableGen() =>
        from title in Gen.Elements<string?>("南京市市级项目预算绩效目标表", "南京市市级项目预算绩效目标表", null)
        from year in Gen.Elements<int?>(2025, 2026, 2026, null)
        from name in Gen.Elements(ProjectNames)
        from header in HeaderGen()
        from contact in Gen.Elements(Contacts)
        from prose in ProseGen(awkward: false)
        from indicators in IndicatorsGen(awkward: false)
        from funding in FundingGen(writable: true)
        from half in Gen.Elements(true, true, false)
        select new PerformanceTable(name)
        {
            Title = title,
            Year = year,
            Layout = half ? TableLayouts.Nanjing2026 : TableLayouts.National,
            Department = header[0],
            ImplementingUnit = header[1],
            ProjectType = header[2],
            ProjectLevel = header[3],
            StartTime = header[4],
            EndTime = header[5],
            Contact = contact,
            Necessity = prose[0],
            Feasibility = prose[1],
            Content = prose[2],
            LongTermGoal = prose[3],
            AnnualGoal = prose[4],
            Funding = funding,
            Indicators = (half ? indicators : indicators.Select(i => i with { HalfYear = Values.IndicatorValue.Empty })).ToValueList(),
        };

    /// <summary>The same tables as <see cref="WritableTableGen"/>, as an arbitrary.</summary>
    public static Arbitrary<PerformanceTable> WritableTable() => WritableTableGen().ToArbitrary();

    /// <summary>Funding blocks: 资金总额 present or missing, one to three 支出 lines, amounts that add up or not, 序时进度 half-years.</summary>
    public static Arbitrary<Funding> Funding() => FundingGen(writable: false).ToArbitrary();

    private static Gen<PerformanceTable> AnyTableGen() =>
        from table in WritableTableGen()
        from source in Gen.Elements<string?>(null, "samples/001_31cd2f4c762929cd.txt", "C:\\数据\\表 1.txt")
        from line in Gen.Elements<int?>(null, 3, 37)
        from funding in FundingGen(writable: false)
        from indicators in IndicatorsGen(awkward: true)
        from prose in ProseGen(awkward: true)
        from others in Gen.ListOf(OtherFieldGen(), 2).Select(l => l.ToArray())
        from findings in Gen.ListOf(FindingGen(), 3).Select(l => l.ToArray())
        from unplaced in Gen.ListOf(Gen.Elements(AwkwardTexts).Zip(Gen.Choose(1, 300), (t, n) => new UnplacedLine(n, t)), 2).Select(l => l.ToArray())
        from published in Gen.Elements(true, false, false)
        from weights in Gen.Elements(true, false)
        select table with
        {
            Source = source,
            Line = line,
            Necessity = prose[0],
            AnnualGoal = prose[4],
            Funding = funding,
            Indicators = indicators.ToValueList(),
            OtherFields = others.ToValueList(),
            ImportFindings = findings.ToValueList(),
            UnplacedLines = unplaced.ToValueList(),
            SectionWeights = weights ? ValueList.Of(new SectionWeight("产出指标", 50m), new SectionWeight("预算执行率", 10.0m)) : ValueList<SectionWeight>.Empty,
            Published = published
                ? new PublishedEvaluation
                {
                    InitialBudget = 238.93m,
                    Budget = 251.89m,
                    Executed = 251.89m,
                    ExecutionRate = 100.00m,
                    ExecutionWeight = 10m,
                    ExecutionScore = 10m,
                    Total = 97.5m,
                    Indicators = ValueList.Of(new PublishedIndicator(1, "100%") { Score = 60m, Reason = null }, new PublishedIndicator(2, null) { Score = 7m, Reason = "偏差\t原因" }),
                }
                : null,
        };

    private static Gen<string?[]> HeaderGen() =>
        from department in Gen.Elements<string?>("南京市工业和信息化局", null)
        from unit in Gen.Elements<string?>("南京市工业和信息化发展促进中心 (原: 南京市企业服务中心)", "南京市工业和信息化局", null)
        from type in Gen.Elements<string?>("常年安排", "常年安排项目", "一次性安排项目", null)
        from level in Gen.Elements<string?>("市本级", null)
        from start in Gen.Elements<string?>("2026年1月", "2022年", "2025年", null)
        from end in Gen.Elements<string?>("2026年12月", "长期", "2026年", null)
        select new[] { department, unit, type, level, start, end };

    private static Gen<string?[]> ProseGen(bool awkward)
    {
        var texts = awkward
            ? AwkwardTexts.Concat(ProseTexts).Select(t => (string?)t).Append(null).ToArray()
            : ProseTexts.Select(t => (string?)t).Append(null).ToArray();
        return Gen.ListOf(Gen.Elements(texts), 5).Select(l => l.ToArray());
    }

    private static Gen<Funding> FundingGen(bool writable)
    {
        var amount = Gen.Frequency(
            (3, Gen.Choose(1, 30000).Select(n => (decimal?)n)),
            (2, Gen.Choose(1, 10000).Select(n => (decimal?)(n / 100m))),
            (1, Gen.Constant((decimal?)null)));
        var line =
            from name in Gen.Elements(ExpenditureNames)
            from full in amount
            from halfKind in Gen.Choose(0, 4)
            from part in Gen.Choose(0, 100)
            select new Expenditure(
                name,
                halfKind switch
                {
                    0 => new Amount(null, true),
                    1 => full is { } f ? new Amount(f, true) : new Amount(null, true),
                    2 => Amount.Missing,
                    _ => full is { } g ? new Amount(decimal.Round(g * part / 100m, 2)) : new Amount(part),
                },
                full is { } v ? new Amount(v) : Amount.Missing);
        return
            from lines in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(line, n))
            from totalKind in Gen.Choose(0, 3)
            from other in Gen.Choose(1, 50000)
            from unit in Gen.Elements("万元", "万元", "元")
            let sum = lines.Sum(l => l.FullYear.Value ?? 0m)
            let total = totalKind switch
            {
                0 => (decimal?)null,          // 资金总额 missing (委托服务费)
                1 => (decimal?)other,         // does not add up
                _ => sum == 0m ? other : sum, // adds up
            }
            let fixedLines = lines.Select(l => Writable(l, lines.Count, total, writable)).ToList()
            select fixedLines.Count == 0 && total is null && unit == "万元"
                ? Tables.Funding.None
                : new Funding { Total = total, Unit = unit, Expenditures = fixedLines.ToValueList() };
    }

    /// <summary>A missing full-year the reader would infer (from 序时进度 N, or from 资金总额 for a lone line) is given explicitly.</summary>
    private static Expenditure Writable(Expenditure e, int count, decimal? total, bool writable)
    {
        if (!writable || !e.FullYear.IsMissing) return e;
        if (e.HalfYear.OnSchedule && e.HalfYear.Value is { } of) return e with { FullYear = new Amount(of) };
        if (count == 1 && total is { } t) return e with { FullYear = new Amount(t) };
        return e;
    }

    private static Gen<List<Indicator>> IndicatorsGen(bool awkward)
    {
        var row =
            from section in Gen.Elements(Sections)
            from name in Gen.Elements(section.Names)
            from values in ValuePairGen(name, awkward)
            from attributes in awkward ? Gen.Elements(true, false) : Gen.Constant(false)
            select (section.Level1, section.Level2, name, values.Half, values.Full, attributes);
        return
            from extra in Gen.Choose(1, 8).SelectMany(n => Gen.ListOf(row, n))
            select Standard.Select(s => (s.Level1, s.Level2, s.Name, Half: StandardValue(s.Name, s.Word, half: true), Full: StandardValue(s.Name, s.Word, half: false), Attributes: false))
                .Concat(extra.OrderBy(r => SectionOrder(r.Level1)))
                .Select((r, i) => new Indicator(i + 1, r.Level1, r.Level2, r.Item3, r.Half, r.Full)
                {
                    Unit = BracketUnit(r.Item3),
                    Line = awkward ? 21 + i : null,
                    Weight = r.Item6 ? 10m : null,
                    Direction = r.Item6 ? "正向" : null,
                    Explanation = r.Item6 ? "该指标主要考察\"业务\"情况" : null,
                })
                .ToList();
    }

    private static Gen<(IndicatorValue Half, IndicatorValue Full)> ValuePairGen(string name, bool awkward)
    {
        var unit = BracketUnit(name);
        var numeric =
            from op in Gen.Elements(Comparison.AtLeast, Comparison.Exactly, Comparison.Unspecified, Comparison.AtMost)
            from n in Gen.Choose(0, 2000)
            from scaled in Gen.Elements(1m, 1m, 0.5m)
            select (IndicatorValue)new NumericValue(op, n * scaled, unit, UnitSource.Cell);
        var word = Gen.Elements<IndicatorValue>(
            new QualitativeValue("提升", QualitativeKind.Trend, 1),
            new QualitativeValue("较好", QualitativeKind.Grade, 1),
            new QualitativeValue("完成", QualitativeKind.Completion, 0),
            new QualitativeValue("平稳增长", QualitativeKind.Trend, 1));
        var other = Gen.Elements<IndicatorValue>(
            new FreeTextValue("完成数据采集场搭建，完成100万条数据采集"),
            new RangeValue(80m, 90m, "%"),
            new DateValue(DateValueKind.Deadline, new PartialDate(2026, 12, null, endOfMonth: true)),
            new DateValue(DateValueKind.Period, new PartialDate(2023, 7, null), new PartialDate(2024, 1, null)),
            Values.IndicatorValue.Empty,
            new EmptyValue("/"));
        var awkwardValues = Gen.Elements<IndicatorValue>(
            new FreeTextValue("100%"),
            new FreeTextValue("≥≥5家"),
            new FreeTextValue("含\t制表符\n和换行"),
            new NumericValue(Comparison.AtLeast, 2.5m, "条", UnitSource.NameBracket, Magnitude.HundredMillion),
            new OnScheduleValue(25227.50m));
        var full = awkward ? Gen.Frequency((4, numeric), (2, word), (1, other), (1, awkwardValues)) : Gen.Frequency((4, numeric), (2, word), (1, other));
        return
            from f in full
            from halfKind in Gen.Choose(0, 3)
            from h in full
            select (halfKind switch
            {
                0 => new OnScheduleValue(),
                1 => f,
                _ => h,
            }, f);
    }

    private static Gen<HeaderField> OtherFieldGen() =>
        from label in Gen.Elements("项目类别", "预算单位", "归口科室")
        from value in Gen.Elements(AwkwardTexts.Concat(new[] { "其他", "区卫生健康局" }).ToArray())
        from line in Gen.Elements<int?>(null, 5)
        select new HeaderField(label, value, line);

    private static Gen<Finding> FindingGen() =>
        from id in Gen.Elements("I01", "I02", "I03", "I06", "S01", "X01")
        from severity in Gen.Elements(Severity.Info, Severity.Warning, Severity.Error)
        from message in Gen.Elements(AwkwardTexts)
        from line in Gen.Elements<int?>(null, 1, 52)
        from indicator in Gen.Elements<string?>(null, "服务满意度")
        select new Finding(id, severity, message, new FindingLocation { Indicator = indicator, Row = indicator is null ? null : 38, Level1 = indicator is null ? null : "满意度指标", Field = indicator is null ? "支出:台式机" : null, Line = line })
        {
            Arguments = indicator is null ? ValueList<FindingArgument>.Empty : ValueList.Of(new FindingArgument("value", "≥80%")),
        };

    /// <summary>The 11 决策/过程 rows as the seeds fill them: the criterion word, and 序时进度 / 100% for the two rates.</summary>
    private static IndicatorValue StandardValue(string name, string word, bool half) =>
        name is "资金到位率" or "预算执行率"
            ? (half ? new OnScheduleValue() : new NumericValue(Comparison.Unspecified, 100m, "%"))
            : new QualitativeValue(word, QualitativeKind.Criterion, 0);

    private static string? BracketUnit(string name) => Units.FromIndicatorName(name);

    private static int SectionOrder(string level1) => level1 switch
    {
        "产出指标" => 0,
        "效益指标" => 1,
        _ => 2,
    };

    // The standard 决策/过程 indicators, one line each: a data table, not logic, kept together as the form lists them.
    private static readonly (string Level1, string Level2, string Name, string Word)[] Standard =
    {
        ("决策", "项目立项", "立项依据充分性", "充分"),
        ("决策", "项目立项", "立项程序规范性", "规范"),
        ("决策", "绩效目标", "绩效目标合理性", "合理"),
        ("决策", "绩效目标", "绩效指标明确性", "明确"),
        ("决策", "资金投入", "预算编制科学性", "科学"),
        ("决策", "资金投入", "资金分配合理性", "合理"),
        ("过程", "资金管理", "资金到位率", "100%"),
        ("过程", "资金管理", "预算执行率", "100%"),
        ("过程", "资金管理", "资金使用合规性", "合规"),
        ("过程", "组织实施", "管理制度健全性", "健全"),
        ("过程", "组织实施", "制度执行有效性", "有效"),
    };

    private static readonly Section[] Sections =
    {
        new("产出指标", "数量指标", "综合性重大场景数（个）", "设备购置数量（台）", "组织开展服务活动（场）", "惠企政策编印数量（册）", "服务进园区服务企业数（家）"),
        new("产出指标", "质量指标", "设备购置验收合格率（%）", "平台功能完善度"),
        new("产出指标", "时效指标", "采购计划完成时间", "系统升级维护效率"),
        new("产出指标", "成本指标", "单位服务成本（万元）"),
        new("效益指标", "经济效益指标", "全市软件业务收入（亿元）", "规上软件信息业营收增速（%）", "工业经济增长"),
        new("效益指标", "社会效益指标", "新增国家级产业创新平台（个）", "保障各项业务工作正常开展"),
        new("效益指标", "生态效益指标", "新增省级以上绿色工厂（家）"),
        new("效益指标", "可持续影响指标", "重点产业规模能级"),
        new("满意度指标", "服务对象满意度指标", "参加活动企业满意度（%）", "服务满意度"),
    };

    private static readonly string[] ProjectNames =
    {
        "南京市工业和信息化发展专项资金", "平台运营服务费", "委托服务费", "台式机", "服务体系服务费",
        "全国计算机技术与软件专业技术资格（水平）南京考区考试", "办公设备",
    };

    private static readonly string[] ExpenditureNames =
    {
        "产业扶持政策兑现、重大工作活动保障等", "平台运营服务费", "委托服务费", "台式机", "办公设备", "服务体系服务费",
    };

    private static readonly ContactInfo?[] Contacts =
    {
        new("李鹏86591170", "李鹏", "86591170"),
        new("叶荣生", "叶荣生", null),
        new("容军 025-86596076", "容军", "025-86596076"),
        null,
    };

    private static readonly string[] ProseTexts =
    {
        "根据市委保密局2025-2027年三年国产替代工作要求,结合中心实际。",
        "一、项目申请设立的政策依据\n二、项目实施的现实必要性",
        "贯彻落实<江苏省深化制造业智能化改造数字化转型网络化联接三年行动计划(2025-2027年)>工作方案",
        "新增省级以上绿色工厂不少于30家；专精特新企业200家 & 活动150场。",
    };

    private static readonly string[] AwkwardTexts =
    {
        "含\t制表符",
        "多行\n文字\r\n结尾",
        "引号\"与反斜杠\\",
        "<p>标记</p>&amp;",
        "  首尾空白  ",
        "emoji 🙂 与 \u0001 控制字符",
        string.Empty,
    };

    private sealed class Section
    {
        public Section(string level1, string level2, params string[] names)
        {
            Level1 = level1;
            Level2 = level2;
            Names = names;
        }

        public string Level1 { get; }

        public string Level2 { get; }

        public string[] Names { get; }
    }
}
