using System;
using System.IO;
using PerfRules.Rules;

namespace PerfRules.Cli.Commands;

/// <summary>
/// Writes the results of <c>perfrules check</c> as they arrive, file by file in input order, so a run over
/// millions of tables keeps only the files in flight in memory: <see cref="Add"/> for each checked file,
/// then <see cref="Complete"/> once. Nothing is written before the first <see cref="Add"/>.
/// </summary>
internal abstract class CheckWriter : IDisposable
{
    /// <summary>The writer for <c>--format</c> <paramref name="format"/> (text, json, sarif or html).</summary>
    public static CheckWriter For(string format, TextWriter output, RuleEngine engine, CheckReportOptions options) => format switch
    {
        "json" => new JsonCheckWriter(output, options),
        "sarif" => new SarifWriter(output, engine, options),
        "html" => new HtmlCheckWriter(output, engine, options),
        _ => new TextCheckWriter(output, options),
    };

    /// <summary>Writes (or, for SARIF, records) one checked file.</summary>
    public abstract void Add(CheckedFile file);

    /// <summary>Writes what comes after the last file (totals, closing brackets).</summary>
    public abstract void Complete();

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases buffers (a writer that owns none has nothing to do).</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
