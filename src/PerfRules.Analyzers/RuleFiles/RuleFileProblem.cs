namespace PerfRules.Analyzers.RuleFiles;

/// <summary>One problem in a rule file: what is wrong and which characters (offset, length) show it.</summary>
internal sealed class RuleFileProblem
{
    internal RuleFileProblem(int offset, int length, string message)
    {
        Offset = offset;
        Length = length;
        Message = message;
    }

    /// <summary>0-based offset in the file text.</summary>
    public int Offset { get; }

    /// <summary>Number of characters (0 at the end of the file).</summary>
    public int Length { get; }

    /// <summary>The message, naming the workflow and rule where there is one.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Offset.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Message;
}
