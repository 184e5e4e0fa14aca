using System;
using System.IO;
using System.IO.Compression;

namespace PerfRules.Excel;

/// <summary>
/// Checks a workbook's ZIP package before the packaging layer reads it: how many entries its central directory
/// lists (read from the end-of-central-directory record, before any entry is loaded) and how large each entry
/// says it inflates to. Every part, not only sheets, passes through here: the packaging layer reads
/// <c>[Content_Types].xml</c> and the relationship parts whole, so an inflated one would fill memory before a
/// sheet is ever streamed. (The ZIP reader also refuses an entry that inflates past the size it declares.)
/// </summary>
internal static class PackageBounds
{
    private const int EndRecordSize = 22;

    /// <summary>Throws <see cref="WorkbookLimitException"/> when the package is over a limit; leaves the stream at its start.</summary>
    public static void Check(Stream package)
    {
        var entries = DeclaredEntries(package);
        if (entries > WorkbookTableReader.MaxPackageEntries)
        {
            throw new WorkbookLimitException(nameof(WorkbookTableReader.MaxPackageEntries), "ZIP 包中的部件数", WorkbookTableReader.MaxPackageEntries, entries);
        }

        package.Position = 0;
        using (var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > WorkbookTableReader.MaxPartBytes)
                {
                    throw new WorkbookLimitException(nameof(WorkbookTableReader.MaxPartBytes), "部件 " + entry.FullName + " 解压后的大小（字节）", WorkbookTableReader.MaxPartBytes, entry.Length);
                }
            }
        }

        package.Position = 0;
    }

    /// <summary>The entry count of the end-of-central-directory record (65,535 at most: a ZIP64 package says so, and no workbook needs one), or 0 when there is none.</summary>
    private static long DeclaredEntries(Stream package)
    {
        var tail = (int)Math.Min(package.Length, EndRecordSize + ushort.MaxValue);
        var buffer = new byte[tail];
        package.Position = package.Length - tail;
        var read = 0;
        while (read < tail)
        {
            var n = package.Read(buffer, read, tail - read);
            if (n == 0) break;
            read += n;
        }

        for (var i = read - EndRecordSize; i >= 0; i--)
        {
            if (buffer[i] == 0x50 && buffer[i + 1] == 0x4B && buffer[i + 2] == 0x05 && buffer[i + 3] == 0x06)
            {
                var total = buffer[i + 10] | (buffer[i + 11] << 8);
                return total;
            }
        }

        return 0;
    }
}
