using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using PerfRules.Cli.Commands;

namespace PerfRules.Cli;

/// <summary>The <c>perfrules</c> command line: check, score and convert 预算绩效目标表 files.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var progress = !Console.IsErrorRedirected && Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        if (!Console.IsOutputRedirected) return Run(args, Console.Out, Console.Error, outputIsTerminal: true, showsProgress: progress);

        // Redirected output (a file, a pipe) is written in 64 KB blocks, not flushed line by line as Console.Out does.
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        try
        {
            return Run(args, stdout, Console.Error, outputIsTerminal: false, showsProgress: progress);
        }
        finally
        {
            stdout.Flush();
        }
    }

    /// <summary>Runs the command line in-process (tests pass their own writers).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, outputIsTerminal: false, showsProgress: false);

    private static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool outputIsTerminal, bool showsProgress)
    {
        var context = new CliContext(stdout, stderr, outputIsTerminal, showsProgress);
        // A plain command named perfrules, not RootCommand (whose name is the executable's, PerfRules.Cli): help and
        // usage say what the user types.
        var root = new Command("perfrules", "perfrules — 预算绩效目标表 (budget performance-target table) checker")
        {
            new System.CommandLine.Help.HelpOption(),
            new VersionOption(),
        };
        root.Add(context.Verbose);

        // One line per command, so parallel work merges trivially.
        root.Add(CheckCommand.Create(context));
        root.Add(ConvertCommand.Create(context));
        root.Add(ScoreCommand.Create(context));
        root.Add(GenerateCommand.Create(context));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            context.Error(UsageErrorText.Of(parse.Errors[0]) + "（见 --help）");
            return ExitCodes.Usage;
        }

        if (parse.CommandResult.Command == root && !args.Any(a => a is "-h" or "--help" or "-?" or "--version"))
        {
            context.Error("请给出一个命令：" + string.Join("、", root.Subcommands.Select(c => c.Name)) + "（见 --help）");
            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }
}
