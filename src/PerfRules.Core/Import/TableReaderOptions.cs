using System;
using System.Collections.Generic;

namespace PerfRules.Import;

/// <summary>
/// Limits <see cref="TableTextReader"/> applies to untrusted input, so one hostile or broken file cannot
/// exhaust memory or time. Every limit that is hit is reported as an I11 finding
/// (<see cref="ImportRuleIds.LimitExceeded"/>, error) naming the limit and the option that raises it; text
/// over a limit is refused or kept verbatim as an unplaced line, never dropped silently.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>limit</term><description>default, and what happens above it</description></listheader>
/// <item><term><see cref="MaxInputBytes"/></term><description>64 MiB; the input is not read (no table).</description></item>
/// <item><term><see cref="MaxLines"/></term><description>1,000,000 lines per input; the input is not read (no table).</description></item>
/// <item><term><see cref="MaxCells"/></term><description>4,000,000 cells per input (tab- or comma-separated fields, counted before splitting); the input is not read (no table).</description></item>
/// <item><term><see cref="MaxIndicatorRows"/></term><description>100,000 indicator rows per table; the rows after the limit are kept as unplaced lines.</description></item>
/// <item><term><see cref="MaxCellLength"/></term><description>1,048,576 characters per cell; the line holding the cell is kept as an unplaced line, not interpreted.</description></item>
/// </list>
/// The defaults are far above any real table (the largest seed table has 38 indicator rows and its longest
/// cell is under 2,000 characters) and low enough that reading one input stays within a few hundred MB of
/// memory (measured: a 60 MB CSV of commas or a 60 MB line of tabs is refused by <see cref="MaxCells"/> after
/// one scan, in under 200 MB).
/// </remarks>
/// <example>
/// <code>
/// var options = TableReaderOptions.Default with { MaxInputBytes = 256L * 1024 * 1024 };
/// var result = TableTextReader.ReadFile("big-export.txt", options);
/// </code>
/// </example>
public sealed record TableReaderOptions
{
    /// <summary>The default input size limit: 64 MiB.</summary>
    public const long DefaultMaxInputBytes = 64L * 1024 * 1024;

    /// <summary>The default line limit per input: 1,000,000.</summary>
    public const int DefaultMaxLines = 1_000_000;

    /// <summary>The default cell limit per input: 4,000,000.</summary>
    public const int DefaultMaxCells = 4_000_000;

    /// <summary>The default indicator-row limit per table: 100,000.</summary>
    public const int DefaultMaxIndicatorRows = 100_000;

    /// <summary>The default cell length limit: 1,048,576 characters (1 Mi).</summary>
    public const int DefaultMaxCellLength = 1024 * 1024;

    private readonly long _maxInputBytes = DefaultMaxInputBytes;
    private readonly int _maxLines = DefaultMaxLines;
    private readonly int _maxCells = DefaultMaxCells;
    private readonly int _maxIndicatorRows = DefaultMaxIndicatorRows;
    private readonly int _maxCellLength = DefaultMaxCellLength;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _labels = NoLabels;
    private readonly LabelVocabulary? _vocabulary;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoLabels = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The defaults (see the remarks).</summary>
    public static TableReaderOptions Default { get; } = new();

    /// <summary>No limits at all, for trusted input only (a limit of <see cref="int.MaxValue"/> / <see cref="long.MaxValue"/> everywhere).</summary>
    public static TableReaderOptions Unlimited { get; } = new()
    {
        MaxInputBytes = long.MaxValue,
        MaxLines = int.MaxValue,
        MaxCells = int.MaxValue,
        MaxIndicatorRows = int.MaxValue,
        MaxCellLength = int.MaxValue,
    };

    /// <summary>
    /// The largest input accepted, in bytes: the file or stream length, or the UTF-8 length of text passed
    /// as a string. A larger input is not read at all (I11, no table). Default 64 MiB.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxInputBytes
    {
        get => _maxInputBytes;
        init => _maxInputBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxInputBytes must be positive");
    }

    /// <summary>
    /// The most lines one input may hold (blank lines count). A longer input is not read at all (I11, no
    /// table): it is counted before it is split, so a file of line breaks costs one scan. Default 1,000,000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxLines
    {
        get => _maxLines;
        init => _maxLines = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxLines must be positive");
    }

    /// <summary>
    /// The most cells one input may hold: fields between tabs (text) or delimiters (CSV), counted with the lines
    /// before anything is split, so a file of nothing but separators costs one scan instead of an array entry per
    /// separator. A larger input is not read at all (I11, no table). Default 4,000,000 (100,000 indicator rows of
    /// a dozen columns need 1,200,000).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxCells
    {
        get => _maxCells;
        init => _maxCells = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxCells must be positive");
    }

    /// <summary>
    /// The most indicator rows one table may hold. Rows after the limit are not part of the model: their
    /// source lines are kept verbatim in <see cref="Tables.PerformanceTable.UnplacedLines"/> with one I11
    /// finding for the table. Default 100,000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxIndicatorRows
    {
        get => _maxIndicatorRows;
        init => _maxIndicatorRows = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxIndicatorRows must be positive");
    }

    /// <summary>
    /// The longest cell (text between tabs) read, in UTF-16 characters. A line holding a longer cell is not
    /// interpreted: it is kept verbatim as an unplaced line with an I11 finding naming the line and cell.
    /// Default 1,048,576.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxCellLength
    {
        get => _maxCellLength;
        init => _maxCellLength = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxCellLength must be positive");
    }

    /// <summary>
    /// Labels to read in addition to the built-in vocabulary, for an issuer whose form prints a label the reader
    /// does not know: the key names the field or indicator column, by a label the reader already knows for it
    /// (<c>主管部门</c>, <c>年度目标</c>, <c>权重</c>) or by its key in the vocabulary (<c>department</c>,
    /// <c>annualGoal</c>, <c>weight</c>); the value lists the labels to add. Matching ignores spaces, colons,
    /// unit brackets and the other variations the built-in labels ignore. A profile's <c>labels</c> section
    /// has the same shape. Default: none.
    /// </summary>
    /// <example><c>TableReaderOptions.Default with { Labels = new Dictionary&lt;string, IReadOnlyList&lt;string&gt;&gt; { ["主管部门"] = new[] { "主管预算部门" } } }</c></example>
    /// <exception cref="ArgumentException">A key names no field or column the reader knows.</exception>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Labels
    {
        get => _labels;
        init
        {
            _labels = value ?? throw new ArgumentNullException(nameof(value));
            _vocabulary = value.Count == 0 ? null : LabelVocabulary.Default.With(value);
        }
    }

    /// <summary>
    /// Whether a header label the vocabulary does not list is given a second chance by the keyword rules
    /// (<see cref="KeywordLabels"/>, noted by I15). Default true; false only to measure what the keywords add.
    /// </summary>
    internal bool LabelsByKeywords { get; init; } = true;

    /// <summary>The vocabulary these options read with: the built-in labels plus <see cref="Labels"/>.</summary>
    internal LabelVocabulary Vocabulary => _vocabulary ?? LabelVocabulary.Default;
}
