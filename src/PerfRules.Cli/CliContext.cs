using System;
using System.CommandLine;
using System.IO;
using PerfRules.Import;

namespace PerfRules.Cli;

/// <summary>What every command needs from its host: the output writers and the shared options.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter stdout, TextWriter stderr, bool outputIsTerminal, bool showsProgress = false)
    {
        ShowsProgress = showsProgress;
        Stdout = stdout;
        Stderr = stderr;
        OutputIsTerminal = outputIsTerminal;
    }

    /// <summary>Where results go.</summary>
    public TextWriter Stdout { get; }

    /// <summary>Where one-line error messages go.</summary>
    public TextWriter Stderr { get; }

    /// <summary>False when stdout is redirected or captured (then no colour or terminal codes are written).</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>
    /// True when long runs may draw a progress bar on stderr: stderr is a terminal, stdout is not (the results
    /// go to a file or a pipe, so the bar does not fight them for the screen) and no CI variable is set.
    /// </summary>
    public bool ShowsProgress { get; }

    /// <summary><c>--verbose</c>: show stack traces of unexpected errors.</summary>
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Show details (stack traces) of unexpected errors", Recursive = true };

    /// <summary>Writes a one-line error message: <c>perfrules: …</c>.</summary>
    /// <remarks>Control and bidirectional characters from the data in <paramref name="message"/> are escaped (<see cref="TerminalSafeWriter"/>), so a file cannot forge lines or drive the terminal through an error message.</remarks>
    public void Error(string message) => Stderr.WriteLine("perfrules: " + TerminalSafeWriter.Escape(message));

    /// <summary>
    /// Runs a command body, turning an unexpected exception into a one-line Chinese message and exit code 2: a file that
    /// cannot be read or written says why (<see cref="SystemErrorText"/>), anything else is an internal error to report.
    /// Never a .NET type name; <c>--verbose</c> adds the exception and its stack trace.
    /// </summary>
    public int Guard(ParseResult parse, Func<int> body)
    {
        try
        {
            return body();
        }
#pragma warning disable CA1031 // The CLI's last line of defence: any failure becomes one clear line, never a crash dump.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Error(Describe(e));
            if (parse.GetValue(Verbose)) Stderr.WriteLine(TerminalSafeWriter.Escape(e.ToString()).Replace("\\n", Environment.NewLine));
            else Stderr.WriteLine("perfrules: 加 --verbose 可查看详情");
            return ExitCodes.Usage;
        }
    }

    /// <summary>The one line for an exception no command caught: a file problem in Chinese, else an internal error.</summary>
    internal static string Describe(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException or System.Security.SecurityException =>
            SystemErrorText.Of(e) is var why && string.Equals(why, e.Message, StringComparison.Ordinal) ? why : "文件读写失败：" + why,
        OutOfMemoryException or InsufficientExecutionStackException => "内存或调用栈不足，运行未完成",
        _ => "内部错误，运行未完成（请附 --verbose 的输出报告此问题）：" + e.Message,
    };
}
