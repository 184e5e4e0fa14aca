using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PerfRules.Findings;

namespace PerfRules.Cli.Commands;

/// <summary>
/// The human-readable report: each file's own findings, then per table a header (name, source, layout,
/// profile), its counts and its findings by severity; a grand total at the end.
/// </summary>
internal sealed class TextCheckWriter : CheckWriter
{
    private static readonly Severity[] BySeverity = { Severity.Error, Severity.Warning, Severity.Info };
    private readonly TextWriter _output;
    private readonly long[] _totals = new long[3];
    private long _tables;

    public TextCheckWriter(TextWriter output) => _output = output;

    public override void Add(CheckedFile file)
    {
        foreach (var f in file.Result.Findings)
        {
            _output.WriteLine("[" + file.Result.Source + "] " + f.RuleId + " " + CheckCommand.SeverityText(f.Severity) + " " + f.Message);
            _totals[(int)f.Severity]++;
        }

        foreach (var table in file.Tables)
        {
            var counts = new int[3];
            foreach (var f in table.Findings) counts[(int)f.Severity]++;
            _output.WriteLine("== " + table.Table.Name + "（" + file.Result.Source + "，版式 " + table.Table.Layout + "，规则配置 " + table.Profile + "）");
            _output.WriteLine("   错误 " + Count(counts[2]) + "，警告 " + Count(counts[1]) + "，提示 " + Count(counts[0]));
            foreach (var severity in BySeverity)
            {
                foreach (var f in table.Findings.Where(x => x.Severity == severity))
                {
                    _output.WriteLine("   " + f.RuleId + " " + CheckCommand.SeverityText(f.Severity) + " " + Where(f.Location) + ": " + f.Message);
                }
            }

            _output.WriteLine();
            for (var i = 0; i < 3; i++) _totals[i] += counts[i];
        }

        _tables += file.Tables.Count;
    }

    public override void Complete() =>
        _output.WriteLine("合计 " + Count(_tables) + " 张表：错误 " + Count(_totals[2]) + "，警告 " + Count(_totals[1]) + "，提示 " + Count(_totals[0]));

    private static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Where(FindingLocation location)
    {
        var parts = new StringBuilder();
        if (location.Indicator is not null)
        {
            parts.Append(location.Level1).Append('/').Append(location.Level2).Append('/').Append(location.Indicator);
        }
        else
        {
            parts.Append(location.Field ?? "表");
        }

        if (location.Line is { } line) parts.Append("（第").Append(line.ToString(CultureInfo.InvariantCulture)).Append("行）");
        return parts.ToString();
    }
}
