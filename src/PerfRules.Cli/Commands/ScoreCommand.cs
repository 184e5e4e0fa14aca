using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PerfRules.Actuals;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Rules.Loading;
using PerfRules.Rules.Scoring;
using PerfRules.Tables;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>perfrules score INPUT… [--actuals FILE] [--profile FILE|NAME] [--as-of yyyy-MM-dd] [--format text|json]</c>:
/// self-evaluation (自评) scoring — per-indicator status and score, section subtotals, total, grade and
/// findings E01–E07. Without <c>--actuals</c>, a 自评 table's published actuals are used (so the published
/// score is recomputed). Exit 0: no error finding; 1: error findings; 2: usage, unreadable input or actuals.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Table files or folders (.txt, .csv, .xlsx, .json, .jsonl); folders are searched recursively", Arity = ArgumentArity.OneOrMore };
        var actuals = new Option<string?>("--actuals", "-a") { Description = "Actuals file (JSON: asOf, tables[name, executed, actuals[indicator, value, reason, judgement, row]])" };
        var profile = new Option<string?>("--profile", "-p") { Description = "Profile JSON file with a \"scoring\" section, or a built-in scoring profile name (" + string.Join(", ", ScoringProfile.BuiltinNames) + ")" };
        var asOf = new Option<string?>("--as-of") { Description = "Evaluation date yyyy-MM-dd (overrides the actuals file's asOf; default 31 December of the table's year)" };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var indented = new Option<bool>("--indented") { Description = "Indent JSON output" };

        var command = new Command("score", "Score self-evaluation: status and score per indicator, section subtotals, total, grade, findings E01–E07");
        command.Add(inputs);
        command.Add(actuals);
        command.Add(profile);
        command.Add(asOf);
        command.Add(format);
        command.Add(indented);
        command.SetAction(parse => context.Guard(parse, () => Run(
            context,
            parse.GetValue(inputs)!,
            parse.GetValue(actuals),
            parse.GetValue(profile),
            parse.GetValue(asOf),
            parse.GetValue(format)!,
            parse.GetValue(indented))));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, string? actualsPath, string? profileArgument, string? asOfText, string format, bool indented)
    {
        if (!AsOfArgument.TryRead(context, asOfText, "2026-12-31", out var asOf)) return ExitCodes.Usage;

        if (!TryLoadProfile(context, profileArgument, out var scoringProfile)) return ExitCodes.Usage;

        if (!TryReadActuals(context, actualsPath, out var document)) return ExitCodes.Usage;

        var results = Inputs.ReadAll(inputs).ToList();
        var fileErrors = results.SelectMany(r => r.Findings.Where(f => f.Severity == Severity.Error).Select(f => r.Source + ": " + f.RuleId + " " + f.Message)).ToList();
        foreach (var error in fileErrors) context.Error(error);
        var tables = results.SelectMany(r => r.Tables).ToList();
        if (tables.Count == 0)
        {
            context.Error("输入中没有可读取的表");
            return ExitCodes.Usage;
        }

        var cards = ScoreTables(context, tables, document, new ScoringOptions { AsOf = asOf ?? document?.AsOf, Profile = scoringProfile });
        if (document is not null) ReportUnmatched(context, actualsPath!, document, tables);
        if (cards.Count == 0)
        {
            context.Error("没有可评分的表：目标表请用 --actuals 给出实际值，或直接输入自评表");
            return ExitCodes.Usage;
        }

        Write(context, cards, format, indented);

        // Skipped tables and actuals for tables not given are reported above but do not fail the run:
        // one actuals file commonly covers more tables than a single input holds.
        return cards.Any(c => c.HasErrors) || fileErrors.Count > 0 ? ExitCodes.ErrorFindings : ExitCodes.Ok;
    }

    /// <summary>Reads the <c>--actuals</c> file when one is given; false (reported) when it cannot be read.</summary>
    private static bool TryReadActuals(CliContext context, string? actualsPath, out ActualsDocument? document)
    {
        document = null;
        if (actualsPath is null) return true;
        if (RegularFile.KindOf(actualsPath) is not (FileKind.Regular or FileKind.Missing))
        {
            context.Error(actualsPath + "：" + RegularFile.WhyNot(actualsPath));
            return false;
        }

        var read = ActualsJson.ReadFile(actualsPath);
        if (!read.IsSuccess)
        {
            foreach (var error in read.Errors) context.Error(actualsPath + "：" + error);
            return false;
        }

        document = read.Document!;
        return true;
    }

    /// <summary>Scores each table with its actuals (from the file, else a 自评 table's published ones); a table without any is skipped (reported).</summary>
    private static List<ScoreCard> ScoreTables(CliContext context, List<PerformanceTable> tables, ActualsDocument? document, ScoringOptions options)
    {
        var cards = new List<ScoreCard>();
        foreach (var table in tables)
        {
            var tableActuals = document?.Find(table.Name) ?? (table.Published is not null ? TableActuals.FromPublished(table) : null);
            if (tableActuals is null)
            {
                context.Error("已跳过“" + table.Name + "”：" + (document is null ? "它不是自评表，也没有用 --actuals 给出实际值" : "实际值文件中没有这张表的记录"));
                continue;
            }

            cards.Add(Scorer.Score(table, tableActuals, options));
        }

        return cards;
    }

    /// <summary>Reports the actuals file's entries that name no input table.</summary>
    private static void ReportUnmatched(CliContext context, string actualsPath, ActualsDocument document, List<PerformanceTable> tables)
    {
        var unmatched = document.Tables.Where(a => !tables.Any(t => string.Equals(t.Name.Trim(), a.Name.Trim(), StringComparison.Ordinal))).ToList();
        if (unmatched.Count > 0)
        {
            context.Error(actualsPath + "：有 " + unmatched.Count.ToString(CultureInfo.InvariantCulture) + " 张表不在输入中，它们的实际值没有用上（请核对表名）：" +
                string.Join("、", unmatched.Select(a => "“" + a.Name + "”")));
        }
    }

    private static void Write(CliContext context, List<ScoreCard> cards, string format, bool indented)
    {
        if (format == "json")
        {
            context.Stdout.Write(ScoreCardJson.Serialize(cards, indented));
            context.Stdout.WriteLine();
        }
        else
        {
            foreach (var card in cards) Print(new TerminalSafeWriter(context.Stdout), card);
        }
    }

    private static bool TryLoadProfile(CliContext context, string? argument, out ScoringProfile profile)
    {
        profile = ScoringProfile.National2020;
        if (argument is null) return true;

        // A built-in name wins over a file of that name in the current folder; write ./name for the file.
        if (ProfileArgument.IsBuiltInName(argument, ScoringProfile.BuiltinNames) && ScoringProfile.TryGetBuiltin(argument, out var named))
        {
            profile = named;
            return true;
        }

        if (File.Exists(argument))
        {
            if (ProfileArgument.WhyNotReadable(argument) is { } why)
            {
                context.Error(argument + "：" + why);
                return false;
            }

            var read = ScoringProfile.ReadFile(argument);
            if (!read.IsSuccess)
            {
                foreach (var error in read.Errors) context.Error(argument + "：" + error);
                return false;
            }

            if (read.Profile is { } p) profile = p;
            else context.Error(argument + "：没有 \"scoring\" 部分，按 " + profile.Name + " 评分");
            return true;
        }

        if (ScoringProfile.TryGetBuiltin(argument, out var builtin))
        {
            profile = builtin;
            return true;
        }

        context.Error("--profile “" + argument + "” 既不是文件，也不是内置评分配置（可用：" + string.Join("、", ScoringProfile.BuiltinNames) + "）");
        return false;
    }

    private static void Print(TextWriter w, ScoreCard card)
    {
        var t = card.Table;
        w.WriteLine(new string('=', 72));
        w.WriteLine(t.Name + (t.Year is { } y ? "  (" + N(y) + "年度)" : string.Empty));
        w.WriteLine("评价日期 " + (card.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "未知") + " · " +
            (card.Point == EvaluationPoint.HalfYear ? "年中（半年指标值" + (card.ExpectedShare is { } s ? "，序时进度 " + ScoreText.Percent(s) : string.Empty) + "）" : "年末（全年指标值）") +
            " · 评分方案 " + card.Profile.Name);
        w.WriteLine();

        var rows = new List<string[]> { new[] { "#", "部分", "三级指标", "指标值", "实际完成值", "状态", "权重", "得分" } };
        foreach (var line in card.Indicators.Where(i => i.Section is not null))
        {
            rows.Add(new[]
            {
                N(line.Indicator.Row), line.Section!.Value.ToText(), line.Indicator.Name, line.Target.ToString(), line.ActualText ?? "（未填）",
                StatusText(line.Status), ScoreText.Format(line.Weight), ScoreText.Format(line.Score),
            });
        }

        Grid(w, rows);
        var unscored = card.Indicators.Count(i => i.Section is null);
        if (unscored > 0) w.WriteLine("（决策/过程等 " + N(unscored) + " 项指标不参与自评计分）");

        w.WriteLine();
        var sections = new List<string[]> { new[] { "部分", "权重", "得分", string.Empty } };
        foreach (var section in card.Sections)
        {
            var remark = section.IsEmpty ? "无可评指标，权重 " + ScoreText.FormatWeight(section.BaseWeight) + " 已分配"
                : section.Section == ScoringSection.ExecutionRate ? ExecutionRemark(card)
                : section.Weight != section.BaseWeight ? "原权重 " + ScoreText.FormatWeight(section.BaseWeight) : string.Empty;
            sections.Add(new[] { section.Name, ScoreText.Format(section.Weight), ScoreText.Format(section.Score), remark });
        }

        Grid(w, sections);
        w.WriteLine();
        w.WriteLine("总分 " + ScoreText.Format(card.Total) + "  等级 " + card.Grade.ToText());

        if (card.Notes.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("说明:");
            foreach (var note in card.Notes) w.WriteLine("  - " + note);
        }

        if (card.Findings.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("发现:");
            foreach (var f in card.Findings)
            {
                var where = f.Location.Indicator is { } name ? (f.Location.Row is { } r ? "第" + N(r) + "行 " : string.Empty) + name : f.Location.Field ?? "表";
                w.WriteLine("  " + f.RuleId + " " + SeverityText(f.Severity) + " [" + where + "] " + f.Message);
            }
        }

        w.WriteLine();
    }

    private static string ExecutionRemark(ScoreCard card)
    {
        var e = card.Execution;
        var unit = " " + card.Table.Funding.Unit;
        return "执行 " + (e.Executed is { } x ? PerfRules.Values.ValueText.FormatNumber(x) : "?") + " / " + (e.Budget is { } b ? PerfRules.Values.ValueText.FormatNumber(ScoreText.Round(b)) : "?") + unit +
            (e.Rate is { } r ? " = " + ScoreText.Percent(r) : string.Empty);
    }

    private static string StatusText(ScoreStatus status) => status switch
    {
        ScoreStatus.Met => "达成",
        ScoreStatus.PartiallyMet => "部分达成",
        ScoreStatus.NotMet => "未达成",
        ScoreStatus.NotDue => "未到期",
        ScoreStatus.NotComparable => "无法比较",
        _ => "不计分",
    };

    private static string SeverityText(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    private static void Grid(TextWriter w, List<string[]> rows)
    {
        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++) widths[i] = Math.Max(widths[i], Width(row[i]));
        }

        foreach (var row in rows)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < row.Length; i++)
            {
                sb.Append(row[i]);
                if (i < row.Length - 1) sb.Append(' ', widths[i] - Width(row[i]) + 2);
            }

            w.WriteLine(sb.ToString().TrimEnd());
        }
    }

    /// <summary>Display width: CJK and full-width characters take two columns.</summary>
    private static int Width(string text)
    {
        var width = 0;
        foreach (var c in text) width += c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)) ? 2 : 1;
        return width;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
