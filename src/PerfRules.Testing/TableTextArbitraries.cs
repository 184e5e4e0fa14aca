using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Export;
using PerfRules.Tables;

namespace PerfRules.Testing;

/// <summary>Generators of raw table text as finance systems export it: clean, garbled, and encoded to bytes.</summary>
/// <remarks>
/// <see cref="TableText"/> is one to three seed-shaped tables written in the tab-separated Nanjing layout
/// (title, 年度, header fields, prose, the 项目资金 block, the indicator block with merged 一级/二级 cells left
/// blank). <see cref="GarbledTableText"/> applies one to four of the damages PDF extraction and hand editing
/// really cause (<see cref="Garblings"/>). <see cref="EncodedTableText"/> turns either into the bytes of a
/// file in UTF-8, UTF-16 or GB18030, with or without a byte-order mark. Garbling positions come from a
/// generated seed, so a failing case replays exactly from FsCheck's reported seed.
/// </remarks>
public static partial class Arbitraries
{
    /// <summary>The names of the damages <see cref="GarbledTableText()"/> applies, as reported in <see cref="Testing.GarbledTableText.Garblings"/>.</summary>
    public static IReadOnlyList<string> Garblings { get; } = new[]
    {
        "truncated mid-row", "columns shuffled", "tabs lost", "line split", "lines joined", "line duplicated", "junk line",
        "blank lines", "CRLF line ends", "CR line ends", "mixed line ends", "BOM", "full-width line", "HTML in a cell",
        "extremely long number", "title only", "tables repeated", "control characters", "span deleted", "cell emptied",
        "label spaced", "brackets swapped", "header repeated", "lines reversed",
    };

    private static readonly string[] JunkLines =
    {
        "第 1 页 共 3 页", "~~~~~~", "<p>", "</p>&nbsp;", "备注：以上数据仅供参考", "123456789012345678901234567890", "\t\t\t", "　", "—— 以下空白 ——",
        "单位：万元", "填报人：", "#", "(盖章)", "合计\t\t\t100", "一级指标", "项目名称", "序时进度", "效益指标\t\t", "abc\tdef\tghi",
    };

    /// <summary>One to three seed-shaped tables written in the Nanjing layout; reading the text gives the tables back.</summary>
    public static Arbitrary<TableText> TableText() => TableTextGen.ToArbitrary();

    /// <summary>The generator behind <see cref="TableText()"/>.</summary>
    public static Gen<TableText> TableTextGen =>
        from count in Gen.Frequency((6, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)))
        from tables in Gen.ListOf(WritableTableGen(), count)
        select new TableText(TableTextWriter.Write(tables), tables.ToValueList());

    /// <summary>
    /// Seed-shaped table text with one to four damages from <see cref="Garblings"/>: truncated mid-row,
    /// columns shuffled, tabs lost, lines split, joined, duplicated or reversed, junk and blank lines, CRLF/CR/mixed
    /// line ends, a BOM, full-width text, HTML, 60-digit numbers, only the title left, tables repeated,
    /// control characters, deleted spans, emptied cells, spaced labels, swapped brackets, repeated headers.
    /// The reader must neither throw nor lose text on any of them.
    /// </summary>
    public static Arbitrary<GarbledTableText> GarbledTableText() => GarbledTableTextGen.ToArbitrary();

    /// <summary>The generator behind <see cref="GarbledTableText()"/>.</summary>
    public static Gen<GarbledTableText> GarbledTableTextGen =>
        from clean in TableTextGen
        from count in Gen.Choose(1, 4)
        from damages in Gen.ListOf(Gen.Choose(0, Garblings.Count - 1), count)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select Garble(clean.Text, damages, seed);

    /// <summary>
    /// Clean or garbled table text as the bytes of a file: UTF-8 with or without BOM, UTF-16 little- or
    /// big-endian with or without BOM, or GB18030 (the encoding Chinese government systems still export).
    /// </summary>
    public static Arbitrary<EncodedTableText> EncodedTableText() => EncodedTableTextGen.ToArbitrary();

    /// <summary>The generator behind <see cref="EncodedTableText()"/>.</summary>
    public static Gen<EncodedTableText> EncodedTableTextGen =>
        from text in Gen.OneOf(TableTextGen.Select(t => t.Text), GarbledTableTextGen.Select(g => g.Text))
        from encoding in Gen.Elements("utf-8", "utf-8", "utf-8-bom", "utf-16", "utf-16-bom", "utf-16be-bom", "gb18030", "gb18030")
        select Testing.EncodedTableText.Encode(text, encoding);

    /// <summary>Applies the damages numbered <paramref name="damages"/> (indexes into <see cref="Garblings"/>) to <paramref name="text"/>, positions drawn from <paramref name="seed"/>.</summary>
    public static GarbledTableText Garble(string text, IEnumerable<int> damages, int seed)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (damages is null) throw new ArgumentNullException(nameof(damages));
        var random = new Random(seed);
        var applied = new List<string>();
        var current = text;
        foreach (var d in damages)
        {
            var index = ((d % Garblings.Count) + Garblings.Count) % Garblings.Count;
            current = Damage(current, index, random);
            applied.Add(Garblings[index]);
        }

        return new GarbledTableText(current, text, applied.ToValueList());
    }

    // Long by design: one case per garbling kind (the Garblings list names them in the same order); each case is a few lines.
    private static string Damage(string text, int damage, Random random)
    {
        var lines = text.Split('\n').ToList();
        int Pick() => random.Next(lines.Count);
        switch (damage)
        {
            case 0: // truncated mid-row: cut inside a non-blank line
                {
                    var candidates = Enumerable.Range(0, lines.Count).Where(i => lines[i].Length > 1).ToList();
                    if (candidates.Count == 0) return text;
                    var at = candidates[random.Next(candidates.Count)];
                    var keep = lines.Take(at).Append(lines[at].Substring(0, random.Next(1, lines[at].Length)));
                    return string.Join("\n", keep);
                }

            case 1: // columns shuffled on one line
                {
                    var at = Pick();
                    var cells = lines[at].Split('\t');
                    lines[at] = string.Join("\t", cells.OrderBy(_ => random.Next()));
                    break;
                }

            case 2:
                {
                    var at = Pick();
                    lines[at] = lines[at].Replace('\t', ' ');
                    break;
                }

            case 3: // a line split at a tab (a cell wrapped onto the next line)
                {
                    var at = Pick();
                    var tab = lines[at].IndexOf('\t', Math.Min(lines[at].Length, 1));
                    if (tab < 0) return text;
                    lines.Insert(at + 1, lines[at].Substring(tab + 1));
                    lines[at] = lines[at].Substring(0, tab);
                    break;
                }

            case 4:
                {
                    if (lines.Count < 2) return text;
                    var at = random.Next(lines.Count - 1);
                    lines[at] = lines[at] + "\t" + lines[at + 1];
                    lines.RemoveAt(at + 1);
                    break;
                }

            case 5:
                {
                    var at = Pick();
                    lines.Insert(at, lines[at]);
                    break;
                }

            case 6:
                lines.Insert(random.Next(lines.Count + 1), JunkLines[random.Next(JunkLines.Length)]);
                break;
            case 7:
                for (var k = random.Next(1, 4); k > 0; k--) lines.Insert(random.Next(lines.Count + 1), random.Next(2) == 0 ? string.Empty : " \t ");
                break;
            case 8:
                return text.Replace("\n", "\r\n");
            case 9:
                return text.Replace('\n', '\r');
            case 10:
                return string.Concat(lines.Select((l, i) => l + (i == lines.Count - 1 ? string.Empty : random.Next(3) == 0 ? "\r\n" : "\n")));
            case 11:
                return "\uFEFF" + text;
            case 12:
                {
                    var at = Pick();
                    lines[at] = ToFullWidth(lines[at]);
                    break;
                }

            case 13:
                {
                    var at = Pick();
                    var cells = lines[at].Split('\t');
                    var c = random.Next(cells.Length);
                    cells[c] = "<p>" + cells[c].Replace("&", "&amp;") + "</p><p>&nbsp;</p>";
                    lines[at] = string.Join("\t", cells);
                    break;
                }

            case 14: // a number of 60 digits (beyond decimal) in place of a cell, or appended
                {
                    var at = Pick();
                    var cells = lines[at].Split('\t');
                    var c = random.Next(cells.Length);
                    var digits = new string('9', 60) + (random.Next(2) == 0 ? ".5" : string.Empty);
                    cells[c] = random.Next(2) == 0 ? "≥" + digits + "家" : digits;
                    lines[at] = string.Join("\t", cells);
                    break;
                }

            case 15:
                {
                    var title = lines.FirstOrDefault(l => l.EndsWith("绩效目标表", StringComparison.Ordinal));
                    return title ?? lines[0];
                }

            case 16:
                return string.Join("\n", Enumerable.Repeat(text, random.Next(2, 6)));
            case 17:
                {
                    var at = Pick();
                    var chars = new[] { '\u0001', '\u000B', '\u007F', '\u001B', '\u200B', '\u00A0' };
                    lines[at] = lines[at].Insert(random.Next(lines[at].Length + 1), chars[random.Next(chars.Length)].ToString());
                    break;
                }

            case 18:
                {
                    if (text.Length < 2) return text;
                    var start = random.Next(text.Length - 1);
                    var length = random.Next(1, Math.Min(200, text.Length - start));
                    return text.Remove(start, length);
                }

            case 19:
                {
                    var at = Pick();
                    var cells = lines[at].Split('\t');
                    cells[random.Next(cells.Length)] = string.Empty;
                    lines[at] = string.Join("\t", cells);
                    break;
                }

            case 20:
                {
                    var at = Pick();
                    var line = lines[at];
                    if (line.Length < 2) return text;
                    lines[at] = line.Insert(random.Next(1, line.Length), random.Next(2) == 0 ? " " : "\u3000");
                    break;
                }

            case 21:
                return text.Replace('（', '\u0001').Replace('(', '（').Replace('\u0001', '(').Replace('）', '\u0002').Replace(')', '）').Replace('\u0002', ')');
            case 22:
                lines.Insert(random.Next(lines.Count + 1), "一级指标\t二级指标\t三级指标\t半年(程) 指标值\t全年(程) 指标值");
                break;
            default:
                {
                    if (lines.Count < 2) return text;
                    var at = random.Next(lines.Count - 1);
                    (lines[at], lines[at + 1]) = (lines[at + 1], lines[at]);
                    break;
                }
        }

        return string.Join("\n", lines);
    }
}

/// <summary>Tables written as tab-separated Nanjing-layout text.</summary>
/// <param name="Text">The text (<c>\n</c> line ends).</param>
/// <param name="Tables">The tables it was written from; reading <paramref name="Text"/> gives them back (without source information).</param>
public sealed record TableText(string Text, ValueList<PerformanceTable> Tables)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>Table text with damages applied.</summary>
/// <param name="Text">The damaged text.</param>
/// <param name="Original">The clean text it was made from.</param>
/// <param name="Garblings">The damages applied, in order (names from <see cref="Arbitraries.Garblings"/>).</param>
public sealed record GarbledTableText(string Text, string Original, ValueList<string> Garblings)
{
    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", Garblings) + "]\n" + Text;
}

/// <summary>Table text encoded as the bytes of a file.</summary>
public sealed class EncodedTableText
{
    private readonly byte[] _bytes;

    private EncodedTableText(byte[] bytes, string encoding, string text)
    {
        _bytes = bytes;
        Encoding = encoding;
        Text = text;
    }

    /// <summary>
    /// The encoding: <c>utf-8</c>, <c>utf-8-bom</c>, <c>utf-16</c> (little-endian, no BOM), <c>utf-16-bom</c>,
    /// <c>utf-16be-bom</c> or <c>gb18030</c>.
    /// </summary>
    public string Encoding { get; }

    /// <summary>The text the bytes encode.</summary>
    public string Text { get; }

    /// <summary>The number of bytes.</summary>
    public int Length => _bytes.Length;

    /// <summary>A copy of the bytes.</summary>
    public byte[] GetBytes() => (byte[])_bytes.Clone();

    /// <summary>Encodes <paramref name="text"/> as <paramref name="encoding"/> (one of the names <see cref="Encoding"/> lists).</summary>
    /// <exception cref="ArgumentException">The encoding name is unknown.</exception>
    public static EncodedTableText Encode(string text, string encoding)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        System.Text.Encoding e = encoding switch
        {
            "utf-8" => new UTF8Encoding(false),
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16" => new UnicodeEncoding(false, false),
            "utf-16-bom" => new UnicodeEncoding(false, true),
            "utf-16be-bom" => new UnicodeEncoding(true, true),
            "gb18030" => Gb18030(),
            _ => throw new ArgumentException("unknown encoding '" + encoding + "'", nameof(encoding)),
        };
        var bytes = e.GetPreamble().Concat(e.GetBytes(text)).ToArray();
        return new EncodedTableText(bytes, encoding, text);
    }

    private static System.Text.Encoding Gb18030()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(54936);
    }

    /// <inheritdoc />
    public override string ToString() => Encoding + ", " + _bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes:\n" + Text;
}
