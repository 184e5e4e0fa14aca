namespace PerfRules.Rules;
internal static class Placeholder { }
