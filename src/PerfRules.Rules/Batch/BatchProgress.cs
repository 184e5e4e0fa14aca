namespace PerfRules.Rules.Batch;

/// <summary>
/// How far a batch has got, counted over the results already handed out (in input order): tables
/// checked, their indicator rows, and the findings reported so far (rule and import findings, plus
/// input-level findings such as I10 when inputs are read by the batch).
/// </summary>
/// <param name="Inputs">Inputs done: tables for a stream of tables, files or lines for a stream of inputs.</param>
/// <param name="Tables">Tables checked.</param>
/// <param name="IndicatorRows">Indicator rows in those tables.</param>
/// <param name="Findings">Findings reported.</param>
/// <param name="ErrorFindings">Of <paramref name="Findings"/>, those of severity error.</param>
public readonly record struct BatchProgress(long Inputs, long Tables, long IndicatorRows, long Findings, long ErrorFindings);
