using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Json;
using PerfRules.Rules;
using PerfRules.Tables;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>perfrules check INPUT… [--rules FILE]… [--profile FILE|NAME] [--format text|json|sarif] [--as-of yyyy-MM-dd]</c>:
/// runs the built-in catalogue (and the user's workflows) over every table and prints the findings,
/// import findings included. Exit 0: no error finding; 1: error findings; 2: usage, unreadable rule
/// file or profile, or no readable input at all.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Table files or folders (.txt, .json, .jsonl); folders are searched recursively", Arity = ArgumentArity.OneOrMore };
        var rules = new Option<string[]>("--rules", "-r") { Description = "Extra rule file(s): RulesEngine workflow JSON (contracts.md)", AllowMultipleArgumentsPerToken = true };
        var profile = new Option<string?>("--profile", "--options", "-p") { Description = "Profile JSON file (rule switches and severities) or a built-in profile name (" + string.Join(", ", RuleProfile.BuiltInNames) + "); default: chosen from each table's layout" };
        var asOf = new Option<string?>("--as-of") { Description = "Date yyyy-MM-dd for date-dependent rules (default 30 June of the table's year, never the clock)" };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var indented = new Option<bool>("--indented") { Description = "Indent JSON/SARIF output" };

        var command = new Command("check", "Check tables against the rule catalogue and print the findings");
        command.Add(inputs);
        command.Add(rules);
        command.Add(profile);
        command.Add(asOf);
        command.Add(format);
        command.Add(indented);
        command.SetAction(parse => context.Guard(parse, () => Run(
            context,
            parse.GetValue(inputs)!,
            parse.GetValue(rules) ?? Array.Empty<string>(),
            parse.GetValue(profile),
            parse.GetValue(asOf),
            parse.GetValue(format)!,
            parse.GetValue(indented))));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, string[] ruleFiles, string? profileArgument, string? asOfText, string format, bool indented)
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
            RuleProfile? userProfile = null;
            if (profileArgument is not null)
            {
                userProfile = File.Exists(profileArgument) ? RuleProfile.Load(profileArgument) : RuleProfile.BuiltIn(profileArgument);
            }

            engine = RuleEngine.Create(new RuleOptions
            {
                Profile = userProfile,
                RuleSources = ruleFiles.Select(RuleSource.FromFile).ToList(),
            });
        }
        catch (Exception e) when (e is RuleLoadException or IOException or UnauthorizedAccessException or ArgumentException or JsonException)
        {
            // A broken rule file fails here, at load, never as a finding about a table.
            context.Error(e.Message);
            return ExitCodes.Usage;
        }

        var checkedFiles = new List<CheckedFile>();
        foreach (var result in Inputs.ReadAll(inputs))
        {
            var tables = result.Tables.Select(t => new CheckedTable(t, engine.ProfileFor(t).Name, engine.Check(t, asOf))).ToList();
            checkedFiles.Add(new CheckedFile(result, tables));
        }

        if (checkedFiles.Count == 0 || checkedFiles.All(f => f.Result.IsUnreadable))
        {
            foreach (var f in checkedFiles.SelectMany(f => f.Result.Findings)) context.Error(f.Message);
            context.Error("no readable input");
            return ExitCodes.Usage;
        }

        switch (format)
        {
            case "json":
                WriteJson(context.Stdout, checkedFiles, indented);
                break;
            case "sarif":
                SarifWriter.Write(context.Stdout, engine, checkedFiles, indented);
                break;
            default:
                WriteText(context.Stdout, checkedFiles);
                break;
        }

        var anyError = checkedFiles.Any(f => f.AllFindings.Any(x => x.Severity == Severity.Error));
        return anyError ? ExitCodes.ErrorFindings : ExitCodes.Ok;
    }

    private static void WriteText(TextWriter output, IReadOnlyList<CheckedFile> files)
    {
        var totals = new int[3];
        foreach (var file in files)
        {
            foreach (var f in file.Result.Findings)
            {
                output.WriteLine("[" + file.Result.Source + "] " + f.RuleId + " " + SeverityText(f.Severity) + " " + f.Message);
                totals[(int)f.Severity]++;
            }

            foreach (var table in file.Tables)
            {
                var counts = new int[3];
                foreach (var f in table.Findings) counts[(int)f.Severity]++;
                output.WriteLine("== " + table.Table.Name + "（" + file.Result.Source + "，版式 " + table.Table.Layout + "，规则配置 " + table.Profile + "）");
                output.WriteLine("   错误 " + Count(counts[2]) + "，警告 " + Count(counts[1]) + "，提示 " + Count(counts[0]));
                foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
                {
                    foreach (var f in table.Findings.Where(x => x.Severity == severity))
                    {
                        output.WriteLine("   " + f.RuleId + " " + SeverityText(f.Severity) + " " + Where(f.Location) + ": " + f.Message);
                    }
                }

                output.WriteLine();
                for (var i = 0; i < 3; i++) totals[i] += counts[i];
            }
        }

        output.WriteLine("合计 " + Count(files.Sum(f => f.Tables.Count)) + " 张表：错误 " + Count(totals[2]) + "，警告 " + Count(totals[1]) + "，提示 " + Count(totals[0]));
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    internal static string SeverityText(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

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

    private static void WriteJson(TextWriter output, IReadOnlyList<CheckedFile> files, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", 1);
            w.WriteStartArray("tables");
            foreach (var file in files)
            {
                foreach (var table in file.Tables)
                {
                    w.WriteStartObject();
                    w.WriteString("name", table.Table.Name);
                    if (table.Table.Year is { } year) w.WriteNumber("year", year);
                    else w.WriteNull("year");
                    w.WriteString("source", file.Result.Source);
                    w.WriteString("layout", table.Table.Layout);
                    w.WriteString("profile", table.Profile);
                    w.WriteStartArray("findings");
                    foreach (var f in table.Findings) JsonSerializer.Serialize(w, f, PerfRulesJson.Options);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteStartArray("fileFindings");
            foreach (var file in files)
            {
                foreach (var f in file.Result.Findings)
                {
                    w.WriteStartObject();
                    w.WriteString("source", file.Result.Source);
                    w.WritePropertyName("finding");
                    JsonSerializer.Serialize(w, f, PerfRulesJson.Options);
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}

/// <summary>One input file and the findings of each of its tables.</summary>
internal sealed record CheckedFile(TableReadResult Result, IReadOnlyList<CheckedTable> Tables)
{
    public IEnumerable<Finding> AllFindings => Result.Findings.Concat(Tables.SelectMany(t => t.Findings));
}

/// <summary>One table, the profile it was checked with, and its findings (import findings first, in engine order).</summary>
internal sealed record CheckedTable(PerformanceTable Table, string Profile, IReadOnlyList<Finding> Findings);
