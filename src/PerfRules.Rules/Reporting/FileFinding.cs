using System;
using PerfRules.Findings;

namespace PerfRules.Rules.Reporting;

/// <summary>A finding about an input file as a whole (I07 comment line, I09 encoding, I10 unreadable input, I06 outside any table).</summary>
/// <param name="Source">The file path.</param>
/// <param name="Finding">The finding.</param>
public sealed record FileFinding(string? Source, Finding Finding);
