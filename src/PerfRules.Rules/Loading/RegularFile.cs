using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace PerfRules.Rules.Loading;

/// <summary>
/// Reads untrusted files only when they are regular files, and never more than a limit. A FIFO blocks the
/// reader until someone writes to it, <c>/dev/zero</c> and <c>/dev/urandom</c> never end, and a folder is not a
/// file: each is refused before it is opened, so a named input cannot hang the run or exhaust memory.
/// </summary>
internal static class RegularFile
{
    // .NET's own native shim (libSystem.Native, shipped with every runtime on Unix) fills a platform-neutral
    // status record whose second 32-bit field is the file type and mode with POSIX S_IF* values.
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Socket = 0xC000;

    /// <summary>
    /// Null when <paramref name="path"/> (links followed) is a regular file, else why not, in Chinese like every message
    /// about a user's file (<c>文件不存在</c>, <c>是命名管道（FIFO），不是普通文件</c> …).
    /// </summary>
    public static string? WhyNot(string path) => KindOf(path) switch
    {
        FileKind.Regular => null,
        FileKind.Missing => "文件不存在",
        FileKind.Folder => "是文件夹，不是普通文件",
        FileKind.Fifo => "是命名管道（FIFO），不是普通文件",
        FileKind.CharacterDevice => "是字符设备，不是普通文件",
        FileKind.BlockDevice => "是块设备，不是普通文件",
        FileKind.Socket => "是套接字，不是普通文件",
        _ => "不是普通文件",
    };

    /// <summary>What <paramref name="path"/> is, links followed, found without opening it.</summary>
    public static FileKind KindOf(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
#if NET
        if (!OperatingSystem.IsWindows())
        {
            switch (TypeOf(path))
            {
                case Regular: return FileKind.Regular;
                case Fifo: return FileKind.Fifo;
                case CharacterDevice: return FileKind.CharacterDevice;
                case BlockDevice: return FileKind.BlockDevice;
                case Socket: return FileKind.Socket;
                case Directory: return FileKind.Folder;
                case -2: return FileKind.Missing;
                case -1: break; // no native shim: fall back to what .NET can see
                default: return FileKind.Other;
            }
        }
#endif

        if (System.IO.Directory.Exists(path)) return FileKind.Folder;
        if (!File.Exists(path)) return FileKind.Missing;
        return (File.GetAttributes(path) & FileAttributes.Device) != 0 ? FileKind.CharacterDevice : FileKind.Regular;
    }

    /// <summary>The size of a regular file in bytes.</summary>
    public static long Length(string path) => new FileInfo(path).Length;

    /// <summary>
    /// Reads a regular file of at most <paramref name="maxBytes"/> bytes as UTF-8 text (a BOM is honoured).
    /// </summary>
    /// <exception cref="IOException">The file is not a regular file, is larger than <paramref name="maxBytes"/>, or cannot be read; the message says which.</exception>
    public static string ReadAllText(string path, long maxBytes)
    {
        if (WhyNot(path) is { } why) throw new IOException(why);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (stream.Length > maxBytes) throw new IOException("文件有 " + stream.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " 字节，超过上限 " + maxBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " 字节");
        var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            // The length was checked, but a file can grow while it is read.
            if (buffer.Length + n > maxBytes) throw new IOException("文件在读取时增长，超过上限 " + maxBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " 字节");
            buffer.Write(chunk, 0, n);
        }

        buffer.Position = 0;
        using var reader = new StreamReader(buffer, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

#if NET
    private static readonly StatFunction? Stat = LoadStat();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int StatFunction(byte[] path, [Out] byte[] status);

    private static int TypeOf(string path)
    {
        if (Stat is null) return -1;
        var status = new byte[512];
        if (Stat(Encoding.UTF8.GetBytes(path + "\0"), status) != 0) return -2;
        return BitConverter.ToInt32(status, 4) & TypeMask;
    }

    private static StatFunction? LoadStat()
    {
        var directory = RuntimeEnvironment.GetRuntimeDirectory();
        foreach (var name in new[] { "libSystem.Native.so", "libSystem.Native.dylib" })
        {
            if (NativeLibrary.TryLoad(Path.Combine(directory, name), out var library) && NativeLibrary.TryGetExport(library, "SystemNative_Stat", out var stat))
            {
                return Marshal.GetDelegateForFunctionPointer<StatFunction>(stat);
            }
        }

        return null;
    }
#endif
}

/// <summary>What a path names, as <see cref="RegularFile.KindOf"/> sees it.</summary>
internal enum FileKind
{
    /// <summary>A regular file: the only kind that is read.</summary>
    Regular,

    /// <summary>Nothing (or a dangling link).</summary>
    Missing,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A FIFO (named pipe): opening it waits for a writer.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/zero</c>: reading it may never end.</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A Unix socket.</summary>
    Socket,

    /// <summary>Anything else.</summary>
    Other,
}
