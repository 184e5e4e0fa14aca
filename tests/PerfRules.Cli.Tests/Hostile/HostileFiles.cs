using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PerfRules.Cli.Tests.Hostile;

/// <summary>Builds hostile inputs at test time, in a temporary folder: nothing large or strange is committed.</summary>
internal static class HostileFiles
{
    /// <summary>The seed table every case puts after the bad input (its name sorts last).</summary>
    public const string GoodName = "z_good.txt";

    /// <summary>The project name of <see cref="GoodName"/>.</summary>
    public const string GoodProject = "南京市工业和信息化发展专项资金";

    public static string Seed => Path.Combine(CliRunner.Samples, "000_27d945da3f6b14f2.txt");

    public static string SampleWorkbook => Path.Combine(CliRunner.Samples, "excel", "台式机.xlsx");

    /// <summary>Copies the good seed table into <paramref name="folder"/> as <paramref name="name"/>.</summary>
    public static string Good(string folder, string name = GoodName)
    {
        var path = Path.Combine(folder, name);
        File.Copy(Seed, path);
        return path;
    }

    /// <summary>A rule file of one workflow <c>W</c> whose rules are (name, expression) with id X01, X02 …, table scope.</summary>
    public static string Rules(string folder, string file, params (string Name, string Expression)[] rules)
    {
        var list = rules.Select((r, i) => new Dictionary<string, object>
        {
            ["RuleName"] = r.Name,
            ["Expression"] = r.Expression,
            ["Properties"] = new Dictionary<string, string> { ["Id"] = "X" + (i + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture), ["Severity"] = "error", ["Message"] = "rule " + r.Name },
        }).ToList();
        var path = Path.Combine(folder, file);
        File.WriteAllText(path, JsonSerializer.Serialize(new[] { new Dictionary<string, object> { ["WorkflowName"] = "W", ["Rules"] = list } }));
        return path;
    }

    /// <summary>Runs a Unix tool (mkfifo, ln, truncate); false when it is not there (then the case is not buildable here).</summary>
    public static void Tool(string name, params string[] args)
    {
        var start = new ProcessStartInfo(name) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException(name + " " + string.Join(" ", args) + " failed: " + p.StandardError.ReadToEnd());
    }

    /// <summary>A file of <paramref name="bytes"/> bytes that takes no disk space (all zero bytes).</summary>
    public static void Sparse(string path, long bytes)
    {
        using var f = new FileStream(path, FileMode.Create, FileAccess.Write);
        f.SetLength(bytes);
    }

    /// <summary>
    /// The sample workbook with its sheet (and shared strings) rewritten by <paramref name="sheet"/> and
    /// <paramref name="strings"/>, which get the original part's XML and write the new one: the bombs are the
    /// sample with extra content streamed in, so everything but the bomb is a real, readable table.
    /// </summary>
    public static void Workbook(string path, Action<string, TextWriter>? sheet = null, Action<string, TextWriter>? strings = null, Action<string, TextWriter>? contentTypes = null)
    {
        File.Copy(SampleWorkbook, path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        Rewrite(zip, "xl/worksheets/sheet1.xml", sheet);
        Rewrite(zip, "xl/sharedStrings.xml", strings);
        Rewrite(zip, "[Content_Types].xml", contentTypes);
    }

    private static void Rewrite(ZipArchive zip, string name, Action<string, TextWriter>? write)
    {
        if (write is null) return;
        var entry = zip.GetEntry(name)!;
        string original;
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8)) original = reader.ReadToEnd();
        entry.Delete();
        var replaced = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var writer = new StreamWriter(replaced.Open(), new UTF8Encoding(false), 1 << 16);
        write(original, writer);
    }

    /// <summary>Writes <paramref name="xml"/> with <paramref name="insert"/>'s output placed just before <paramref name="marker"/>.</summary>
    public static void InsertBefore(string xml, string marker, TextWriter output, Action<TextWriter> insert)
    {
        var at = xml.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException(marker + " not found in the sample part");
        output.Write(xml.AsSpan(0, at));
        insert(output);
        output.Write(xml.AsSpan(at));
    }
}
