using System;
using PerfRules.Tables;

namespace PerfRules.Actuals;

/// <summary>The outcome of reading an actuals file: the document, or every error found (never both, never an exception).</summary>
public sealed record ActualsReadResult
{
    /// <summary>The document, or null when the file has errors.</summary>
    public ActualsDocument? Document { get; init; }

    /// <summary>Every problem found, in file order; empty on success.</summary>
    public ValueList<ActualsError> Errors { get; init; } = ValueList<ActualsError>.Empty;

    /// <summary>Where the file came from, or null.</summary>
    public string? Source { get; init; }

    /// <summary>True when <see cref="Document"/> was read without error.</summary>
    public bool IsSuccess => Document is not null && Errors.Count == 0;

    /// <summary>The document; throws <see cref="InvalidOperationException"/> listing the errors when reading failed.</summary>
    public ActualsDocument GetDocumentOrThrow() =>
        IsSuccess ? Document! : throw new InvalidOperationException("实际值文件" + (Source is null ? string.Empty : "“" + Source + "”") + "有误：" + string.Join("；", Errors));
}
