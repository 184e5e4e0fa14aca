using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PerfRules.Rules.Batch;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Json;
using PerfRules.Rules;
using PerfRules.Tables;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>perfrules check INPUT… [--rules FILE]… [--profile FILE|NAME] [--format text|json|sarif|html] [-o FILE] [--as-of yyyy-MM-dd]
/// [--min-severity error|warning|info] [--docs-url URL] [--fail-on error|warning|info] [--baseline FILE] [--write-baseline FILE]</c>:
/// runs the built-in catalogue (and the user's workflows) over every table and prints the findings,
/// import findings included. Exit 0: no finding at or above --fail-on (default error) beyond the baseline;
/// 1: such findings; 2: usage, unreadable rule file, profile or baseline, or no readable input at all.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Table files or folders (.txt, .csv, .xlsx, .json, .jsonl); folders are searched recursively", Arity = ArgumentArity.OneOrMore };
        var rules = new Option<string[]>("--rules", "-r") { Description = "Extra rule file(s): RulesEngine workflow JSON (docs/rule-contracts.md)", AllowMultipleArgumentsPerToken = true };
        var profile = new Option<string?>("--profile", "--options", "-p") { Description = "Profile JSON file (rule switches and severities) or a built-in profile name (" + string.Join(", ", RuleProfile.BuiltInNames) + "); default: chosen from each table's layout" };
        var asOf = new Option<string?>("--as-of") { Description = "Date yyyy-MM-dd for date-dependent rules (default 30 June of the table's year, never the clock)" };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "html");
        var indented = new Option<bool>("--indented") { Description = "Indent JSON/SARIF output" };
        var minSeverity = new Option<string?>("--min-severity") { Description = "Report findings at or above this severity (default: warning for text, where the rest is counted; info for json and sarif)" };
        minSeverity.AcceptOnlyFromAmong("error", "warning", "info");
        var docsUrl = new Option<string?>("--docs-url") { Description = "Absolute URL where README.md and docs/ are published, for SARIF informationUri/helpUri (left out without it)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout (e.g. --format html -o report.html)" };

        var command = new Command("check", "Check tables against the rule catalogue and print the findings");
        command.Add(inputs);
        command.Add(rules);
        command.Add(profile);
        command.Add(asOf);
        command.Add(format);
        command.Add(indented);
        command.Add(minSeverity);
        command.Add(docsUrl);
        command.Add(output);
        var gate = CheckGate.AddTo(command);
        command.SetAction(parse => context.Guard(parse, () => Run(
            context,
            parse.GetValue(inputs)!,
            parse.GetValue(rules) ?? Array.Empty<string>(),
            parse.GetValue(profile),
            parse.GetValue(asOf),
            parse.GetValue(format)!,
            parse.GetValue(indented),
            parse.GetValue(minSeverity),
            parse.GetValue(docsUrl),
            parse.GetValue(output),
            gate.Read(parse))));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, string[] ruleFiles, string? profileArgument, string? asOfText, string format, bool indented, string? minSeverity, string? docsUrl, string? output, CheckGate.Settings gate)
    {
        if (ReportOptions(context, format, indented, minSeverity, docsUrl, gate.FailOn) is not { } report) return ExitCodes.Usage;
        if (!AsOfArgument.TryRead(context, asOfText, "2026-06-30", out var asOf)) return ExitCodes.Usage;

        if (!TryCreateEngine(context, ruleFiles, profileArgument, out var engine, out var readerOptions)) return ExitCodes.Usage;

        var files = Inputs.Expand(inputs);
        var progress = new CheckProgress();
        var results = CheckFiles(engine, files, readerOptions, asOf, progress);

        var started = TimeProvider.System.GetTimestamp();
        var exit = context.ShowsProgress
            ? progress.WithBar(context.Stderr, Inputs.TotalBytes(files), () => Write(context, engine, results, format, report, new ReportTarget(output), gate))
            : Write(context, engine, results, format, report, new ReportTarget(output), gate);
        if (exit != ExitCodes.Usage || progress.Tables > 0) context.Stderr.WriteLine(Throughput(progress, TimeProvider.System.GetElapsedTime(started)));
        return exit;
    }

    /// <summary>The engine with the user's profile and rule files, and the reader options the profile sets; false (reported) when one cannot be loaded.</summary>
    private static bool TryCreateEngine(CliContext context, string[] ruleFiles, string? profileArgument, out RuleEngine engine, out TableReaderOptions readerOptions)
    {
        engine = null!;
        readerOptions = TableReaderOptions.Default;
        try
        {
            RuleProfile? userProfile = null;
            if (profileArgument is not null)
            {
                userProfile = ProfileArgument.Resolve(profileArgument);
                readerOptions = userProfile.ReaderOptions();
            }

            engine = RuleEngine.Create(new RuleOptions
            {
                Profile = userProfile,
                RuleSources = ruleFiles.Select(RuleSource.FromFile).ToList(),
            });
            return true;
        }
        catch (Exception e) when (e is RuleLoadException or IOException or UnauthorizedAccessException or ArgumentException or JsonException)
        {
            // A broken rule file fails here, at load, never as a finding about a table.
            context.Error(e.Message);
            return false;
        }
    }

    /// <summary>The files checked lazily, in order, each reported to <paramref name="progress"/> as it is read and checked.</summary>
    private static IEnumerable<CheckedFile> CheckFiles(RuleEngine engine, IReadOnlyList<string> files, TableReaderOptions readerOptions, DateTime? asOf, CheckProgress progress)
    {
        var batch = new BatchChecker(engine, new BatchOptions
        {
            AsOf = asOf,

            // Segments of 32 JSON Lines lines or whole files: 8 per worker keep both cores busy while holding a few
            // hundred tables at most, however long the input.
            MaxInFlight = 8 * Environment.ProcessorCount,

            // A user rule that cannot run on one table (or spends its budget there) is reported and the run goes on.
            ContinueAfterRuleErrors = true,
        });
        var segments = Inputs.Segments(files).Select(s =>
        {
            progress.Read(s.BytesRead);
            return s;
        });
        return batch.CheckInputs(segments, s => Inputs.ReadSegment(s, readerOptions)).Select(r =>
        {
            var file = new CheckedFile(r.Read, r.Tables.Select(t => new ReportedTable(t.Table, ProfileArgument.Label(engine, t.Table), t.Findings)).ToList())
            {
                RuleErrors = r.Tables.SelectMany(t => t.RuleErrors).Select(e => e.Message).ToList(),
            };
            progress.Done(file);
            return file;
        });
    }

    /// <summary>
    /// Writes the results as they come, keeping only the files in flight. With <c>--baseline</c> or
    /// <c>--write-baseline</c> every result is kept first, because the gate looks at all findings at once.
    /// Inputs that could not be read at all are held back until a readable one arrives: when none does, the
    /// run is a usage error with nothing on stdout.
    /// </summary>
    private static int Write(CliContext context, RuleEngine engine, IEnumerable<CheckedFile> results, string format, CheckReportOptions report, ReportTarget target, CheckGate.Settings gate)
    {
        if (gate.Baseline is not null || gate.WriteBaseline is not null)
        {
            var all = results.ToList();
            if (all.All(f => f.Result.IsUnreadable)) return NoReadableInput(context, all);

            // --write-baseline / --baseline (CheckGate): accepted findings are neither printed nor fail the run.
            if (gate.Apply(context, all) is not { } reported) return ExitCodes.Usage;
            results = reported;
        }

        using var items = results.GetEnumerator();
        var unreadable = new List<CheckedFile>();
        var any = false;
        while (items.MoveNext())
        {
            if (!items.Current.Result.IsUnreadable)
            {
                any = true;
                break;
            }

            unreadable.Add(items.Current);
        }

        if (!any) return NoReadableInput(context, unreadable);
        using var reportFile = target.Open(context);
        if (target.Path is not null && reportFile is null) return ExitCodes.Usage;
        using var writer = CheckWriter.For(format, reportFile ?? context.Stdout, engine, report);
        var exit = ExitCodes.Ok;
        foreach (var file in unreadable) exit = Math.Max(exit, Add(writer, gate, file));
        do
        {
            exit = Math.Max(exit, Add(writer, gate, items.Current));
        }
        while (items.MoveNext());
        writer.Complete();
        return exit;

        int Add(CheckWriter writer, CheckGate.Settings gate, CheckedFile file)
        {
            writer.Add(file);

            // A rule that could not run is an engine error: said on stderr, and the run ends with exit code 2.
            foreach (var error in file.RuleErrors) context.Error(error);
            return file.RuleErrors.Count > 0 ? ExitCodes.Usage : gate.ExitCode(new[] { file });
        }
    }

    /// <summary>The report options of one run; null (after a one-line error) when <c>--docs-url</c> is not an absolute URL.</summary>
    private static CheckReportOptions? ReportOptions(CliContext context, string format, bool indented, string? minSeverity, string? docsUrl, Severity failOn)
    {
        Uri? docs = null;
        if (docsUrl is not null)
        {
            if (!Uri.TryCreate(docsUrl.EndsWith('/') ? docsUrl : docsUrl + "/", UriKind.Absolute, out docs) || docs.Scheme is not ("http" or "https" or "file"))
            {
                context.Error("--docs-url “" + docsUrl + "” 不是绝对网址（如 https://example.org/perfrules/）");
                return null;
            }
        }

        return new CheckReportOptions
        {
            Indented = indented,
            MinSeverity = minSeverity switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                "info" => Severity.Info,
                // Text lists warnings and errors, and whatever fails the run (--fail-on info lists notes too).
                _ => format == "text" ? (Severity)Math.Min((int)Severity.Warning, (int)failOn) : Severity.Info,
            },
            Colour = context.OutputIsTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) && Environment.GetEnvironmentVariable("TERM") != "dumb",
            DocsBase = docs,
        };
    }

    private static int NoReadableInput(CliContext context, IEnumerable<CheckedFile> files)
    {
        foreach (var f in files.SelectMany(f => f.Result.Findings)) context.Error(f.Message);
        context.Error("没有可读取的输入");
        return ExitCodes.Usage;
    }

    /// <summary>The last line on stderr: <c>perfrules: 7 tables, 130 indicator rows in 0.21 s (619 rows/s)</c>.</summary>
    internal static string Throughput(CheckProgress progress, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-6);
        return "perfrules: " + progress.Tables.ToString("N0", CultureInfo.InvariantCulture) + " tables, "
            + progress.IndicatorRows.ToString("N0", CultureInfo.InvariantCulture) + " indicator rows in "
            + elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s ("
            + (progress.IndicatorRows / seconds).ToString("N0", CultureInfo.InvariantCulture) + " rows/s, "
            + (progress.Tables / seconds).ToString("N0", CultureInfo.InvariantCulture) + " tables/s)";
    }

    internal static string SeverityText(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };
}

/// <summary>One input file and the findings of each of its tables.</summary>
internal sealed record CheckedFile(TableReadResult Result, IReadOnlyList<ReportedTable> Tables)
{
    /// <summary>The messages of rules that could not run on this file's tables (engine errors, not findings).</summary>
    public IReadOnlyList<string> RuleErrors { get; init; } = Array.Empty<string>();

    public IEnumerable<Finding> AllFindings => Result.Findings.Concat(Tables.SelectMany(t => t.Findings));
}

/// <summary>One table, the profile it was checked with, and its findings (import findings first, in engine order).</summary>
internal sealed record ReportedTable(PerformanceTable Table, string Profile, IReadOnlyList<Finding> Findings);
