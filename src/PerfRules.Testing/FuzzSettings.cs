using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace PerfRules.Testing;

/// <summary>
/// Case counts for fuzz-style properties, taken from the environment so one test suite runs a modest count
/// in CI and a million cases on a developer's machine:
/// <c>PERFRULES_FUZZ_COUNT=1000000 dotnet test --filter Category=Fuzz</c>.
/// </summary>
/// <remarks>
/// <para><see cref="CountVariable"/> (<c>PERFRULES_FUZZ_COUNT</c>) sets the number of cases per property
/// (default <see cref="DefaultCount"/>); <see cref="ReplayVariable"/> (<c>PERFRULES_FUZZ_REPLAY</c>) replays a
/// failure from the <c>(seed,gamma)</c> or <c>(seed,gamma,size)</c> FsCheck printed with it.</para>
/// <para>A property can scale its count (<see cref="Scaled"/>) when one case costs far more than the others —
/// say so where it is used.</para>
/// </remarks>
/// <example>
/// <code>
/// [Fact, Trait("Category", "Fuzz")]
/// public void My_rule_never_throws() =>
///     FuzzSettings.Check(Arbitraries.GarbledTableText(), text => MyRule.Check(TableTextReader.Read(text.Text, null)));
/// </code>
/// </example>
public static class FuzzSettings
{
    /// <summary>The environment variable holding the case count per property: <c>PERFRULES_FUZZ_COUNT</c>.</summary>
    public const string CountVariable = "PERFRULES_FUZZ_COUNT";

    /// <summary>The environment variable holding a replay seed: <c>PERFRULES_FUZZ_REPLAY</c>, e.g. <c>(12345,67890)</c>.</summary>
    public const string ReplayVariable = "PERFRULES_FUZZ_REPLAY";

    /// <summary>
    /// The environment variable choosing the random stream: <c>PERFRULES_FUZZ_SEED</c> = <c>(seed,gamma)</c> for a fixed
    /// stream, or <c>random</c> for the opt-in soak (a fresh stream each run; a failure prints its replay). When it is not
    /// set, every run — CI, a fresh clone, a developer's — uses <see cref="CiSeed"/>, so <c>dotnet test</c> is reproducible.
    /// </summary>
    public const string SeedVariable = "PERFRULES_FUZZ_SEED";

    /// <summary>The fixed stream every run uses when <see cref="SeedVariable"/> is not set: <c>(20261123,7046029254386353131)</c>.</summary>
    public const string CiSeed = "(20261123,7046029254386353131)";

    /// <summary>The count when <see cref="CountVariable"/> is not set: 10,000.</summary>
    public const int DefaultCount = 10_000;

    /// <summary>The case count per property: <see cref="CountVariable"/> if it holds a positive integer, else <see cref="DefaultCount"/>.</summary>
    public static int Count => ParseCount(Environment.GetEnvironmentVariable(CountVariable));

    /// <summary>
    /// The FsCheck configuration for <see cref="Count"/> cases: throws on failure (with the seed to replay),
    /// quiet on success, and replays <see cref="ReplayVariable"/> when it is set.
    /// </summary>
    public static Config Config => ConfigFor(Count);

    /// <summary>The count scaled by <paramref name="factor"/> (at least one case), for properties whose single case is far costlier.</summary>
    public static int Scaled(double factor) => Math.Max(1, (int)Math.Min(int.MaxValue, Math.Round(Count * factor)));

    /// <summary>The configuration for <paramref name="count"/> cases (see <see cref="Config"/>).</summary>
    public static Config ConfigFor(int count)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(Math.Max(1, count)).WithMaxRejected(Math.Max(1000, count)).WithQuietOnSuccess(true);
        if (TryParseReplay(Environment.GetEnvironmentVariable(ReplayVariable), out var replay)) return config.WithReplay(FSharpOption<Replay>.Some(replay));
        return TryParseReplay(StreamSeed(Environment.GetEnvironmentVariable(SeedVariable), Environment.GetEnvironmentVariable("CI")), out var stream)
            ? config.WithReplay(FSharpOption<Replay>.Some(stream))
            : config;
    }

    /// <summary>
    /// The <c>(seed,gamma)</c> to start from, or null for a random stream (only when <see cref="SeedVariable"/> says
    /// <c>random</c>). <paramref name="ciVariable"/> no longer matters: CI and a fresh clone run the same fixed stream.
    /// </summary>
    public static string? StreamSeed(string? seedVariable, string? ciVariable)
    {
        _ = ciVariable;
        if (!string.IsNullOrWhiteSpace(seedVariable))
        {
            return string.Equals(seedVariable!.Trim(), "random", StringComparison.OrdinalIgnoreCase) ? null : seedVariable;
        }

        return CiSeed;
    }

    /// <summary>Checks <paramref name="property"/> (an assertion: it throws to fail) for <see cref="Count"/> cases of <paramref name="arbitrary"/>.</summary>
    public static void Check<T>(Arbitrary<T> arbitrary, Action<T> property) => Check(arbitrary, property, Count);

    /// <summary>Checks <paramref name="property"/> for <paramref name="count"/> cases of <paramref name="arbitrary"/>.</summary>
    public static void Check<T>(Arbitrary<T> arbitrary, Action<T> property, int count)
    {
        if (arbitrary is null) throw new ArgumentNullException(nameof(arbitrary));
        if (property is null) throw new ArgumentNullException(nameof(property));
        FsCheck.Check.One(ConfigFor(count), Prop.ForAll(arbitrary, property));
    }

    /// <summary>
    /// Runs <paramref name="property"/> on the one case of <paramref name="arbitrary"/> that the printed
    /// <paramref name="replay"/> (<c>(seed,gamma,size)</c>, as FsCheck reports a failure) generates: a failure found
    /// by a soak becomes a regular test.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="replay"/> is not <c>(seed,gamma)</c> or <c>(seed,gamma,size)</c>.</exception>
    public static void Replay<T>(Arbitrary<T> arbitrary, string replay, Action<T> property)
    {
        if (arbitrary is null) throw new ArgumentNullException(nameof(arbitrary));
        if (property is null) throw new ArgumentNullException(nameof(property));
        if (!TryParseReplay(replay, out var parsed)) throw new ArgumentException("not a (seed,gamma) or (seed,gamma,size) replay: " + replay, nameof(replay));
        var config = Config.QuickThrowOnFailure.WithMaxTest(1).WithQuietOnSuccess(true).WithReplay(FSharpOption<Replay>.Some(parsed));
        FsCheck.Check.One(config, Prop.ForAll(arbitrary, property));
    }

    /// <summary>Parses a count: a positive integer (underscores and commas allowed, <c>1_000_000</c>), else <see cref="DefaultCount"/>.</summary>
    public static int ParseCount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return DefaultCount;
        var digits = text!.Trim().Replace("_", string.Empty).Replace(",", string.Empty);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultCount;
    }

    private static bool TryParseReplay(string? text, out Replay replay)
    {
        replay = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text!.Trim().Trim('(', ')').Split(',');
        if (parts.Length is < 2 or > 3
            || !ulong.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            || !ulong.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var gamma))
        {
            return false;
        }

        var size = parts.Length == 3 && int.TryParse(parts[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? FSharpOption<int>.Some(s) : FSharpOption<int>.None;
        replay = new Replay(new Rnd(seed, gamma), size);
        return true;
    }
}
