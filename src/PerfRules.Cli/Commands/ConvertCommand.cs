using System;
using System.CommandLine;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Json;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>perfrules convert INPUT… [--format json|jsonl|text]</c>: reads tables (PDF-extracted text,
/// JSON, JSON Lines) and prints them as the JSON document <c>{"schemaVersion":1,"tables":[…],"fileFindings":[…]}</c>,
/// as JSON Lines (one table per line; file-level findings go to stderr), or as readable text.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files or folders (.txt, .csv, .xlsx, .json, .jsonl); folders are searched recursively", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl", "text");
        var indented = new Option<bool>("--indented") { Description = "Indent JSON output" };

        var command = new Command("convert", "Read tables and print them as JSON, JSON Lines or text");
        command.Add(inputs);
        command.Add(format);
        command.Add(indented);
        command.SetAction(parse => context.Guard(parse, () => Run(context, parse.GetValue(inputs)!, parse.GetValue(format)!, parse.GetValue(indented))));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, string format, bool indented)
    {
        // Reading is lazy; materialise so the exit code can depend on what was read and nothing is read twice.
        var results = Inputs.ReadAll(inputs).ToList();
        if (results.Count == 0 || results.All(r => r.Tables.Count == 0))
        {
            var reasons = results.SelectMany(r => r.Findings.Where(f => f.Severity == Severity.Error).Select(f => r.Source + ": " + f.Message)).ToList();
            context.Error("输入中没有可读取的表" + (reasons.Count > 0 ? "——" + reasons[0] + (reasons.Count > 1 ? "（另有 " + (reasons.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " 个文件）" : string.Empty) : string.Empty));
            return ExitCodes.Usage;
        }

        switch (format)
        {
            case "jsonl":
                PerfRulesJson.WriteLines(context.Stdout, results.SelectMany(r => r.Tables));
                foreach (var r in results)
                {
                    foreach (var f in r.Findings.Where(f => f.Severity != Severity.Info)) context.Error(r.Source + ": " + f.RuleId + " " + f.Message);
                }

                break;
            case "text":
                TablePrinter.Print(new TerminalSafeWriter(context.Stdout), results);
                break;
            default:
                PerfRulesJson.WriteDocument(context.Stdout, results, indented);
                context.Stdout.WriteLine();
                break;
        }

        return results.Any(r => r.AllFindings.Any(f => f.Severity == Severity.Error)) ? ExitCodes.ErrorFindings : ExitCodes.Ok;
    }
}
