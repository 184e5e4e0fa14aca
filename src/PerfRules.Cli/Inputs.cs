using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Json;
using PerfRules.Rules.Loading;
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

    /// <summary>
    /// The files named by <paramref name="paths"/>, sorted and without duplicates; a path that does not exist is returned as is
    /// (reading it reports I10). Folders are searched without following links to folders (a link such as <c>loop -&gt; ..</c>
    /// or <c>self -&gt; .</c> would visit the same files again, or for ever); links to files are listed and checked when read.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var f in FilesUnder(path))
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

    /// <summary>Every non-folder entry under <paramref name="root"/>, recursively, not descending into links to folders nor into folders that cannot be listed.</summary>
    private static IEnumerable<string> FilesUnder(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 }).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo)
                {
                    if ((entry.Attributes & FileAttributes.ReparsePoint) == 0) pending.Push(Path.Combine(folder, entry.Name));
                }
                else
                {
                    yield return Path.Combine(folder, entry.Name);
                }
            }
        }
    }

    // Build output (bin/, obj/: deps.json, project.assets.json) and hidden folders (.git/) hold no tables.
    private static bool InBuildOrHiddenFolder(string root, string file)
    {
        var relative = Path.GetRelativePath(root, Path.GetDirectoryName(file) ?? root);
        if (relative == ".") return false;
        return relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(d => d is "bin" or "obj" || (d.Length > 1 && d[0] == '.'));
    }

    /// <summary>
    /// The longest JSON Lines line read, in characters: 16 Mi. One table is a few tens of KB; a longer line is refused
    /// with I11 and the file is read no further (the tables before it are kept), so one endless line can neither fill
    /// memory nor keep the run reading.
    /// </summary>
    internal const int MaxJsonLineCharacters = 16 * 1024 * 1024;

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
            if (!string.Equals(Path.GetExtension(file), ".jsonl", StringComparison.OrdinalIgnoreCase) || RegularFile.KindOf(file) != FileKind.Regular)
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
            {
                foreach (var chunk in Chunks(stream)) yield return new InputSegment(file, chunk, start + stream.Position);
                done = start + stream.Length;
            }
        }
    }

    /// <summary>
    /// The lines of one JSON Lines file in runs of <see cref="LinesPerSegment"/> (at least one run, so an empty file
    /// still counts as read), as UTF-8 bytes: read without decoding unless the file starts with a UTF-16 or UTF-32
    /// byte order mark. A line that cannot be read or is too long ends the file with a marker.
    /// </summary>
    private static IEnumerable<JsonLinesChunk> Chunks(Stream stream)
    {
        var head = new byte[4];
        var headLength = 0;
        try
        {
            headLength = stream.Read(head, 0, head.Length);
            stream.Position = 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reading again below reports it with its line number.
        }

        var utf8 = Utf8LineReader.StartsWithOtherByteOrderMark(head.AsSpan(0, headLength)) ? null : new Utf8LineReader(stream, MaxJsonLineCharacters);
        using var text = utf8 is null ? new BoundedLineReader(new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true), MaxJsonLineCharacters) : null;
        var chunk = new JsonLinesChunk();
        var number = 0;
        var any = false;
        while (true)
        {
            bool read;
            try
            {
                read = utf8?.ReadLine(chunk) ?? text!.ReadLine(chunk);
                if (read)
                {
                    number++;
                    if (utf8?.LastLineTooLong ?? text!.LastLineTooLong)
                    {
                        // A line this long is no table: the file is not read further (its tables before it are kept).
                        chunk.AddTooLong(number);
                        read = false;
                    }
                    else if (IsBlank(chunk.CurrentLine)) chunk.DropLine();
                    else chunk.EndLine(number);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Reported as a line that cannot be read; the lines before it are kept.
                chunk.DropLine();
                chunk.AddFailure(number + 1, e.Message);
                read = false;
            }

            if (chunk.Count >= LinesPerSegment || (!read && (chunk.Count > 0 || !any)))
            {
                any = true;
                yield return chunk;
                chunk = new JsonLinesChunk();
            }

            if (!read) break;
        }
    }

    // As string.Trim().Length == 0 of the decoded line, decoding only a line that has non-ASCII bytes before its first non-blank.
    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b >= 0x80) return string.IsNullOrWhiteSpace(System.Text.Encoding.UTF8.GetString(line.ToArray()));
            if (!char.IsWhiteSpace((char)b)) return false;
        }

        return true;
    }


    /// <summary>
    /// Reads one segment: a whole file as <see cref="Read"/> does, or JSON Lines lines, each into one table; a line
    /// that is not a table becomes an I10 finding with its line number and the reading goes on with the next line.
    /// </summary>
    public static TableReadResult ReadSegment(InputSegment segment) => ReadSegment(segment, TableReaderOptions.Default);

    /// <summary><see cref="ReadSegment(InputSegment)"/> with reader options (a profile's extra labels).</summary>
    public static TableReadResult ReadSegment(InputSegment segment, TableReaderOptions options)
    {
        if (segment.Lines is not { } lines) return Read(segment.Path, options);
        var tables = new List<PerformanceTable>(lines.Count);
        List<Finding>? findings = null;
        try
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var (number, _, _, marker) = lines[i];
                if (ReferenceEquals(marker, JsonLinesChunk.Entry.TooLong))
                {
                    (findings ??= new()).Add(TooLong("JSON Lines 第 " + (-number).ToString(System.Globalization.CultureInfo.InvariantCulture) + " 行的长度（字符）", MaxJsonLineCharacters + 1L, MaxJsonLineCharacters,
                        "该行及其后的内容未读取（此前各行照常检查）", FindingLocation.Table with { Line = -number }, "MaxJsonLineCharacters", exact: false));
                    continue;
                }

                if (marker is not null)
                {
                    (findings ??= new()).Add(new Finding(ImportRuleIds.UnreadableInput, Severity.Error, "无法读取：JSON Lines 第 " + (-number).ToString(System.Globalization.CultureInfo.InvariantCulture) + " 行起（" + marker + "）", FindingLocation.Table with { Line = -number }));
                    continue;
                }

                try
                {
                    tables.Add(ParseLine(lines.Bytes(i)));
                }
                catch (JsonException e)
                {
                    (findings ??= new()).Add(ImportFindings.UnreadableJsonLine(number, e));
                }
            }
        }
        finally
        {
            lines.Release();
        }

        var read = Loaded(segment.Path, tables);
        return findings is null ? read : read with { Findings = findings.ToValueList() };
    }

    // Straight from the bytes; a line that is not valid UTF-8 is decoded first (invalid bytes become U+FFFD, as a text reader has them).
    private static PerformanceTable ParseLine(ReadOnlySpan<byte> line) =>
        System.Text.Unicode.Utf8.IsValid(line) ? PerfRulesJson.DeserializeTable(line) : PerfRulesJson.DeserializeTable(System.Text.Encoding.UTF8.GetString(line.ToArray()));

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
    public static IEnumerable<TableReadResult> ReadAll(IEnumerable<string> paths) => Expand(paths).Select(p => Read(p, TableReaderOptions.Default));

    /// <summary>Reads one file by its extension: JSON documents/tables, JSON Lines, CSV, .xlsx workbooks, or PDF-extracted text.</summary>
    public static TableReadResult Read(string path, TableReaderOptions options)
    {
        // Only regular files are opened: a FIFO would block for ever, /dev/zero would never end.
        switch (RegularFile.KindOf(path))
        {
            case FileKind.Regular:
                break;
            case FileKind.Missing:
                return Unreadable(path, "文件不存在");
            case FileKind.Folder:
                return Unreadable(path, "是文件夹");
            case var kind:
                return Unreadable(path, "不是常规文件（" + KindText(kind) + "），只读取常规文件");
        }

        var limit = TableReaderOptions.Default.MaxInputBytes;
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext == ".json" && RegularFile.Length(path) is var size && size > limit)
        {
            return new TableReadResult
            {
                Source = path,
                Findings = ValueList.Of(TooLong("输入大小（字节）", size, limit, "未读取任何内容；如确需读取，请调大该上限", FindingLocation.Table, nameof(TableReaderOptions.MaxInputBytes), exact: true)),
            };
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jsonl" => ReadJsonLines(path),

            // Every other format through the library's one entry (limits, decoding, I10/I11 alike); .xlsx via PerfRules.Excel.
            _ => TableFile.Read(path, options),
        };
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

    private static string KindText(FileKind kind) => kind switch
    {
        FileKind.Fifo => "是命名管道 FIFO",
        FileKind.CharacterDevice => "是字符设备",
        FileKind.BlockDevice => "是块设备",
        FileKind.Socket => "是套接字",
        _ => "不是普通文件",
    };

    /// <summary>I11 in the words of the reader's own limit findings.</summary>
    private static Finding TooLong(string subject, long actual, long limit, string what, FindingLocation location, string option, bool exact)
    {
        static string N(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        var owner = option == nameof(TableReaderOptions.MaxInputBytes) ? "TableReaderOptions." : "perfrules ";
        return new Finding(ImportRuleIds.LimitExceeded, Severity.Error,
            "超出上限：" + subject + " " + (exact ? N(actual) : "超过 " + N(limit)) + "，超过上限 " + N(limit) + "（" + owner + option + "）；" + what, location)
        {
            Arguments = ValueList.Of(
                new FindingArgument("limit", option),
                new FindingArgument("value", actual.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new FindingArgument("maximum", limit.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        };
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
