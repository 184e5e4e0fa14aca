using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace PerfRules.Rules.Loading;

/// <summary>
/// Runs rule loading (parsing, vetting, compiling) on a thread with a stack large enough for the deepest
/// expression the limits let through (<see cref="RuleOptions.MaxExpressionDepth"/> and
/// <see cref="RuleOptions.MaxExpressionTreeDepth"/> are capped at <see cref="RuleOptions.MaxDepthCeiling"/>),
/// whatever thread the caller is on: a stack overflow cannot be caught and would end the host process.
/// </summary>
internal static class DeepStack
{
    /// <summary>The stack of the loading thread: 64 MB (reserved, committed only as used).</summary>
    public const int Size = 64 * 1024 * 1024;

    [ThreadStatic]
    private static bool onDeepStack;

    /// <summary>Runs <paramref name="body"/> on a deep-stack thread (or inline when already on one) and returns its result or rethrows its exception.</summary>
    public static T Run<T>(Func<T> body)
    {
        if (onDeepStack) return body();
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                onDeepStack = true;
                try
                {
                    result = body();
                }
#pragma warning disable CA1031 // Handed back to the caller's thread and rethrown there as it was.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            Size)
        {
            Name = "PerfRules rule loading",
            IsBackground = true,
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
