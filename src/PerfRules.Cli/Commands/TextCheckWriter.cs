using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PerfRules.Findings;

namespace PerfRules.Cli.Commands;

/// <summary>
/// The human-readable report. First a summary (tables, errors, warnings, notes; the tables with errors); then each
/// file's own findings; then per table a header (name, source, layout, profile), its counts, its errors, then its
/// warnings. Findings below <c>--min-severity</c> (default warning: the reader's notes and other info) are counted,
/// not listed. Coloured when <see cref="CheckReportOptions.Colour"/>; plain otherwise.
/// </summary>
/// <remarks>The summary comes first, so the report is held until <see cref="Complete"/> (JSON streams instead).</remarks>
internal sealed class TextCheckWriter : CheckWriter
{
    private static readonly Severity[] BySeverity = { Severity.Error, Severity.Warning, Severity.Info };
    private readonly TextWriter _output;
    private readonly CheckReportOptions _options;
    private readonly StringBuilder _body = new();
    private readonly List<string> _tablesWithErrors = new();
    private readonly long[] _totals = new long[3];
    private long _tables;

    public TextCheckWriter(TextWriter output, CheckReportOptions options)
    {
        _output = output;
        _options = options;
    }

    public override void Add(CheckedFile file)
    {
        foreach (var f in file.Result.Findings)
        {
            _totals[(int)f.Severity]++;
            if (_options.Shows(f.Severity)) _body.Append('[').Append(Safe(file.Result.Source)).Append("] ").Append(Safe(f.RuleId)).Append(' ')
                .Append(Paint(Colour(f.Severity), CheckCommand.SeverityText(f.Severity))).Append(' ').Append(Safe(f.Message)).Append('\n');
        }

        for (var k = 0; k < file.Tables.Count; k++)
        {
            var table = file.Tables[k];
            var caption = Safe(TableCaption.Of(table.Table, k + 1, file.Result.Source));
            var counts = new int[3];
            foreach (var f in table.Findings) counts[(int)f.Severity]++;
            _body.Append(Paint(Ansi.Bold, "== " + caption)).Append("（").Append(Safe(file.Result.Source)).Append("，版式 ").Append(table.Table.Layout)
                .Append("，规则配置 ").Append(Safe(table.Profile)).Append("）\n");
            _body.Append("   ").Append(Counts(counts[2], counts[1], counts[0])).Append('\n');
            foreach (var severity in BySeverity)
            {
                if (!_options.Shows(severity))
                {
                    if (counts[(int)severity] > 0) _body.Append("   ").Append(Paint(Ansi.Dim, "另有" + CheckCommand.SeverityText(severity) + " " + Count(counts[(int)severity]) + " 条未列出（--min-severity " + Name(severity) + " 列出）")).Append('\n');
                    continue;
                }

                foreach (var f in table.Findings.Where(x => x.Severity == severity)) _body.Append("   ").Append(Line(f, Where(f.Location))).Append('\n');
            }

            _body.Append('\n');
            if (counts[2] > 0) _tablesWithErrors.Add(caption + " " + Count(counts[2]));
            for (var i = 0; i < 3; i++) _totals[i] += counts[i];
        }

        _tables += file.Tables.Count;
    }

    public override void Complete()
    {
        _output.WriteLine("合计 " + Count(_tables) + " 张表：" + Counts(_totals[2], _totals[1], _totals[0]));
        if (_tablesWithErrors.Count > 0) _output.WriteLine("有错误的表：" + string.Join("，", _tablesWithErrors.Take(20)) + (_tablesWithErrors.Count > 20 ? " …（共 " + Count(_tablesWithErrors.Count) + " 张）" : string.Empty));
        _output.WriteLine();
        _output.Write(_body.ToString());
    }

    private string Line(Finding f, string where) =>
        Safe(f.RuleId) + " " + Paint(Colour(f.Severity), CheckCommand.SeverityText(f.Severity)) + " " + Safe(where) + ": " + Safe(f.Message);

    private string Counts(long errors, long warnings, long infos) =>
        Paint(errors > 0 ? Ansi.Red : null, "错误 " + Count(errors)) + "，" + Paint(warnings > 0 ? Ansi.Yellow : null, "警告 " + Count(warnings)) + "，提示 " + Count(infos);

    private string Paint(string? code, string text) => _options.Colour && code is not null ? code + text + Ansi.Reset : text;

    private static string? Colour(Severity severity) => severity switch
    {
        Severity.Error => Ansi.Red,
        Severity.Warning => Ansi.Yellow,
        _ => Ansi.Dim,
    };

    private static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);

    // Text from the files (names, cells, messages, paths) never reaches the terminal raw: only the tool's own colours do.
    private static string Safe(string? text) => TerminalSafeWriter.Escape(text);

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

        if (location.Cell is { } cell) parts.Append("（").Append(cell).Append("）");
        else if (location.Line is { } line) parts.Append("（第").Append(line.ToString(CultureInfo.InvariantCulture)).Append("行）");
        return parts.ToString();
    }

    /// <summary>The few ANSI SGR codes the report uses.</summary>
    private static class Ansi
    {
        public const string Red = "\u001b[31m";
        public const string Yellow = "\u001b[33m";
        public const string Dim = "\u001b[2m";
        public const string Bold = "\u001b[1m";
        public const string Reset = "\u001b[0m";
    }
}
