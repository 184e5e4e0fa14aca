using System;

namespace PerfRules.Excel;

/// <summary>
/// A workbook went over one of <see cref="WorkbookTableReader"/>'s streaming limits (cells, rows, row width, merged
/// ranges, shared strings, characters per part): thrown while the part is still being read, so nothing past the
/// limit is held, and reported as I11 for that file.
/// </summary>
internal sealed class WorkbookLimitException : Exception
{
    public WorkbookLimitException(string option, string subject, long limit, long? actual = null)
        : base(subject + " over " + limit.ToString(System.Globalization.CultureInfo.InvariantCulture))
    {
        Option = option;
        Subject = subject;
        Limit = limit;
        Actual = actual;
    }

    public WorkbookLimitException()
        : this("?", "?", 0)
    {
    }

    public WorkbookLimitException(string message)
        : this("?", message, 0)
    {
    }

    public WorkbookLimitException(string message, Exception inner)
        : base(message, inner)
    {
        Option = "?";
        Subject = message;
    }

    /// <summary>The <see cref="WorkbookTableReader"/> constant that was exceeded (<c>MaxCells</c> …).</summary>
    public string Option { get; }

    /// <summary>What was counted, in Chinese (工作表单元格数 …).</summary>
    public string Subject { get; }

    /// <summary>The limit.</summary>
    public long Limit { get; }

    /// <summary>The count when it is known exactly (a merged area is), else null (counting stopped at the limit).</summary>
    public long? Actual { get; }
}
