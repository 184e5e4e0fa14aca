using System.Collections.Generic;
using System.Text;

namespace PerfRules.Import;

/// <summary>
/// Splits CSV text into records (RFC 4180): fields separated by the delimiter, records by CRLF, LF or CR
/// outside quotes; a quoted field may hold delimiters, line breaks and doubled quotes (<c>""</c>).
/// Lenient where real exports are sloppy, and never loses text: a quote inside an unquoted field is
/// literal, text after a closing quote is appended, and an unterminated quote runs to the end of the
/// input (reported by the caller).
/// </summary>
internal static class CsvRecords
{
    // Long by design: a single-pass scanner whose states (in quotes, at a field's start, the record's first line) share one
    // position and the field being built; split, each part would need all of them.
    /// <summary>The records with the 1-based line each starts on; <paramref name="unterminatedLine"/> is the line of an unclosed quote, or 0.</summary>
    public static List<GridRow> Split(string text, char delimiter, out int unterminatedLine)
    {
        unterminatedLine = 0;
        var records = new List<GridRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var recordLine = 1;
        var quoteLine = 0;
        var inQuotes = false;
        var atFieldStart = true;
        var recordHasContent = false;

        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))) line++;
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && atFieldStart)
            {
                inQuotes = true;
                quoteLine = line;
                atFieldStart = false;
                recordHasContent = true;
                continue;
            }

            if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
                recordHasContent = true;
                continue;
            }

            if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                field.Clear();
                records.Add(new GridRow(recordLine, fields.ToArray()));
                fields.Clear();
                line++;
                recordLine = line;
                atFieldStart = true;
                recordHasContent = false;
                continue;
            }

            field.Append(c);
            atFieldStart = false;
            recordHasContent = true;
        }

        if (inQuotes) unterminatedLine = quoteLine;
        if (recordHasContent || field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(new GridRow(recordLine, fields.ToArray()));
        }

        return records;
    }

    /// <summary>
    /// The delimiter: a comma, unless the first lines hold no comma outside quotes but do hold semicolons
    /// (European Excel) or tabs (a tab-separated file saved as .csv).
    /// </summary>
    public static char Detect(string text)
    {
        int commas = 0, semicolons = 0, tabs = 0, lines = 0;
        var inQuotes = false;
        foreach (var c in text)
        {
            if (c == '"') inQuotes = !inQuotes;
            if (inQuotes) continue;
            switch (c)
            {
                case ',': commas++; break;
                case ';': semicolons++; break;
                case '\t': tabs++; break;
                case '\n':
                    if (++lines >= 50) goto done;
                    break;
            }
        }

    done:
        if (commas > 0) return ',';
        if (tabs > 0) return '\t';
        return semicolons > 0 ? ';' : ',';
    }
}
