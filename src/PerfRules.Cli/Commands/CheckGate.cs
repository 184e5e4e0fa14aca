using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Rules.Baselines;
using PerfRules.Tables;
using PerfRules.Import;

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
            if (Start(context) is not { } run) return null;
            var reported = files.Select(run.Filter).ToList();
            return run.Finish() ? reported : null;
        }

        /// <summary>
        /// Starts a streaming run: <see cref="Run.Filter"/> each file as it is checked, then <see cref="Run.Finish"/>.
        /// Null (after a one-line error naming the file and why) when the baseline cannot be read.
        /// </summary>
        public Run? Start(CliContext context)
        {
            if (WriteBaseline is not null || Baseline is null) return new Run(this, context, null);
            try
            {
                return new Run(this, context, Rules.Baselines.Baseline.Load(Baseline).CreateMatcher());
            }
            catch (InvalidDataException e)
            {
                context.Error(e.Message);
                return null;
            }
        }

        /// <summary>0, or 1 when a finding at or above <see cref="FailOn"/> remains; 0 after writing a baseline.</summary>
        public int ExitCode(IEnumerable<CheckedFile> files) =>
            WriteBaseline is null && files.Any(f => f.AllFindings.Any(x => x.Severity >= FailOn)) ? ExitCodes.ErrorFindings : ExitCodes.Ok;
    }

    /// <summary>
    /// One run of the gate over files checked one after another (so a streaming check keeps no more than it prints):
    /// collects baseline entries when writing one, drops accepted findings when reading one.
    /// </summary>
    internal sealed class Run
    {
        private readonly Settings _settings;
        private readonly CliContext _context;
        private readonly BaselineMatcher? _matcher;
        private readonly List<BaselineEntry> _accepted = new();

        internal Run(Settings settings, CliContext context, BaselineMatcher? matcher)
        {
            _settings = settings;
            _context = context;
            _matcher = matcher;
        }

        /// <summary>True once a reported finding is at or above --fail-on (never while writing a baseline).</summary>
        public bool Failed { get; private set; }

        /// <summary>The file as it is to be reported: findings the baseline accepts removed.</summary>
        public CheckedFile Filter(CheckedFile file)
        {
            if (file is null) throw new ArgumentNullException(nameof(file));
            if (_settings.WriteBaseline is not null)
            {
                _accepted.AddRange(file.Result.Findings.Select(x => BaselineEntry.Of(file.Result.Source, null, x)));
                _accepted.AddRange(file.Tables.SelectMany(t => t.Findings.Select(x => BaselineEntry.Of(t.Table.Source ?? file.Result.Source, t.Table.Name, x))));
                return file;
            }

            if (_matcher is { } m)
            {
                file = file with
                {
                    Result = file.Result with { Findings = file.Result.Findings.Where(x => !m.Suppresses(file.Result.Source, null, x)).ToValueList() },
                    Tables = file.Tables.Select(t => t with { Findings = t.Findings.Where(x => !m.Suppresses(t.Table.Source ?? file.Result.Source, t.Table.Name, x)).ToList() }).ToList(),
                };
            }

            if (file.AllFindings.Any(x => x.Severity >= _settings.FailOn)) Failed = true;
            return file;
        }

        /// <summary>
        /// Writes the baseline file (when asked) and says on stderr what the baseline did. False (after a one-line
        /// error) when the baseline file cannot be written.
        /// </summary>
        public bool Finish()
        {
            var invariant = System.Globalization.CultureInfo.InvariantCulture;
            if (_settings.WriteBaseline is { } path)
            {
                var accepted = Rules.Baselines.Baseline.Create(_accepted);
                try
                {
                    accepted.Save(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    _context.Error("无法写入基线文件 " + path + "：" + SystemErrorText.Of(e));
                    return false;
                }

                _context.Stderr.WriteLine("perfrules: 已把 " + accepted.Entries.Count.ToString(invariant) + " 条问题的指纹写入基线文件 " + path);
                return true;
            }

            if (_matcher is { } m)
            {
                var fixedCount = m.Unmatched().Count;
                _context.Stderr.WriteLine("perfrules: 基线文件 " + _settings.Baseline + " 接受了 " + m.Suppressed.ToString(invariant) + " 条问题"
                    + (fixedCount > 0 ? "；其中 " + fixedCount.ToString(invariant) + " 条基线记录已不再出现（已修复：用 --write-baseline 重写基线即可去掉）" : string.Empty));
            }

            return true;
        }
    }
}
