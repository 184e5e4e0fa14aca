namespace PerfRules.Cli;

/// <summary>Process exit codes shared by every command (README.md, "perfrules check" and "perfrules convert").</summary>
internal static class ExitCodes
{
    /// <summary>No error finding.</summary>
    public const int Ok = 0;

    /// <summary>At least one error finding (an I10 unreadable file, or an error-severity rule finding).</summary>
    public const int ErrorFindings = 1;

    /// <summary>Usage error, unreadable rule file, or no readable input at all.</summary>
    public const int Usage = 2;
}
