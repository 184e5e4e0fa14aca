namespace PerfRules;
internal static class Placeholder { }
