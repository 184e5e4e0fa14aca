using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Json;
using PerfRules.Tables;

namespace PerfRules.Cli;

/// <summary>
/// Turns command-line inputs (files and folders) into read results: folders are searched recursively
/// for <c>.txt</c>, <c>.json</c>, <c>.jsonl</c>, <c>.csv</c> and <c>.xlsx</c> files (not Excel's <c>~$</c> lock files, nor anything under <c>bin/</c>, <c>obj/</c> or a hidden folder); all files are sorted by path (ordinal) and
/// read in that order, tables in file order. A file that cannot be read becomes an I10 finding for
/// that file and the run goes on.
/// </summary>
internal static class Inputs
{
    private static readonly string[] Extensions = { ".txt", ".json", ".jsonl", ".csv", ".xlsx" };

    /// <summary>The files named by <paramref name="paths"/>, sorted and without duplicates; a path that does not exist is returned as is (reading it reports I10).</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    if (Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal) && !InBuildOrHiddenFolder(path, f)) files.Add(f);
                }
            }
            else
            {
                files.Add(path);
            }
        }

        return files.ToList();
    }

    // Build output (bin/, obj/: deps.json, project.assets.json) and hidden folders (.git/) hold no tables.
    private static bool InBuildOrHiddenFolder(string root, string file)
    {
        var relative = Path.GetRelativePath(root, Path.GetDirectoryName(file) ?? root);
        if (relative == ".") return false;
        return relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(d => d is "bin" or "obj" || (d.Length > 1 && d[0] == '.'));
    }

    /// <summary>Reads every input lazily, in order.</summary>
    public static IEnumerable<TableReadResult> ReadAll(IEnumerable<string> paths) => Expand(paths).Select(Read);

    /// <summary>Reads one file by its extension: JSON documents/tables, JSON Lines, CSV, .xlsx workbooks, or PDF-extracted text.</summary>
    public static TableReadResult Read(string path)
    {
        if (!File.Exists(path)) return Unreadable(path, Directory.Exists(path) ? "是文件夹" : "文件不存在");
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => ReadJson(path),
            ".jsonl" => ReadJsonLines(path),
            ".csv" => CsvTableReader.ReadFile(path),
            ".xlsx" => PerfRules.Excel.WorkbookTableReader.ReadFile(path),
            _ => TableTextReader.ReadFile(path),
        };
    }

    private static TableReadResult ReadJson(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = doc.RootElement;

            // An actuals file (perfrules score --actuals) beside the tables is not a table input.
            if (PerfRules.Actuals.ActualsJson.IsActualsDocument(root)) return new TableReadResult { Source = path };
            IReadOnlyList<PerformanceTable> tables = root.ValueKind switch
            {
                JsonValueKind.Object when root.TryGetProperty("tables", out _) => PerfRulesJson.DeserializeDocument(root.GetRawText()),
                JsonValueKind.Object => new[] { PerfRulesJson.DeserializeTable(root.GetRawText()) },
                JsonValueKind.Array => root.EnumerateArray().Select(e => PerfRulesJson.DeserializeTable(e.GetRawText())).ToList(),
                _ => throw new JsonException("the top level is neither a table, an array of tables nor a document"),
            };
            return Loaded(path, tables);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, "JSON 无法读取（" + e.Message + "）");
        }
    }

    private static TableReadResult ReadJsonLines(string path)
    {
        var tables = new List<PerformanceTable>();
        try
        {
            using var stream = File.OpenRead(path);
            tables.AddRange(PerfRulesJson.ReadLines(stream));
            return Loaded(path, tables);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // Tables before the bad line are kept; the bad line is reported.
            return Loaded(path, tables) with { Findings = ValueList.Of(new Finding(ImportRuleIds.UnreadableInput, Severity.Error, "无法读取：JSON Lines " + e.Message, FindingLocation.Table)) };
        }
    }

    private static TableReadResult Loaded(string path, IEnumerable<PerformanceTable> tables) => new()
    {
        Source = path,
        Tables = tables.Select(t => t.Source is null ? t with { Source = path } : t).ToValueList(),
    };

    private static TableReadResult Unreadable(string path, string why) => new()
    {
        Source = path,
        Findings = ValueList.Of(new Finding(ImportRuleIds.UnreadableInput, Severity.Error, "无法读取：" + why, FindingLocation.Table)),
    };
}
