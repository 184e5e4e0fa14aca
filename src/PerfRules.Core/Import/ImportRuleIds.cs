namespace PerfRules.Import;

/// <summary>
/// Stable ids of the findings the reader reports about its own repairs and leftovers
/// (docs/import.md "Ids"). Severity is <see cref="Findings.Severity.Info"/> unless noted.
/// </summary>
public static class ImportRuleIds
{
    /// <summary>I01: a merged (blank) 一级/二级 cell was filled down from the row above.</summary>
    public const string MergedCellFilledDown = "I01";

    /// <summary>I02: a label was moved or renamed by vocabulary (经济效益指标 in the 一级 column).</summary>
    public const string LabelRepaired = "I02";

    /// <summary>I03: a funding amount was placed by inference (full-year taken from 资金总额, an amount on a later line).</summary>
    public const string AmountInferred = "I03";

    /// <summary>I04: HTML markup (&lt;p&gt;) was stripped from prose and entities decoded.</summary>
    public const string HtmlStripped = "I04";

    /// <summary>I05: 项目负责人/联系电话 was split into person and phone.</summary>
    public const string ContactSplit = "I05";

    /// <summary>I06 (warning): a line or part of a line could not be placed and is kept in <see cref="Tables.PerformanceTable.UnplacedLines"/>.</summary>
    public const string LineUnplaced = "I06";

    /// <summary>I07: a comment line (<c>#</c> header) was skipped.</summary>
    public const string CommentSkipped = "I07";

    /// <summary>I08: the layout was recognised; the message names the layout and its default rule profile.</summary>
    public const string LayoutRecognised = "I08";

    /// <summary>I09: the input was not UTF-8 and was decoded with the named encoding (GB18030, UTF-16).</summary>
    public const string EncodingDetected = "I09";

    /// <summary>I10 (error): the input is unreadable (empty, binary, undecodable, or holds no table).</summary>
    public const string UnreadableInput = "I10";

    /// <summary>
    /// I11 (error): a limit of <see cref="TableReaderOptions"/> was exceeded (input size, lines, indicator rows,
    /// cell length). The message names the limit and the option that raises it; the text over the limit is
    /// refused as a whole (size, lines) or kept verbatim as unplaced lines (rows, cells), never dropped.
    /// </summary>
    public const string LimitExceeded = "I11";

    /// <summary>
    /// I12: a spreadsheet cell's stored value was converted to the text the officer sees (an Excel date
    /// serial such as 46203 read as 2026年6月30日), or a CSV quirk was repaired (an unterminated quote
    /// closed at the end of the file, warning). The message quotes the stored value and the result.
    /// </summary>
    public const string CellConverted = "I12";

    /// <summary>
    /// I13 (warning): the table is incomplete — the source says so (a <c># PARTIAL</c> header note) or its last
    /// row is cut off mid-cell. <see cref="Tables.PerformanceTable.IsPartial"/> is set, and rules that report
    /// something missing from the whole table do not judge it.
    /// </summary>
    public const string TablePartial = "I13";

    /// <summary>
    /// I14: a template row left unfilled (<c>指标2:</c>, <c>……</c>, a 二级 label without a 三级 indicator) was kept in
    /// <see cref="Tables.PerformanceTable.Placeholders"/> instead of being read as an indicator.
    /// </summary>
    public const string PlaceholderKept = "I14";

    /// <summary>
    /// I15: a field was read by inference, and how is said: a 预算单位 standing for 主管部门/实施单位 the form has
    /// no row for, a project name or 年度 taken from an evaluation notice's opening text. (An Excel date serial
    /// written into a text table, 44,561 for 2021-12-31, is I12 as in a spreadsheet.)
    /// </summary>
    public const string ValueInferred = "I15";
}
