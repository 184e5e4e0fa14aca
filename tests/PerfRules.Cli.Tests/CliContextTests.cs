using System;
using System.CommandLine;
using System.IO;
using PerfRules.Cli;

namespace PerfRules.Cli.Tests;

/// <summary>The CLI's last line of defence: an unexpected failure is one line and exit 2; <c>--verbose</c> adds the stack trace.</summary>
public class CliContextTests
{
    private static (int Exit, string Err) Fail(params string[] args)
    {
        var err = new StringWriter();
        var context = new CliContext(new StringWriter(), err, outputIsTerminal: false);
        var root = new RootCommand { context.Verbose };
        var exit = context.Guard(root.Parse(args), () => throw new InvalidOperationException("boom"));
        return (exit, err.ToString());
    }

    [Fact]
    public void An_unexpected_error_is_one_line_without_a_stack_trace()
    {
        var (exit, err) = Fail();
        Assert.Equal(2, exit);
        Assert.StartsWith("perfrules: InvalidOperationException: boom", err, StringComparison.Ordinal);
        Assert.Contains("run with --verbose for details", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_shows_the_stack_trace()
    {
        var (exit, err) = Fail("--verbose");
        Assert.Equal(2, exit);
        Assert.Contains("   at ", err, StringComparison.Ordinal);
        Assert.Contains(nameof(CliContextTests), err, StringComparison.Ordinal);
    }
}
