using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Testing;
using Xunit;

namespace PerfRules.Cli.Tests;

/// <summary>
/// The byte reader of JSON Lines files has the lines a <see cref="StreamReader"/> has (decoded, they are the same
/// strings), the same line ends, the same over-long line, for any mix of ASCII, CJK, 4-byte characters, invalid and
/// truncated UTF-8, byte order marks and CR/LF/CRLF.
/// </summary>
public sealed class Utf8LineReaderTests
{
    private const int Max = 6;

    private static readonly byte[][] Pieces =
    {
        "a"u8.ToArray(), "{"u8.ToArray(), " "u8.ToArray(), "\r"u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray(),
        "中"u8.ToArray(), "\u3000"u8.ToArray(), "😀"u8.ToArray(), new byte[] { 0xFF }, new byte[] { 0xE4, 0xB8 }, new byte[] { 0xEF, 0xBB, 0xBF },
    };

    [Fact]
    public void Lines_are_those_of_a_text_reader()
    {
        var input = Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => p.SelectMany(b => b).ToArray()).ToArbitrary();
        FuzzSettings.Check(input, bytes => Assert.Equal(TextReaderLines(bytes), ByteReaderLines(bytes)));
    }

    [Theory]
    [InlineData("a\r\nb\rc\nd", new[] { "a", "b", "c", "d" })]
    [InlineData("\uFEFFab\n\n", new[] { "ab", "" })]
    [InlineData("中中中中中中\n中中中中中中中\nx", new[] { "中中中中中中", "<too long>" })]
    [InlineData("😀😀😀\n😀😀😀😀", new[] { "😀😀😀", "<too long>" })]
    public void Known_inputs(string text, string[] expected)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(expected, ByteReaderLines(bytes));
        Assert.Equal(expected, TextReaderLines(bytes));
    }

    [Fact]
    public void A_line_split_across_reads_and_over_the_limit_only_by_its_last_character_is_too_long()
    {
        // 70,000 bytes of one line, read in 64 KB blocks: 23,333 characters and one incomplete one at the end.
        var bytes = Encoding.UTF8.GetBytes(new string('中', 23_333)).Concat(new byte[] { 0xE4 }).ToArray();
        Assert.Equal(new[] { "<too long>" }, ByteReaderLines(bytes, 23_333));
        Assert.Equal(new[] { Encoding.UTF8.GetString(bytes) }, ByteReaderLines(bytes, 23_334));
    }

    private static List<string> ByteReaderLines(byte[] bytes, int max = Max)
    {
        var reader = new Utf8LineReader(new MemoryStream(bytes), max);
        var lines = new List<string>();
        var chunk = new JsonLinesChunk();
        while (reader.ReadLine(chunk))
        {
            if (reader.LastLineTooLong)
            {
                lines.Add("<too long>");
                break;
            }

            lines.Add(Encoding.UTF8.GetString(chunk.CurrentLine));
            chunk.EndLine(lines.Count);
        }

        chunk.Release();
        return lines;
    }

    private static List<string> TextReaderLines(byte[] bytes)
    {
        using var reader = new BoundedLineReader(new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true), Max);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (reader.LastLineTooLong)
            {
                lines.Add("<too long>");
                break;
            }

            lines.Add(line);
        }

        return lines;
    }
}
