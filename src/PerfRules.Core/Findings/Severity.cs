namespace PerfRules.Findings;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Informational: worth a look, not a defect.</summary>
    Info,
    /// <summary>Probably a defect; the table may still be accepted.</summary>
    Warning,
    /// <summary>A defect the regulation does not allow.</summary>
    Error,
}
