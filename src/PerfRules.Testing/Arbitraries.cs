namespace PerfRules.Testing;

/// <summary>
/// FsCheck generators for PerfRules types, usable with <c>[Property(Arbitrary = new[] { typeof(Arbitraries) })]</c>.
/// Split over several files by concept (values, tables, actuals).
/// </summary>
public static partial class Arbitraries
{
}
