using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Tables;
using Xunit.Abstractions;

namespace PerfRules.Rules.Tests.Real;

/// <summary>
/// The five required header fields (项目名称, 主管部门, 实施单位, 资金总额, 年度目标) on every real table: each field the
/// table has is read, and no S01 error claims a field the table has. The expected letters were read off the file
/// text: N 项目名称, D 主管部门, U 实施单位, F 资金总额 (a funding block or published budget), G 年度目标.
/// A letter missing means the table really lacks the field (08's 主管部门 cell is blank; 12 has no 实施单位 row;
/// 14 is a 部门整体 table; 16 and 02's first table hold no header; 23 and 24 are partial or prose notices).
/// </summary>
public class HeaderFieldTests
{
    private const string Letters = "NDUFG";

    private static readonly string[] FieldLabels = { TableField.ProjectName, TableField.Department, TableField.ImplementingUnit, TableField.FundingTotal, TableField.AnnualGoal };

    /// <summary>Per file prefix, per table in reading order: the fields the source has.</summary>
    private static readonly Dictionary<string, string[]> Expected = new(StringComparer.Ordinal)
    {
        ["01"] = new[] { "NDUFG" },
        ["02"] = new[] { "", "NDUFG" },
        ["03"] = new[] { "NDUFG", "NDUFG" },
        ["04"] = new[] { "NDUFG" },
        ["05"] = new[] { "NDUFG", "NDUFG", "NDU" },
        ["06"] = new[] { "NDUFG" },
        ["07"] = new[] { "NDUFG" },
        ["08"] = new[] { "NUFG" },
        ["09"] = new[] { "NDUFG" },
        ["10"] = new[] { "NDUFG" },
        ["11"] = new[] { "NDUFG" },
        ["12"] = new[] { "NDFG" },
        ["13"] = new[] { "NDUFG" },
        ["14"] = new[] { "NG" },
        ["15"] = new[] { "NDUFG" },
        ["16"] = new[] { "" },
        ["17"] = new[] { "N" },
        ["18"] = new[] { "NDFG" },
        ["19"] = new[] { "NDUFG" },
        ["20"] = new[] { "NDFG" },
        ["21"] = new[] { "NDFG" },
        ["22"] = new[] { "NDFG" },
        ["23"] = new[] { "NU" },
        ["24"] = new[] { "FG" },
    };

    private readonly ITestOutputHelper _output;

    public HeaderFieldTests(ITestOutputHelper output) => _output = output;

    private static bool Has(PerformanceTable t, char letter) => letter switch
    {
        'N' => !CheckText.IsBlank(t.Name),
        'D' => !CheckText.IsBlank(t.Department),
        'U' => !CheckText.IsBlank(t.ImplementingUnit),
        'F' => HeaderChecks.HasFunding(t),
        'G' => !CheckText.IsBlank(t.AnnualGoal),
        _ => throw new ArgumentOutOfRangeException(nameof(letter)),
    };

    /// <summary>One row per table: file, table, fields expected, fields found, S01 errors (false ones in brackets).</summary>
    private static List<(string File, int Index, string Want, string Got, int S01, int FalseS01, string S01Fields)> Measure()
    {
        var rows = new List<(string, int, string, string, int, int, string)>();
        foreach (var file in RealFindings.Files())
        {
            var prefix = file.Substring(0, 2);
            var tables = RealFindings.Tables(file);
            var want = Expected[prefix];
            for (var i = 0; i < Math.Max(want.Length, tables.Count); i++)
            {
                if (i >= tables.Count || i >= want.Length)
                {
                    // A table not read, or read where the source has none: every expected field of it is missed.
                    rows.Add((prefix, i, i < want.Length ? want[i] : "?", i < tables.Count ? "(extra)" : "(none)", 0, 0, string.Empty));
                    continue;
                }

                var t = tables[i];
                var got = new string(Letters.Where(c => Has(t, c)).ToArray());
                var s01 = Tables.Engine.Check(t).Where(f => f.RuleId == "S01" && f.Severity == Severity.Error).ToList();
                var falseS01 = s01.Count(f => Array.IndexOf(FieldLabels, f.Location.Field) is var k && k >= 0 && want[i].IndexOf(Letters[k]) >= 0);
                rows.Add((prefix, i, want[i], got, s01.Count, falseS01, string.Join(",", s01.Select(f => f.Location.Field))));
            }
        }

        return rows;
    }

    [Fact]
    public void Every_header_field_a_real_table_has_is_read_and_no_S01_error_claims_one()
    {
        var rows = Measure();
        var report = new StringBuilder();
        report.AppendLine("file table want  got   S01 false  fields");
        foreach (var r in rows)
        {
            report.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0}   {1}     {2,-5} {3,-5} {4,3} {5,5}  {6}", r.File, r.Index, r.Want, r.Got, r.S01, r.FalseS01, r.S01Fields));
        }

        var wanted = rows.Sum(r => r.Want.Length);
        var found = rows.Sum(r => r.Want.Count(c => r.Got.IndexOf(c) >= 0));
        report.AppendLine(string.Format(CultureInfo.InvariantCulture, "header fields found {0} of {1}; S01 errors {2}, false {3}", found, wanted, rows.Sum(r => r.S01), rows.Sum(r => r.FalseS01)));
        _output.WriteLine(report.ToString());
        if (Environment.GetEnvironmentVariable("PERFRULES_MEASURE_REAL") is { Length: > 0 } path) File.WriteAllText(path, report.ToString());

        Assert.True(found == wanted && rows.All(r => r.FalseS01 == 0 && r.Want != "?"), report.ToString());
    }
}
