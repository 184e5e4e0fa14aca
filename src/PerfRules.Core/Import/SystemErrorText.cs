using System;
using System.Globalization;
using System.IO;
#if !PERFRULES_ANALYZER // the analyzer compiles this file without System.Text.Json
using System.Text.Json;
#endif

namespace PerfRules.Import;

/// <summary>
/// Why a file could not be read or written, in Chinese, from the exception .NET raised: never its type name nor its
/// English message (<c>Could not find file …</c>, <c>LineNumber: 0 | BytePositionInLine: 1.</c>), which say nothing to a
/// finance officer. Used wherever a message about a user's file quotes an I/O or JSON failure.
/// </summary>
internal static class SystemErrorText
{
    /// <summary>The reason, e.g. <c>文件不存在</c>, <c>没有访问权限（或该路径是文件夹）</c>, <c>JSON 格式错误（第 1 行第 2 个字节）</c>.</summary>
    public static string Of(Exception e) => e switch
    {
        FileNotFoundException => "文件不存在",
        DirectoryNotFoundException => "路径中的文件夹不存在",
        PathTooLongException => "路径过长",
        EndOfStreamException => "文件意外结束（可能被截断）",
        UnauthorizedAccessException => "没有访问权限（或该路径是文件夹）",
        System.Security.SecurityException => "没有访问权限",
#if !PERFRULES_ANALYZER
        JsonException j => Json(j),
#endif
        IOException mine when HasChinese(mine.Message) => mine.Message, // our own reason (不是普通文件, 超过上限 …)
        System.Text.DecoderFallbackException => "不是有效的 UTF-8 文本",
        IOException io => "读写出错（系统错误码 " + (io.HResult & 0xFFFF).ToString(CultureInfo.InvariantCulture) + "：磁盘已满、文件被占用或设备故障）",
        NotSupportedException or ArgumentException => "路径无效",
        _ => "无法处理（" + KindOf(e) + "）",
    };

#if !PERFRULES_ANALYZER
    /// <summary>Where a JSON text breaks: <c>JSON 格式错误（第 3 行第 7 个字节）</c>.</summary>
    public static string Json(JsonException e) =>
        e.LineNumber is { } line
            ? "JSON 格式错误（第 " + (line + 1).ToString(CultureInfo.InvariantCulture) + " 行第 " + ((e.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture) + " 个字节）"
            : "JSON 格式错误";

    /// <summary>
    /// A JSON failure for a message: the reader's own Chinese explanation when it gave one (an unknown member, a
    /// duplicate argument), else where the text breaks (<see cref="Json(JsonException)"/>).
    /// </summary>
    public static string JsonDetail(JsonException e) =>
        HasChinese(e.Message) && e.Message.IndexOf("LineNumber:", StringComparison.Ordinal) < 0 ? e.Message.TrimEnd('。') : Json(e) + Mismatch(e);

    /// <summary>
    /// What the serializer found wrong with well-formed JSON, in Chinese with the member's JSON path (its English
    /// names the model's .NET types): a missing required member or a value of the wrong type. Empty for a syntax
    /// error, which <see cref="Json(JsonException)"/> already places.
    /// </summary>
    private static string Mismatch(JsonException e)
    {
        var message = e.Message;
        var at = e.Path is { Length: > 1 } path ? "（" + path + "）" : string.Empty;
        const string Missing = "missing required properties including: ";
        var i = message.IndexOf(Missing, StringComparison.Ordinal);
        if (i >= 0)
        {
            var names = message.Substring(i + Missing.Length).TrimEnd('.').Replace("'", string.Empty).Replace(", ", "、");
            return "：缺少必填成员 " + names + at;
        }

        if (message.IndexOf("could not be converted to", StringComparison.Ordinal) >= 0) return "：值的类型或写法不符合格式" + at;
        return message.IndexOf("LineNumber:", StringComparison.Ordinal) >= 0 || e.InnerException is null ? string.Empty : "：内容不符合格式" + at;
    }

#endif

    private static bool HasChinese(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u4E00' && c <= '\u9FFF') return true;
        }

        return false;
    }

    /// <summary>A message with the <c> (Parameter 'x')</c> suffix an <see cref="ArgumentException"/> appends removed.</summary>
    public static string WithoutParameter(ArgumentException e) =>
        e.ParamName is { } name ? e.Message.Replace(" (Parameter '" + name + "')", string.Empty) : e.Message;

    /// <summary>A neutral word for an unexpected failure (never a type name).</summary>
    private static string KindOf(Exception e) => e switch
    {
        OutOfMemoryException or InsufficientExecutionStackException => "内存或调用栈不足",
        InvalidDataException or FormatException => "内容格式无法识别",
        OperationCanceledException => "操作被取消",
        _ => "内部错误",
    };
}
