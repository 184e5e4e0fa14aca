using System;
using System.IO;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;

namespace PerfRules.Excel.Tests;

internal static class Seeds
{
    public const string File000 = "000_27d945da3f6b14f2.txt";
    public const string File001 = "001_31cd2f4c762929cd.txt";

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "samples", file);

    public static string Text(string file) => File.ReadAllText(PathOf(file));

    public static TableReadResult Read(string file) => TableTextReader.ReadFile(PathOf(file));

    /// <summary>The lines of 台式机 in seed 001 (its title line through the line before the next title).</summary>
    public static (int First, int Last) DesktopLines
    {
        get
        {
            var tables = Read(File001).Tables;
            var i = tables.ToList().FindIndex(t => t.Name == "台式机");
            return (tables[i].Line!.Value, tables[i + 1].Line!.Value - 1);
        }
    }

    /// <summary>The table with every finding's A1 cell reference and its worksheet removed (the text reader has neither).</summary>
    public static PerformanceTable WithoutCells(PerformanceTable table) =>
        table with { Worksheet = null, ImportFindings = table.ImportFindings.Select(f => f with { Location = f.Location with { Cell = null } }).ToValueList() };
}
