using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Rules.Baselines;
using PerfRules.Tables;

namespace PerfRules.Cli.Commands;

/// <summary>
/// What decides a CI run of <c>perfrules check</c>: <c>--fail-on error|warning|info</c> (exit 1 when a finding at or
/// above that severity remains; default error), <c>--baseline FILE</c> (findings the baseline accepts are not reported
/// and do not fail the run) and <c>--write-baseline FILE</c> (accept every current finding: write their fingerprints,
/// report as usual, exit 0).
/// </summary>
internal sealed class CheckGate
{
    private CheckGate(Option<string> failOn, Option<string?> baseline, Option<string?> writeBaseline)
    {
        FailOn = failOn;
        BaselineFile = baseline;
        WriteBaselineFile = writeBaseline;
    }

    public Option<string> FailOn { get; }

    public Option<string?> BaselineFile { get; }

    public Option<string?> WriteBaselineFile { get; }

    /// <summary>Adds the gate's options to the command.</summary>
    public static CheckGate AddTo(Command command)
    {
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding at or above this severity remains (after --baseline)", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var baseline = new Option<string?>("--baseline") { Description = "Baseline file: report only findings it does not accept" };
        var write = new Option<string?>("--write-baseline") { Description = "Write every current finding's fingerprint to this file (accept them all) and exit 0" };
        command.Add(failOn);
        command.Add(baseline);
        command.Add(write);
        return new CheckGate(failOn, baseline, write);
    }

    /// <summary>The settings of one invocation.</summary>
    public Settings Read(ParseResult parse) => new(
        parse.GetValue(FailOn) switch { "warning" => Severity.Warning, "info" => Severity.Info, _ => Severity.Error },
        parse.GetValue(BaselineFile),
        parse.GetValue(WriteBaselineFile));

    /// <summary>One invocation's gate.</summary>
    internal sealed record Settings(Severity FailOn, string? Baseline, string? WriteBaseline)
    {
        /// <summary>
        /// Writes the baseline when asked and drops the findings the baseline accepts. Null (after a one-line
        /// error) when the baseline file cannot be read or written: a usage error, exit 2.
        /// </summary>
        public IReadOnlyList<CheckedFile>? Apply(CliContext context, IReadOnlyList<CheckedFile> files)
        {
            if (WriteBaseline is not null)
            {
                var accepted = Rules.Baselines.Baseline.Create(files.SelectMany(f =>
                    f.Result.Findings.Select(x => BaselineEntry.Of(f.Result.Source, null, x))
                        .Concat(f.Tables.SelectMany(t => t.Findings.Select(x => BaselineEntry.Of(t.Table.Source ?? f.Result.Source, t.Table.Name, x))))));
                try
                {
                    accepted.Save(WriteBaseline);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    context.Error("cannot write the baseline " + WriteBaseline + ": " + e.Message);
                    return null;
                }

                context.Stderr.WriteLine("perfrules: wrote " + accepted.Entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " finding fingerprints to " + WriteBaseline);
                return files;
            }

            if (Baseline is null) return files;
            BaselineMatcher matcher;
            try
            {
                matcher = Rules.Baselines.Baseline.Load(Baseline).CreateMatcher();
            }
            catch (InvalidDataException e)
            {
                context.Error(e.Message);
                return null;
            }

            var filtered = files.Select(f => f with
            {
                Result = f.Result with { Findings = f.Result.Findings.Where(x => !matcher.Suppresses(f.Result.Source, null, x)).ToValueList() },
                Tables = f.Tables.Select(t => t with { Findings = t.Findings.Where(x => !matcher.Suppresses(t.Table.Source ?? f.Result.Source, t.Table.Name, x)).ToList() }).ToList(),
            }).ToList();
            var fixedCount = matcher.Unmatched().Count;
            context.Stderr.WriteLine("perfrules: baseline " + Baseline + " accepted " + matcher.Suppressed.ToString(System.Globalization.CultureInfo.InvariantCulture) + " finding(s)"
                + (fixedCount > 0 ? "; " + fixedCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " baseline entr" + (fixedCount == 1 ? "y no longer occurs" : "ies no longer occur") + " (fixed: rewrite the baseline to drop them)" : string.Empty));
            return filtered;
        }

        /// <summary>0, or 1 when a finding at or above <see cref="FailOn"/> remains; 0 after writing a baseline.</summary>
        public int ExitCode(IEnumerable<CheckedFile> files) =>
            WriteBaseline is null && files.Any(f => f.AllFindings.Any(x => x.Severity >= FailOn)) ? ExitCodes.ErrorFindings : ExitCodes.Ok;
    }
}
