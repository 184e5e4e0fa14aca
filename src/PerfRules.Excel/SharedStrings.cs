using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;

namespace PerfRules.Excel;

/// <summary>The workbook's shared string table (<c>sharedStrings.xml</c>), streamed: plain and rich-text items, without phonetic guides.</summary>
internal static class SharedStrings
{
    public static List<string> Read(Stream xml)
    {
        var items = new List<string>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(xml, settings);
        long characters = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "si") continue;
            if (items.Count >= WorkbookTableReader.MaxSharedStrings)
            {
                throw new WorkbookLimitException(nameof(WorkbookTableReader.MaxSharedStrings), "共享字符串个数", WorkbookTableReader.MaxSharedStrings);
            }

            var item = ReadItem(reader);
            characters += item.Length;
            if (characters > WorkbookTableReader.MaxSharedStringCharacters)
            {
                throw new WorkbookLimitException(nameof(WorkbookTableReader.MaxSharedStringCharacters), "共享字符串总字符数", WorkbookTableReader.MaxSharedStringCharacters);
            }

            items.Add(item);
        }

        return items;
    }

    /// <summary>
    /// The text of the current <c>&lt;si&gt;</c> or <c>&lt;is&gt;</c> element: its <c>&lt;t&gt;</c> runs concatenated,
    /// leaving out <c>&lt;rPh&gt;</c> phonetic runs (furigana/pinyin guides are not cell text). Leaves the reader on its end element.
    /// </summary>
    public static string ReadItem(XmlReader reader)
    {
        if (reader.IsEmptyElement) return string.Empty;
        var text = new StringBuilder();
        var depth = reader.Depth;
        var phonetic = 0;
        var inT = false;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "rPh" && !reader.IsEmptyElement:
                    phonetic++;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "rPh":
                    phonetic--;
                    break;
                case XmlNodeType.Element when reader.LocalName == "t" && !reader.IsEmptyElement:
                    inT = true;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "t":
                    inT = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inT && phonetic == 0:
                    text.Append(reader.Value);
                    break;
            }
        }

        return Unescape(text.ToString());
    }

    /// <summary>Excel writes characters XML cannot hold as <c>_xHHHH_</c>; a literal underscore-x is <c>_x005F_</c>.</summary>
    private static string Unescape(string text)
    {
        if (text.IndexOf("_x", System.StringComparison.Ordinal) < 0) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_'
                && int.TryParse(text.Substring(i + 2, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code))
            {
                sb.Append((char)code);
                i += 6;
                continue;
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
    }
}
