using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PerfRules.Actuals;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Rules.Scoring;
using PerfRules.Tables;

namespace PerfRules.Rules.Tests.Real;

/// <summary>
/// The measurement the maintainers make on unseen tables, on the 24 real tables of samples/real/: per file, the
/// indicator rows read against the rows counted by hand off the file text, the lines left unplaced, the S04 errors,
/// and which of the defects the file notes list are found (rule id + the indicator or field it is on).
/// </summary>
internal static class RealMeasure
{
    /// <summary>Indicator rows per file, counted by hand: one per row with a 三级 name or a value (template slots and labels cut mid-word excluded; a row cut inside its 三级 name, 09 公众满 / 21 截 / 22 是, counts: the reader keeps it with empty values).</summary>
    public static readonly IReadOnlyDictionary<string, int> ExpectedRows = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["01"] = 2, ["02"] = 2, ["03"] = 13, ["04"] = 9, ["05"] = 10, ["06"] = 1, ["07"] = 9, ["08"] = 9,
        ["09"] = 10, ["10"] = 8, ["11"] = 9, ["12"] = 7, ["13"] = 7, ["14"] = 5, ["15"] = 11, ["16"] = 7,
        ["17"] = 9, ["18"] = 11, ["19"] = 9, ["20"] = 2, ["21"] = 2, ["22"] = 5, ["23"] = 0, ["24"] = 10,
    };

    /// <summary>A defect the notes list: file, rule id, and a fragment of the indicator name or field it is on (empty: anywhere in the file).</summary>
    public sealed record Defect(string File, string RuleId, string Where = "", int Count = 1);

    /// <summary>The defects the notes list per file (the real defects a user needs found).</summary>
    public static readonly IReadOnlyList<Defect> Listed = new[]
    {
        new Defect("02", "S04", "成本控制数"), new Defect("02", "E02", "成本控制数"), new Defect("02", "S06"), new Defect("02", "S07"),
        new Defect("07", "E03", "政策知晓率"), new Defect("07", "E06", "资金到位及时率"),
        new Defect("09", "F02"), new Defect("09", "E05"), new Defect("09", "V03", "经费支出合规性"), new Defect("09", "V03", "提交报告及时性"),
        new Defect("09", "E02", "项目总成本"), new Defect("09", "E02", "单项业务成本"), new Defect("09", "V06", "委托业务报告合格率"),
        new Defect("10", "F02"), new Defect("10", "E05"), new Defect("10", "V03", "经费审批流程规范性"), new Defect("10", "E02", "补助资格合规性"),
        new Defect("12", "V10", "配备车辆数"), new Defect("12", "V10", "控制在预算成本内"), new Defect("12", "V01", "服务周期内空气质量"),
        new Defect("13", "V10", "配备车辆数"), new Defect("13", "V10", "风炮射程"), new Defect("13", "V10", "服务周期"), new Defect("13", "V10", "满意程度"),
        new Defect("13", "V10", "满意度"), new Defect("13", "V01", "控制在预算成本内"), new Defect("13", "C06"),
        new Defect("16", "V10", "享受资助人数"), new Defect("16", "V10", "建档立卡学生全面覆盖"), new Defect("16", "V10", "及时发放率"), new Defect("16", "V10", "资助标准达标率"),
        new Defect("18", "V10", "清扫保洁道路面积"), new Defect("18", "V10", "清扫保洁道路条数"), new Defect("18", "V10", "生活垃圾运输车辆"), new Defect("18", "V10", "垃圾无害化处理率"),
        new Defect("18", "V01", "环境卫生专项考核"), new Defect("18", "V01", "各项费用使用周期"),
        new Defect("19", "V10", "", 6),
        new Defect("20", "F01"), new Defect("20", "V10", "", 2),
        new Defect("21", "V10", "开展小型水利工程建设", 7),
    };

    /// <summary>
    /// The rules' findings, and for a table that publishes results the scorer's (E01–E07), as <c>perfrules score</c>
    /// gives them, as of 31 December of the table's year (else of <paramref name="fileYear"/>, the year of another
    /// table in the same file: 02's first table is the tail of a 2023 disclosure).
    /// </summary>
    public static IReadOnlyList<Finding> FindingsOf(PerformanceTable table, int? fileYear = null)
    {
        var all = new List<Finding>(Tables.Engine.Check(table));
        if (table.Published is not null && (table.Year ?? fileYear) is { } year)
        {
            var card = Scorer.Score(table, TableActuals.FromPublished(table), new ScoringOptions { AsOf = new DateTime(year, 12, 31) });
            all.AddRange(card.Findings);
        }

        return all;
    }

    public sealed record FileMeasure(string File, int Rows, int Expected, int Unplaced, int S04, int DefectsListed, int DefectsFound, IReadOnlyList<string> Missed);

    public static FileMeasure Measure(string file)
    {
        var prefix = file.Substring(0, 2);
        var result = TableTextReader.ReadFile(RealFindings.PathOf(file));
        var rows = result.Tables.Sum(t => t.Indicators.Count);
        var unplaced = result.UnplacedLines.Count + result.Tables.Sum(t => t.UnplacedLines.Count);
        var fileYear = result.Tables.Max(t => t.Year);
        var findings = result.Tables.SelectMany(t => FindingsOf(t, fileYear)).ToList();
        var s04 = findings.Count(f => f.RuleId == "S04");
        int listed = 0, found = 0;
        var missed = new List<string>();
        foreach (var d in Listed.Where(d => d.File == prefix))
        {
            listed += d.Count;
            var hits = findings.Count(f => f.RuleId == d.RuleId && (d.Where.Length == 0 || (f.Location.Indicator ?? f.Location.Field ?? string.Empty).Contains(d.Where, StringComparison.Ordinal)));
            found += Math.Min(hits, d.Count);
            if (hits < d.Count) missed.Add(d.RuleId + (d.Where.Length > 0 ? "@" + d.Where : string.Empty) + (d.Count > 1 ? " " + hits + "/" + d.Count : string.Empty));
        }

        return new FileMeasure(prefix, rows, ExpectedRows.TryGetValue(prefix, out var e) ? e : -1, unplaced, s04, listed, found, missed);
    }

    public static string Report(IEnumerable<FileMeasure> measures)
    {
        var list = measures.ToList();
        var sb = new StringBuilder();
        sb.AppendLine("file | rows read / expected | unplaced | S04 | defects found / listed | missed");
        foreach (var m in list)
        {
            sb.AppendLine(m.File + " | " + m.Rows + " / " + m.Expected + (m.Rows == m.Expected ? " ok" : " WRONG") + " | " + m.Unplaced + " | " + m.S04 + " | " + m.DefectsFound + " / " + m.DefectsListed + " | " + string.Join(", ", m.Missed));
        }

        sb.AppendLine("files with rows right: " + list.Count(m => m.Rows == m.Expected) + " of " + list.Count + "; defects found: " + list.Sum(m => m.DefectsFound) + " of " + list.Sum(m => m.DefectsListed));
        return sb.ToString();
    }
}
