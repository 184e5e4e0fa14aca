using System;
using System.IO;
using System.Linq;
using System.Text;

namespace PerfRules.Excel.Tests;

/// <summary>
/// Writes the committed samples (samples/excel/台式机.xlsx, samples/csv/台式机.csv) from seed 001's 台式机 lines.
/// Run once with PERFRULES_WRITE_SAMPLES set to the repository root; otherwise it only checks they exist.
/// </summary>
public class SampleFiles
{
    [Fact]
    public void Samples_exist_or_are_written_from_the_seed()
    {
        var (first, last) = Seeds.DesktopLines;
        var root = Environment.GetEnvironmentVariable("PERFRULES_WRITE_SAMPLES");
        if (!string.IsNullOrEmpty(root))
        {
            var text = Seeds.Text(Seeds.File001);
            Directory.CreateDirectory(Path.Combine(root, "samples", "excel"));
            Directory.CreateDirectory(Path.Combine(root, "samples", "csv"));
            File.WriteAllBytes(Path.Combine(root, "samples", "excel", "台式机.xlsx"), WorkbookWriter.Write(WorkbookWriter.FromTabSeparated("台式机", text, first, last)));
            var lines = text.Replace("\r\n", "\n").Split('\n').Skip(first - 1).Take(last - first + 1);
            var csv = string.Concat(lines.Select(l => string.Join(",", l.Split('\t').Select(Field)) + "\r\n"));
            File.WriteAllText(Path.Combine(root, "samples", "csv", "台式机.csv"), csv, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        }

        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "samples", "excel", "台式机.xlsx")) || !string.IsNullOrEmpty(root));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "samples", "csv", "台式机.csv")) || !string.IsNullOrEmpty(root));
    }

    private static string Field(string cell) =>
        cell.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
