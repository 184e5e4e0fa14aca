namespace PerfRules.Cli;

/// <summary>
/// One unit of work of a streamed <c>check</c>: a whole input file, or a run of consecutive JSON Lines lines
/// of a <c>.jsonl</c> file (read in order by one thread, parsed and checked in parallel by the batch).
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="Lines">The JSON Lines lines (UTF-8, with their 1-based line numbers), or null for a whole file.</param>
/// <param name="BytesRead">How far into all inputs (bytes, summed over the files) reading has got after this segment: drives the progress bar.</param>
internal sealed record InputSegment(string Path, JsonLinesChunk? Lines, long BytesRead);
