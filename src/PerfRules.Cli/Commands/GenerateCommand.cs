using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using PerfRules.Rules.Batch;
using PerfRules.Json;
using PerfRules.Import;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>perfrules generate --count N --out FILE.jsonl [--seed S]</c>: writes N synthetic 预算绩效目标表 (shaped like
/// the Nanjing seeds, about half with the seeds' usual mistakes; see <see cref="SyntheticTableGenerator"/>) as
/// JSON Lines, one table per line, for load tests and benchmarks of <c>perfrules check</c>. The same seed always
/// writes the same file. Tables are generated and written one at a time, so memory does not grow with N.
/// Exit 0, or 2 for a bad count or a file that cannot be written.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>The seed when none is given (the one the benchmarks use).</summary>
    public const ulong DefaultSeed = 2026;

    public static Command Create(CliContext context)
    {
        var count = new Option<long>("--count", "-n") { Description = "Number of tables to write", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "The JSON Lines file to write (overwritten)", Required = true };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Seed of the generator: the same seed writes the same tables", DefaultValueFactory = _ => DefaultSeed };

        var command = new Command("generate", "Write synthetic tables as JSON Lines (for load tests and benchmarks)");
        command.Add(count);
        command.Add(output);
        command.Add(seed);
        command.SetAction(parse => context.Guard(parse, () => Run(context, parse.GetValue(count), parse.GetValue(output)!, parse.GetValue(seed))));
        return command;
    }

    private static int Run(CliContext context, long count, string path, ulong seed)
    {
        if (count < 1)
        {
            context.Error("--count 至少应为 1（现为 " + count.ToString(CultureInfo.InvariantCulture) + "）");
            return ExitCodes.Usage;
        }

        var started = TimeProvider.System.GetTimestamp();
        try
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            PerfRulesJson.WriteLines(stream, SyntheticTableGenerator.Generate(count, seed));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            context.Error("无法写入 " + path + "：" + SystemErrorText.Of(e));
            return ExitCodes.Usage;
        }

        var elapsed = TimeProvider.System.GetElapsedTime(started);
        context.Stderr.WriteLine("perfrules: 已把 " + count.ToString("N0", CultureInfo.InvariantCulture) + " 张表（种子 "
            + seed.ToString(CultureInfo.InvariantCulture) + "）写入 " + path + "，用时 " + elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " 秒");
        return ExitCodes.Ok;
    }
}
