using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Rules;
using PerfRules.Rules.Reporting;
using PerfRules.Tables;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>perfrules check INPUT… [--rules FILE]… [--profile FILE|NAME] [--format text|json|sarif] [--as-of yyyy-MM-dd]</c>:
/// checks tables against the rule catalogue (and extra rule files), with the profile the table's layout
/// selects unless one is given. Exit 0: no error finding; 1: error findings; 2: usage error, unreadable
/// rule file or profile, a rule that cannot run, or no readable table at all.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Table files or folders (.txt, .json, .jsonl); folders are searched recursively", Arity = ArgumentArity.OneOrMore };
        var rules = new Option<string[]>("--rules", "-r") { Description = "Extra rule file (RulesEngine workflow JSON); repeatable", AllowMultipleArgumentsPerToken = false };
        var profile = new Option<string?>("--profile", "--options", "-p") { Description = "Profile JSON file (rule switches and severities, extra rule files), or a built-in profile name (" + string.Join(", ", RuleProfile.BuiltInNames) + ")" };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var asOf = new Option<string?>("--as-of") { Description = "Date the half-year rules are judged at, yyyy-MM-dd (default 30 June of each table's 年度)" };
        var indented = new Option<bool>("--indented") { Description = "Indent JSON output (SARIF is always indented)" };

        var command = new Command("check", "Check 预算绩效目标表 against the rule catalogue: findings with rule id, severity, location and message");
        command.Add(inputs);
        command.Add(rules);
        command.Add(profile);
        command.Add(format);
        command.Add(asOf);
        command.Add(indented);
        command.SetAction(parse => context.Guard(parse, () => Run(
            context,
            parse.GetValue(inputs)!,
            parse.GetValue(rules) ?? Array.Empty<string>(),
            parse.GetValue(profile),
            parse.GetValue(format)!,
            parse.GetValue(asOf),
            parse.GetValue(indented))));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, string[] ruleFiles, string? profileArgument, string format, string? asOfText, bool indented)
    {
        DateTime? asOf = null;
        if (asOfText is not null)
        {
            if (!DateTime.TryParseExact(asOfText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                context.Error("--as-of “" + asOfText + "” is not a date yyyy-MM-dd (e.g. 2026-06-30)");
                return ExitCodes.Usage;
            }

            asOf = parsed.Date;
        }

        RuleEngine engine;
        try
        {
            var options = new RuleOptions
            {
                Profile = LoadProfile(profileArgument),
                RuleSources = ruleFiles.Select(RuleSource.FromFile).ToList(),
            };
            engine = RuleEngine.Create(options);
        }
        catch (RuleLoadException e)
        {
            context.Error(e.Message);
            return ExitCodes.Usage;
        }

        var entries = new List<TableReport>();
        var fileFindings = new List<FileFinding>();
        var tableCount = 0;
        foreach (var result in Inputs.ReadAll(inputs))
        {
            fileFindings.AddRange(result.Findings.Select(f => new FileFinding(result.Source, f)));
            var partial = IsMarkedPartial(result);
            foreach (var read in result.Tables)
            {
                var table = partial && !read.IsPartial ? read with { IsPartial = true } : read;
                IReadOnlyList<Finding> findings;
                try
                {
                    findings = engine.Check(table, asOf);
                }
                catch (RuleEvaluationException e)
                {
                    context.Error(e.Message);
                    return ExitCodes.Usage;
                }

                entries.Add(TableReport.ForTable(table, engine.ProfileFor(table).Name, findings));
                tableCount++;
            }
        }

        var report = new CheckReport(entries, fileFindings);
        switch (format)
        {
            case "json":
                context.Stdout.Write(CheckReportJson.Serialize(report, indented));
                context.Stdout.WriteLine();
                break;
            case "sarif":
                context.Stdout.Write(CheckReportSarif.Serialize(report, engine.RuleSet));
                context.Stdout.WriteLine();
                break;
            default:
                CheckTextReport.Write(context, report);
                break;
        }

        if (tableCount == 0)
        {
            context.Error("no readable table in the input");
            return ExitCodes.Usage;
        }

        return report.HasErrors ? ExitCodes.ErrorFindings : ExitCodes.Ok;
    }

    /// <summary>A profile file, or a built-in profile name (then every table is checked under it).</summary>
    private static RuleProfile? LoadProfile(string? argument)
    {
        if (argument is null) return null;
        if (File.Exists(argument)) return RuleProfile.Load(argument);
        if (RuleProfile.BuiltInNames.Contains(argument, StringComparer.Ordinal)) return new RuleProfile(argument, basedOn: argument, sourceName: "--profile " + argument);
        throw new RuleLoadException(argument, null, null, "--profile is neither a file nor a built-in profile (" + string.Join(", ", RuleProfile.BuiltInNames) + ")");
    }

    /// <summary>
    /// True when a transcription note (<c># PARTIAL: …</c>, an I07 comment line) says the file's table is
    /// cut off. The reader does not set <see cref="PerformanceTable.IsPartial"/> itself yet; until it does,
    /// the note is honoured here so a truncated table is never reported as missing indicators.
    /// </summary>
    private static bool IsMarkedPartial(TableReadResult result) =>
        result.Findings.Any(f => f.RuleId == ImportRuleIds.CommentSkipped && f.Message.Contains("# PARTIAL", StringComparison.Ordinal));
}
