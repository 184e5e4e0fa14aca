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
/// for <c>.txt</c>, <c>.json</c>, <c>.jsonl</c>, <c>.csv</c>, <c>.xlsx</c> and <c>.xls</c> files (not Excel's <c>~$</c> lock files, nor anything under <c>bin/</c>, <c>obj/</c> or a hidden folder); all files are sorted by path (ordinal) and
/// read in that order, tables in file order. A file that cannot be read becomes an I10 finding for
/// that file and the run goes on.
/// </summary>
internal static class Inputs
{
    private static readonly string[] Extensions = { ".txt", ".json", ".jsonl", ".csv", ".xlsx", ".xls" };

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

    /// <summary>Lines of a <c>.jsonl</c> file per <see cref="InputSegment"/>: enough to amortise the batch's per-item cost, few enough to keep memory small.</summary>
    internal const int LinesPerSegment = 32;

    /// <summary>The total size of <paramref name="files"/> in bytes (0 for a file that cannot be seen): the progress bar's 100 %.</summary>
    public static long TotalBytes(IEnumerable<string> files)
    {
        long total = 0;
        foreach (var f in files)
        {
            try
            {
                if (File.Exists(f)) total += new FileInfo(f).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Progress only: reading the file reports the problem.
            }
        }

        return total;
    }

    /// <summary>
    /// Splits <paramref name="files"/> into units of work, lazily and in order: a <c>.jsonl</c> file becomes runs of
    /// <see cref="LinesPerSegment"/> lines read here (at least one segment, so an empty file still counts as read);
    /// every other file is one segment, read by <see cref="ReadSegment"/>. A <c>.jsonl</c> file that cannot be opened
    /// or read to the end is handed over whole (or from the failure on), so <see cref="ReadSegment"/> reports it as I10.
    /// </summary>
    public static IEnumerable<InputSegment> Segments(IEnumerable<string> files)
    {
        long done = 0;
        foreach (var file in files)
        {
            if (!string.Equals(Path.GetExtension(file), ".jsonl", StringComparison.OrdinalIgnoreCase) || !File.Exists(file))
            {
                done += SizeOf(file);
                yield return new InputSegment(file, null, done);
                continue;
            }

            FileStream? stream = null;
            try
            {
                stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stream = null;
            }

            if (stream is null)
            {
                done += SizeOf(file);
                yield return new InputSegment(file, null, done);
                continue;
            }

            var start = done;
            using (stream)
            using (var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16))
            {
                var lines = new List<KeyValuePair<int, string>>(LinesPerSegment);
                var number = 0;
                var any = false;
                while (true)
                {
                    string? line;
                    string? failure = null;
                    try
                    {
                        line = reader.ReadLine();
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        line = null;
                        failure = e.Message;
                    }

                    if (failure is not null)
                    {
                        // Reported as a line that cannot be read; the lines before it are kept.
                        lines.Add(new KeyValuePair<int, string>(-(number + 1), failure));
                    }
                    else if (line is not null)
                    {
                        number++;
                        if (line.Trim().Length != 0) lines.Add(new KeyValuePair<int, string>(number, line));
                    }

                    if (lines.Count >= LinesPerSegment || (line is null && (lines.Count > 0 || !any)))
                    {
                        any = true;
                        yield return new InputSegment(file, lines, start + stream.Position);
                        lines = new List<KeyValuePair<int, string>>(LinesPerSegment);
                    }

                    if (line is null) break;
                }

                done = start + stream.Length;
            }
        }
    }

    /// <summary>
    /// Reads one segment: a whole file as <see cref="Read"/> does, or JSON Lines lines, each into one table; a line
    /// that is not a table becomes an I10 finding with its line number and the reading goes on with the next line.
    /// </summary>
    public static TableReadResult ReadSegment(InputSegment segment)
    {
        if (segment.Lines is not { } lines) return Read(segment.Path);
        var tables = new List<PerformanceTable>(lines.Count);
        List<Finding>? findings = null;
        foreach (var (number, text) in lines)
        {
            if (number < 0)
            {
                (findings ??= new()).Add(new Finding(ImportRuleIds.UnreadableInput, Severity.Error, "无法读取：JSON Lines 第 " + (-number).ToString(System.Globalization.CultureInfo.InvariantCulture) + " 行起（" + text + "）", FindingLocation.Table with { Line = -number }));
                continue;
            }

            try
            {
                tables.Add(PerfRulesJson.DeserializeTable(text));
            }
            catch (JsonException e)
            {
                (findings ??= new()).Add(new Finding(ImportRuleIds.UnreadableInput, Severity.Error, "无法读取：JSON Lines 第 " + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 行（" + e.Message + "）", FindingLocation.Table with { Line = number }));
            }
        }

        var read = Loaded(segment.Path, tables);
        return findings is null ? read : read with { Findings = findings.ToValueList() };
    }

    private static long SizeOf(string file)
    {
        try
        {
            return File.Exists(file) ? new FileInfo(file).Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
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
            ".xlsx" or ".xls" => PerfRules.Excel.WorkbookTableReader.ReadFile(path),
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

            // Strict: an unknown member or a repeated key is an I06 naming its JSON path; what is no table is I10.
            var read = TableJsonReader.Read(root.GetRawText(), path);
            return read with { Tables = read.Tables.Select(t => t.Source is null ? t with { Source = path } : t).ToValueList() };
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
