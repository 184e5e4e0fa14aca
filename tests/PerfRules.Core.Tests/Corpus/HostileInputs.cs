using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace PerfRules.Tests.Corpus;

/// <summary>What reading a corpus input must give.</summary>
public enum Outcome
{
    /// <summary>At least one table (possibly with repairs, unplaced lines and I10/I11 findings).</summary>
    Tables,

    /// <summary>No table, but every line kept as an unplaced line (and an I10 finding saying no table was found).</summary>
    NoTable,

    /// <summary>The whole input refused with one I10 or I11 error finding (binary, undecodable, empty, over a limit).</summary>
    Refused,
}

/// <summary>One hostile input: a name, how to make its bytes, and the outcome it must give.</summary>
/// <param name="Name">A short name (the test case name).</param>
/// <param name="What">What is wrong with it.</param>
/// <param name="Make">Makes the bytes (large inputs are generated, small ones read from <c>Corpus/files/</c>).</param>
/// <param name="Expected">The outcome.</param>
/// <param name="Large">True for the inputs of several MB (read once per test run, kept out of the parallel engine tests).</param>
public sealed record CorpusInput(string Name, string What, Func<byte[]> Make, Outcome Expected, bool Large = false)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>
/// The hostile-input corpus (tests/PerfRules.Core.Tests/Corpus): garbled tables, wrong encodings, binary
/// bytes, huge cells and tables, long numbers, repeated tables. Small inputs are committed under
/// <c>Corpus/files/</c> (bytes exactly as a finance system or a broken copy leaves them); large ones are
/// generated here from the seeds, deterministically. Shared with PerfRules.Rules.Tests, which runs the rule
/// engine and the scorer over every table the corpus yields.
/// </summary>
public static class HostileInputs
{
    private static readonly Dictionary<string, byte[]> Cache = new(StringComparer.Ordinal);

    static HostileInputs() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Where the committed corpus files are copied (next to the test assembly).</summary>
    public static string FilesFolder => Path.Combine(AppContext.BaseDirectory, "Corpus", "files");

    /// <summary>The seed file with six tables (UTF-8).</summary>
    public static string Seed001 => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "001_31cd2f4c762929cd.txt"));

    /// <summary>The seed file with the one large table (38 indicators).</summary>
    public static string Seed000 => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "000_27d945da3f6b14f2.txt"));

    /// <summary>Every corpus input.</summary>
    public static IReadOnlyList<CorpusInput> All { get; } = new[]
    {
        // committed files
        Committed("gbk-table", "a seed table saved in GBK (code page 936), as older finance systems export", Outcome.Tables),
        Committed("gb18030-table", "a seed table saved in GB18030", Outcome.Tables),
        Committed("utf16le-bom-table", "a seed table saved as UTF-16 little-endian with BOM (Windows Notepad 'Unicode')", Outcome.Tables),
        Committed("utf16be-table", "a seed table saved as UTF-16 big-endian without BOM", Outcome.Tables),
        Committed("crlf-bom-table", "Windows line endings and a UTF-8 BOM", Outcome.Tables),
        Committed("truncated-mid-row", "cut off in the middle of an indicator row", Outcome.Tables),
        Committed("truncated-mid-character", "cut off inside a three-byte UTF-8 character", Outcome.Tables),
        Committed("columns-shuffled", "header, funding and indicator cells in shuffled column order", Outcome.Tables),
        Committed("title-only", "nothing but the form's title", Outcome.Tables),
        Committed("no-title-no-name", "tab-separated text that is not a table", Outcome.NoTable),
        Committed("binary", "random bytes", Outcome.Refused),
        Committed("pdf-header", "a PDF file given as text", Outcome.Refused),
        Committed("xlsx-zip", "an .xlsx (zip) file given as text", Outcome.Refused),
        Committed("nul-bytes", "a seed table with NUL bytes (a UTF-16 file misread as bytes)", Outcome.Refused),
        Committed("latin1", "Latin-1 text, neither UTF-8 nor GB18030", Outcome.Refused),
        Committed("empty", "an empty file", Outcome.Refused),
        Committed("whitespace-only", "blanks, tabs and line breaks only", Outcome.Refused),
        Committed("long-numbers", "60-digit amounts and targets, 1e309, numbers beyond decimal", Outcome.Tables),
        Committed("gbk-line-in-utf8", "a UTF-8 table with one line pasted from a GBK export", Outcome.Tables),
        Committed("control-characters", "escape, vertical tab, zero-width and bidi characters in cells", Outcome.Tables),
        Committed("old-mac-line-ends", "CR-only line ends", Outcome.Tables),

        // generated
        Generated("cell-10mb", "a 10 MB 中长期目标 cell (3.5 million characters, over the 1 Mi cell limit)", Outcome.Tables, () => Utf8(Seed001.Replace("中长期目标\tOA系统功能完善", "中长期目标\t" + new string('宁', 10 * 1024 * 1024 / 3) + "OA系统功能完善", StringComparison.Ordinal)), large: true),
        Generated("rows-100k", "one table with 100,000 indicator rows (the default row limit)", Outcome.Tables, () => Utf8(TableWithRows(100_000)), large: true),
        Generated("tables-1000", "the 38-row seed table repeated 1,000 times", Outcome.Tables, () => Utf8(string.Join("\n", Enumerable.Repeat(Seed000, 1000))), large: true),
        Generated("headers-repeated", "the indicator header repeated after every row (page breaks)", Outcome.Tables, () => Utf8(RepeatHeaders(Seed001))),
        Generated("lines-1m", "1,000,001 line breaks (over the line limit)", Outcome.Refused, () => Utf8(new string('\n', 1_000_001)), large: true),
        Generated("tabs-1m", "a line of a million tabs after the title", Outcome.Tables, () => Utf8("南京市市级项目预算绩效目标表\n" + new string('\t', 1_000_000) + "x\n" + Seed000)),
        Generated("html-nested", "10,000 nested <p> tags in a prose cell", Outcome.Tables, () => Utf8(Seed000.Replace("中长期目标\t\t", "中长期目标\t\t" + string.Concat(Enumerable.Repeat("<p>", 10_000)) + "文字" + string.Concat(Enumerable.Repeat("</p>", 10_000)), StringComparison.Ordinal))),
        Generated("every-line-doubled", "every line written twice", Outcome.Tables, () => Utf8(string.Join("\n", Seed001.Split('\n').SelectMany(l => new[] { l, l })))),
        Generated("lines-reversed", "the seed's lines in reverse order", Outcome.Tables, () => Utf8(string.Join("\n", Seed001.Split('\n').Reverse()))),
        Generated("no-tabs", "every tab turned into a space", Outcome.Tables, () => Utf8(Seed001.Replace('\t', ' '))),
        Generated("utf16le-no-bom-large", "all seeds in UTF-16 without BOM", Outcome.Tables, () => new UnicodeEncoding(false, false).GetBytes(Seed000 + "\n" + Seed001)),
    };

    /// <summary>The bytes of an input, made once per test run.</summary>
    public static byte[] Bytes(CorpusInput input)
    {
        if (input is null) throw new ArgumentNullException(nameof(input));
        lock (Cache)
        {
            if (!Cache.TryGetValue(input.Name, out var bytes)) Cache[input.Name] = bytes = input.Make();
            return bytes;
        }
    }

    /// <summary>The input named <paramref name="name"/>.</summary>
    public static CorpusInput Named(string name) => All.Single(i => i.Name == name);

    /// <summary>The corpus as xunit theory data (names).</summary>
    public static IEnumerable<object[]> Names(bool includeLarge = true) => All.Where(i => includeLarge || !i.Large).Select(i => new object[] { i.Name });

    /// <summary>One table with <paramref name="rows"/> indicator rows: the seed's header, the 11 standard rows, then 产出 rows.</summary>
    public static string TableWithRows(int rows)
    {
        var seed = Seed000.Split('\n');
        var header = seed.TakeWhile(l => !l.StartsWith("一级指标", StringComparison.Ordinal)).ToList();
        var block = seed.SkipWhile(l => !l.StartsWith("一级指标", StringComparison.Ordinal)).Take(12).ToList(); // header line + 11 standard rows
        var text = new StringBuilder(rows * 48);
        foreach (var l in header.Concat(block)) text.Append(l).Append('\n');
        for (var i = 11; i < rows; i++)
        {
            text.Append(i == 11 ? "产出指标\t数量指标\t" : "\t\t")
                .Append("服务企业数").Append(i).Append("（家）\t≥").Append(i % 500).Append("家\t≥").Append(i % 1000).Append("家\n");
        }

        return text.ToString();
    }

    private static string RepeatHeaders(string text)
    {
        var lines = text.Split('\n');
        var header = lines.First(l => l.StartsWith("一级指标", StringComparison.Ordinal));
        var result = new List<string>();
        var inBlock = false;
        foreach (var l in lines)
        {
            result.Add(l);
            if (l.StartsWith("一级指标", StringComparison.Ordinal)) inBlock = true;
            else if (l.Length == 0 || l.Contains("绩效目标表", StringComparison.Ordinal)) inBlock = false;
            else if (inBlock) result.Add(header);
        }

        return string.Join("\n", result);
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static CorpusInput Committed(string name, string what, Outcome expected) =>
        new(name, what, () => File.ReadAllBytes(Directory.GetFiles(FilesFolder, name + ".*").Single()), expected);

    private static CorpusInput Generated(string name, string what, Outcome expected, Func<byte[]> make, bool large = false) =>
        new(name, what, make, expected, large);
}
