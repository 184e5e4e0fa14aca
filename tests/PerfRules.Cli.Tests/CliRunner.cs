using System;
using System.IO;
using System.Linq;

namespace PerfRules.Cli.Tests;

/// <summary>Runs the CLI in-process and captures its output.</summary>
internal static class CliRunner
{
    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>The seven Nanjing seed tables (samples/ top level; samples/real holds other issuers' tables).</summary>
    public static string[] Seeds => new[] { Path.Combine(Samples, "000_27d945da3f6b14f2.txt"), Path.Combine(Samples, "001_31cd2f4c762929cd.txt") };

    /// <summary>
    /// The ten real tables whose findings were reviewed line by line (samples/real/ holds 24; the later fourteen are
    /// covered file by file in the library tests), in name order.
    /// </summary>
    public static string[] ReviewedReal => new[] { "01", "03", "04", "05", "06", "08", "11", "14", "15", "17" }
        .Select(p => Directory.GetFiles(Path.Combine(Samples, "real"), p + "-*.txt").Single()).ToArray();

    /// <summary>Runs the CLI on <paramref name="inputs"/> followed by <paramref name="args"/>.</summary>
    public static (int Exit, string Out, string Err) RunOn(string command, string[] inputs, params string[] args) =>
        Run(new[] { command }.Concat(inputs).Concat(args).ToArray());

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A fresh temporary folder, deleted by the caller.</summary>
    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "perfrules-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
