using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PerfRules.Checks;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Batch;

/// <summary>
/// A deterministic source of synthetic 预算绩效目标表 for load tests and benchmarks, shaped like the
/// Nanjing 2026 seeds: header and contact, prose with 文号 and promised numbers, 1–3 支出 lines, the 11
/// standard 决策/过程 rows and 5–27 产出/效益/满意度 rows (16–38 in all), cell texts parsed by the real
/// value parser, and the seeds' usual mistakes (bare numbers, a half-year plan below 序时进度, a
/// 资金总额 that does not add up, 完成 for a rate …) in about half of the tables. One table in five uses
/// the national layout (no half-year column, no 决策/过程 rows).
/// </summary>
/// <remarks>
/// The same seed gives the same tables on every platform and .NET version (the generator has its own
/// SplitMix64 sequence and no clock or culture). Not thread-safe: use one instance per thread.
/// </remarks>
public sealed class SyntheticTableGenerator
{
    private static readonly string[] Districts = { "南京市", "玄武区", "秦淮区", "建邺区", "鼓楼区", "浦口区", "栖霞区", "雨花台区", "江宁区", "六合区", "溧水区", "高淳区", "江北新区" };

    private static readonly string[] Topics =
    {
        "工业和信息化发展", "中小企业公共服务平台", "专精特新企业培育", "智能化改造数字化转型", "软件和信息服务业", "绿色制造体系建设",
        "人工智能创新应用", "工业互联网标识解析", "产业链供需对接", "企业服务体系", "生物医药产业", "未来产业培育",
    };

    private static readonly string[] Kinds = { "专项资金", "运营服务费", "委托服务费", "服务体系服务费", "活动经费", "设备购置", "平台运维经费" };

    private static readonly string[] Departments = { "南京市工业和信息化局", "南京市科学技术局", "南京市商务局", "南京市发展和改革委员会" };

    private static readonly string[] ImplementingUnits =
    {
        "南京市工业和信息化发展促进中心", "南京市工业和信息化局", "南京市中小企业服务中心", "南京市软件产业促进中心",
    };

    private static readonly string[] People = { "李鹏", "叶荣生", "容军", "王敏", "陈静", "张伟", "刘洋", "周蕾" };

    private static readonly string[] Sentences =
    {
        "为落实中央和省委、市委关于推进新型工业化的决策部署，深化产业强市建设。",
        "根据《关于加快培育新质生产力推动高质量发展的若干政策（2026年版）》（宁政规字〔2026〕2号）要求设立本项目。",
        "依据《关于促进中小企业健康发展的指导意见》（中办发〔2019〕24号）开展服务。",
        "项目由主管部门与财政部门协同管理，明确申报、审核、拨付和绩效监管各环节要求。",
        "中心具备组织服务活动的经验、人员和场地条件，相关管理制度健全。",
        "围绕智能化、绿色化、融合化方向，支持重点产业集群提质增效。",
        "持续开展服务进园区活动，帮助企业解决融资、用工、市场开拓等问题。",
        "加强政策宣传解读，编印惠企政策汇编，推动政策直达快享。",
        "拟分批次组织资金申报拨付工作，按季度跟踪项目实施进度。",
        "推动制造业绿色低碳转型，提升产业链供应链韧性和安全水平。",
    };

    private static readonly (string L1, string L2, string Name, string Word)[] Standard =
    {
        ("决策", "项目立项", "立项依据充分性", "充分"), ("决策", "项目立项", "立项程序规范性", "规范"),
        ("决策", "绩效目标", "绩效目标合理性", "合理"), ("决策", "绩效目标", "绩效指标明确性", "明确"),
        ("决策", "资金投入", "预算编制科学性", "科学"), ("决策", "资金投入", "资金分配合理性", "合理"),
        ("过程", "资金管理", "资金到位率", "100%"), ("过程", "资金管理", "预算执行率", "100%"),
        ("过程", "资金管理", "资金使用合规性", "合规"), ("过程", "组织实施", "管理制度健全性", "健全"),
        ("过程", "组织实施", "制度执行有效性", "有效"),
    };

    // 三级 names with how their full-year cell is written: n = a count with the bracket unit, p = a percentage,
    // d = a deadline, w = a word. The seeds' own rows, and others in their style.
    private static readonly Row[] Rows =
    {
        new("产出指标", "数量指标", "综合性重大场景数（个）", 'n', 1, 20), new("产出指标", "数量指标", "行业领域集成式场景数（个）", 'n', 10, 60),
        new("产出指标", "数量指标", "场景清单发布数（个）", 'n', 100, 1500), new("产出指标", "数量指标", "组织开展服务活动（场）", 'n', 10, 200),
        new("产出指标", "数量指标", "服务进园区服务企业数（家）", 'n', 50, 800), new("产出指标", "数量指标", "惠企政策编印数量（册）", 'n', 1000, 6000),
        new("产出指标", "数量指标", "设备购置数量（台）", 'n', 5, 120), new("产出指标", "数量指标", "培训企业人员（人次）", 'n', 100, 3000),
        new("产出指标", "数量指标", "新增省级以上专精特新中小企业（家）", 'n', 50, 300), new("产出指标", "数量指标", "完成运维升级（项）", 'n', 1, 6),
        new("产出指标", "质量指标", "设备购置验收合格率（%）", 'p', 95, 100), new("产出指标", "质量指标", "平台功能完善度", 'w', 0, 0),
        new("产出指标", "质量指标", "活动验收合格率", 'p', 90, 100), new("产出指标", "质量指标", "产业智能化、绿色化、融合化发展水平", 'w', 0, 0),
        new("产出指标", "时效指标", "采购计划完成时间", 'd', 0, 0), new("产出指标", "时效指标", "活动完成及时率", 'p', 90, 100),
        new("产出指标", "时效指标", "系统升级维护效率", 'w', 0, 0), new("产出指标", "成本指标", "单位服务成本（万元）", 'n', 1, 50),
        new("效益指标", "经济效益指标", "全市软件业务收入（亿元）", 'n', 8000, 12000), new("效益指标", "经济效益指标", "规上软件信息业营收增速（%）", 'n', 5, 12),
        new("效益指标", "经济效益指标", "工业经济增长", 'w', 0, 0), new("效益指标", "社会效益指标", "新增国家级产业创新平台（个）", 'n', 1, 5),
        new("效益指标", "社会效益指标", "入选国家重点人才工程数（人）", 'n', 10, 80), new("效益指标", "社会效益指标", "提升企业服务能力", 'w', 0, 0),
        new("效益指标", "生态效益指标", "新增省级以上绿色工厂（家）", 'n', 10, 50), new("效益指标", "可持续影响指标", "重点产业规模能级", 'w', 0, 0),
        new("满意度指标", "服务对象满意度指标", "服务满意度", 'p', 80, 98), new("满意度指标", "服务对象满意度指标", "参加活动企业满意度（%）", 'p', 85, 98),
    };

    private static readonly string[] Words = { "提升", "较好", "平稳增长", "有效提升", "按计划完成", "完成" };

    private ulong _state;

    /// <summary>A generator whose tables depend only on <paramref name="seed"/>.</summary>
    public SyntheticTableGenerator(ulong seed) => _state = seed;

    /// <summary>Tables <c>0 … count-1</c> of seed <paramref name="seed"/>, generated lazily (memory does not grow with <paramref name="count"/>).</summary>
    public static IEnumerable<PerformanceTable> Generate(long count, ulong seed)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "must not be negative");
        return Iterate(count, new SyntheticTableGenerator(seed));

        static IEnumerable<PerformanceTable> Iterate(long count, SyntheticTableGenerator generator)
        {
            for (var i = 0L; i < count; i++) yield return generator.Next();
        }
    }

    /// <summary>The next table.</summary>
    public PerformanceTable Next()
    {
        var national = Chance(20);
        var flawed = Chance(50);
        var year = Chance(90) ? 2026 : 2025;
        var name = Pick(Districts) + Pick(Topics) + Pick(Kinds);

        var rows = new List<Indicator>(40);
        if (!national)
        {
            foreach (var s in Standard)
            {
                var rate = s.Word == "100%";
                var half = rate ? "序时进度" : s.Word;
                var full = rate && flawed && Chance(10) ? "完成" : s.Word;
                rows.Add(Make(rows.Count + 1, s.L1, s.L2, s.Name, half, full));
            }
        }

        var extra = national ? Between(8, 30) : Between(5, 27);
        var promised = new List<string>();
        for (var k = 0; k < extra; k++)
        {
            var row = Pick(Rows);
            var (half, full) = Cells(row, flawed);
            if (row.Kind == 'n' && promised.Count < 3 && Chance(30)) promised.Add(Number(full) + BracketUnit(row.Name));
            rows.Add(Make(rows.Count + 1, row.L1, row.L2, row.Name, national ? string.Empty : half, full));
        }

        if (national)
        {
            // 产出 first, then 效益, then 满意度, as the templates print them.
            rows.Sort((a, b) => Order(a.Level1).CompareTo(Order(b.Level1)));
            for (var i = 0; i < rows.Count; i++) rows[i] = rows[i] with { Row = i + 1 };
        }

        var funding = Funding(flawed, national);
        var person = Pick(People);
        return new PerformanceTable(name)
        {
            Title = national ? "项目支出绩效目标表" : "南京市市级项目预算绩效目标表",
            Year = year,
            Layout = national ? TableLayouts.National : TableLayouts.Nanjing2026,
            Department = Pick(Departments),
            ImplementingUnit = Pick(ImplementingUnits),
            ProjectType = national ? null : Chance(70) ? "常年安排项目" : "一次性安排项目",
            ProjectLevel = national ? null : "市本级",
            StartTime = Chance(60) ? year.ToString(CultureInfo.InvariantCulture) + "年1月" : "2022年",
            EndTime = Chance(60) ? year.ToString(CultureInfo.InvariantCulture) + "年12月" : "长期",
            Contact = national ? null : flawed && Chance(20) ? new ContactInfo(person, person, null) : new ContactInfo(person + "8659" + Between(1000, 9999).ToString(CultureInfo.InvariantCulture), person, "8659" + Between(1000, 9999).ToString(CultureInfo.InvariantCulture)),
            Necessity = Prose(2, 4),
            Feasibility = Prose(2, 3),
            Content = Prose(1, 2),
            LongTermGoal = Prose(1, 2),
            AnnualGoal = AnnualGoal(year, promised, flawed),
            Funding = funding,
            Indicators = rows.ToValueList(),
        };
    }

    private (string Half, string Full) Cells(Row row, bool flawed)
    {
        switch (row.Kind)
        {
            case 'n':
                var full = Between(row.Low, row.High);
                var op = flawed && Chance(25) ? string.Empty : Chance(60) ? "≥" : "=";
                var fullText = op + full.ToString(CultureInfo.InvariantCulture);
                var halfText = Chance(50) ? "序时进度" : op + (flawed && Chance(10) ? full + Between(1, 10) : full / 2).ToString(CultureInfo.InvariantCulture);
                return (halfText, fullText);
            case 'p':
                var p = Between(row.Low, row.High);
                var pText = (flawed && Chance(10) ? "完成" : "≥" + p.ToString(CultureInfo.InvariantCulture) + "%");
                return (Chance(50) ? "序时进度" : pText, pText);
            case 'd':
                return ("序时进度", Chance(50) ? "2026年12月底前" : "2026年" + Between(6, 12).ToString(CultureInfo.InvariantCulture) + "月");
            default:
                var w = Pick(Words);
                return (flawed && Chance(10) ? "较好" : w, w);
        }
    }

    private Funding Funding(bool flawed, bool national)
    {
        var count = Between(1, 3);
        var lines = new Expenditure[count];
        decimal sum = 0m;
        for (var i = 0; i < count; i++)
        {
            var full = Chance(60) ? Between(5, 30000) : Between(100, 900000) / 100m;
            sum += full;
            Amount half;
            if (national) half = Amount.Missing;
            else if (Chance(40)) half = new Amount(null, true);
            else half = new Amount(decimal.Round(full * (flawed && Chance(30) ? Between(10, 45) : Between(50, 100)) / 100m, 2));
            lines[i] = new Expenditure(Pick(Kinds) + (count > 1 ? "（" + (i + 1).ToString(CultureInfo.InvariantCulture) + "）" : string.Empty), half, new Amount(full));
        }

        var total = flawed && Chance(15) ? sum + Between(1, 100) : sum;
        return new Funding { Total = total, Expenditures = lines.ToValueList() };
    }

    private string AnnualGoal(int year, List<string> promised, bool flawed)
    {
        var sb = new StringBuilder();
        sb.Append(year.ToString(CultureInfo.InvariantCulture)).Append("年，").Append(Pick(Sentences));
        foreach (var p in promised) sb.Append("全年完成").Append(p).Append('。');
        if (flawed && Chance(20)) sb.Append("新增服务企业不少于").Append(Between(10, 90).ToString(CultureInfo.InvariantCulture)).Append("家。");
        return sb.ToString();
    }

    private string Prose(int min, int max)
    {
        var sb = new StringBuilder();
        var n = Between(min, max);
        for (var i = 0; i < n; i++) sb.Append(Pick(Sentences));
        return sb.ToString();
    }

    private static Indicator Make(int row, string level1, string level2, string name, string half, string full) =>
        new(row, level1, level2, name, Parse(half, name), Parse(full, name)) { Unit = PerfRules.Values.Units.FromIndicatorName(name) };

    private static IndicatorValue Parse(string text, string name)
    {
        var parsed = IndicatorValueParser.Parse(text, name);
        return parsed.IsSuccess ? parsed.Value : new FreeTextValue(text);
    }

    private static string Number(string cell)
    {
        var start = 0;
        while (start < cell.Length && !char.IsDigit(cell[start])) start++;
        return cell.Substring(start);
    }

    private static string BracketUnit(string name) => CheckText.BracketContent(name) ?? string.Empty;

    private static int Order(string level1) => level1 switch
    {
        "产出指标" => 0,
        "效益指标" => 1,
        _ => 2,
    };

    private T Pick<T>(T[] items) => items[Between(0, items.Length - 1)];

    private bool Chance(int percent) => Between(0, 99) < percent;

    /// <summary>A uniform integer in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    private int Between(int low, int high) => low + (int)(NextUInt64() % (ulong)(high - low + 1));

    // SplitMix64 (Steele, Lea, Flood 2014): fixed arithmetic, so a seed means the same tables everywhere.
    private ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private sealed class Row
    {
        public Row(string l1, string l2, string name, char kind, int low, int high)
        {
            L1 = l1;
            L2 = l2;
            Name = name;
            Kind = kind;
            Low = low;
            High = high;
        }

        public string L1 { get; }

        public string L2 { get; }

        public string Name { get; }

        public char Kind { get; }

        public int Low { get; }

        public int High { get; }
    }
}
