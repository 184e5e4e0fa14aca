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
    /// Null when <paramref name="path"/> (links followed) is a regular file, else why not, in English
    /// ("a FIFO (named pipe)", "a character device", "a folder", "does not exist" …).
    /// </summary>
    public static string? WhyNot(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
#if NET
        if (!OperatingSystem.IsWindows())
        {
            switch (TypeOf(path))
            {
                case Regular: return null;
                case Fifo: return "is a FIFO (named pipe), not a regular file";
                case CharacterDevice: return "is a character device, not a regular file";
                case BlockDevice: return "is a block device, not a regular file";
                case Socket: return "is a socket, not a regular file";
                case Directory: return "is a folder, not a regular file";
                case -2: return "does not exist";
                case -1: break; // no native shim: fall back to what .NET can see
                default: return "is not a regular file";
            }
        }
#endif

        if (System.IO.Directory.Exists(path)) return "is a folder, not a regular file";
        if (!File.Exists(path)) return "does not exist";
        return (File.GetAttributes(path) & FileAttributes.Device) != 0 ? "is a device, not a regular file" : null;
    }

    /// <summary>The size of a regular file in bytes.</summary>
    public static long Length(string path) => new FileInfo(path).Length;

    /// <summary>
    /// Reads a regular file of at most <paramref name="maxBytes"/> bytes as UTF-8 text (a BOM is honoured).
    /// </summary>
    /// <exception cref="IOException">The file is not a regular file, is larger than <paramref name="maxBytes"/>, or cannot be read; the message says which.</exception>
    public static string ReadAllText(string path, long maxBytes)
    {
        if (WhyNot(path) is { } why) throw new IOException("the file " + why);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (stream.Length > maxBytes) throw new IOException("the file is " + stream.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes, above the limit of " + maxBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            // The length was checked, but a file can grow while it is read.
            if (buffer.Length + n > maxBytes) throw new IOException("the file grew past the limit of " + maxBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes while it was read");
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
