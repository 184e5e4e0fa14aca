using System.Collections.Generic;
using PerfRules.Tables;

namespace PerfRules.Analyzers.TableFiles;

/// <summary>Where a piece of a table file is: a 1-based line (text files) or a character span (JSON files).</summary>
internal readonly struct FilePosition
{
    private FilePosition(int line, int offset, int length)
    {
        Line = line;
        Offset = offset;
        Length = length;
    }

    /// <summary>1-based line, or 0 when the position is a span.</summary>
    public int Line { get; }

    /// <summary>0-based offset of a span.</summary>
    public int Offset { get; }

    /// <summary>Length of a span.</summary>
    public int Length { get; }

    public bool IsKnown => Line > 0 || Length > 0;

    public static FilePosition AtLine(int? line) => new(line is > 0 ? line.Value : 0, 0, 0);

    public static FilePosition AtSpan(int offset, int length) => new(0, offset, length);
}

/// <summary>A table read from a table file with the positions of its parts, so a finding can point into the file.</summary>
internal sealed class LocatedTable
{
    public LocatedTable(PerformanceTable table, FilePosition position)
    {
        Table = table;
        Position = position;
    }

    public PerformanceTable Table { get; }

    /// <summary>Where the table starts.</summary>
    public FilePosition Position { get; }

    /// <summary>Per indicator row (1-based <see cref="Indicator.Row"/>): the row, its half-year cell, its full-year cell.</summary>
    public Dictionary<int, (FilePosition Row, FilePosition Half, FilePosition Full)> Indicators { get; } = new();

    /// <summary>Per header or funding field label (资金总额, 项目类型, 支出:&lt;name&gt; …).</summary>
    public Dictionary<string, FilePosition> Fields { get; } = new(System.StringComparer.Ordinal);
}

/// <summary>A problem reading a table file (catalogue id I10 and the like), with its position.</summary>
internal sealed class TableFileProblem
{
    public TableFileProblem(string ruleId, string message, FilePosition position)
    {
        RuleId = ruleId;
        Message = message;
        Position = position;
    }

    public string RuleId { get; }

    public string Message { get; }

    public FilePosition Position { get; }
}
