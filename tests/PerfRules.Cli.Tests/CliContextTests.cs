using System;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using PerfRules.Cli;

namespace PerfRules.Cli.Tests;

/// <summary>
/// The CLI's last line of defence: an unexpected failure is one Chinese line and exit 2, never a .NET type name; a file
/// that cannot be read or written says why; <c>--verbose</c> adds the stack trace.
/// </summary>
public class CliContextTests
{
    private static (int Exit, string Err) Fail(Exception error, params string[] args)
    {
        var err = new StringWriter();
        var context = new CliContext(new StringWriter(), err, outputIsTerminal: false);
        var root = new RootCommand { context.Verbose };
        var exit = context.Guard(root.Parse(args), () => throw error);
        return (exit, err.ToString());
    }

    [Fact]
    public void An_unexpected_error_is_one_Chinese_line_without_type_name_or_stack_trace()
    {
        var (exit, err) = Fail(new InvalidOperationException("boom"));
        Assert.Equal(2, exit);
        Assert.StartsWith("perfrules: 内部错误，运行未完成（请附 --verbose 的输出报告此问题）：boom", err, StringComparison.Ordinal);
        Assert.Contains("perfrules: 加 --verbose 可查看详情", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    public static TheoryData<Exception, string> FileErrors() => new()
    {
        { new FileNotFoundException("Could not find file '/x/a.json'."), "perfrules: 文件读写失败：文件不存在" },
        { new DirectoryNotFoundException("Could not find a part of the path '/x/a.json'."), "perfrules: 文件读写失败：路径中的文件夹不存在" },
        { new UnauthorizedAccessException("Access to the path '/x' is denied."), "perfrules: 文件读写失败：没有访问权限（或该路径是文件夹）" },
        { new PathTooLongException(), "perfrules: 文件读写失败：路径过长" },
        { new EndOfStreamException(), "perfrules: 文件读写失败：文件意外结束（可能被截断）" },
        { new IOException("No space left on device", unchecked((int)0x8007001C)), "perfrules: 文件读写失败：读写出错（系统错误码 28：磁盘已满、文件被占用或设备故障）" },
    };

    [Theory]
    [MemberData(nameof(FileErrors))]
    public void A_file_that_cannot_be_read_or_written_says_why_in_Chinese(Exception error, string expected)
    {
        var (exit, err) = Fail(error);
        Assert.Equal(2, exit);
        Assert.Equal(expected, err.Split('\n')[0].TrimEnd('\r'));
        Assert.DoesNotContain(error.GetType().Name, err, StringComparison.Ordinal);
        Assert.DoesNotContain(error.Message, err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_error_gives_line_and_byte_not_the_dotnet_message()
    {
        JsonException error;
        try
        {
            JsonDocument.Parse("{\n  bad");
            throw new InvalidOperationException("the text parsed");
        }
        catch (JsonException e)
        {
            error = e;
        }

        Assert.Equal("JSON 格式错误（第 2 行第 3 个字节）", Import.SystemErrorText.Of(error));
        Assert.Equal("JSON 格式错误（第 2 行第 3 个字节）", Import.SystemErrorText.JsonDetail(error));
        Assert.Equal("arguments 中参数「x」重复", Import.SystemErrorText.JsonDetail(new JsonException("arguments 中参数「x」重复。")));
    }

    /// <summary>Every command's file writes, on a full disk (/dev/full): the file named, why in Chinese, exit 2.</summary>
    [Theory]
    [InlineData("check", "-o", "无法写入报告 /dev/full：读写出错（系统错误码 28")]
    [InlineData("check-json", "-o", "无法写入报告 /dev/full：读写出错（系统错误码 28")] // JSON bytes go straight to the file's stream
    [InlineData("check", "--write-baseline", "无法写入基线文件 /dev/full：读写出错（系统错误码 28")]
    [InlineData("generate", "-o", "无法写入 /dev/full：读写出错（系统错误码 28")]
    public void A_full_disk_names_the_file_and_says_why(string command, string option, string expected)
    {
        if (!OperatingSystem.IsLinux()) return;
        var args = command == "generate"
            ? new[] { "generate", "-n", "3", option, "/dev/full" }
            : new[] { "check", Path.Combine(CliRunner.Samples, "001_31cd2f4c762929cd.txt"), option, "/dev/full", "--format", command == "check-json" ? "json" : "text" };

        var (exit, _, err) = CliRunner.Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("perfrules: " + expected, err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
        Assert.DoesNotContain("No space left", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_shows_the_stack_trace()
    {
        var (exit, err) = Fail(new InvalidOperationException("boom"), "--verbose");
        Assert.Equal(2, exit);
        Assert.Contains("   at ", err, StringComparison.Ordinal);
        Assert.Contains(nameof(CliContextTests), err, StringComparison.Ordinal);
    }
}
