using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PerfRules.Cli.Tests.Hostile;

/// <summary>
/// Hostile inputs, each built at test time in a temporary folder and checked by the real CLI in a child process
/// under a 400 MB managed-heap cap (<see cref="ChildCli"/>): every case ends in bounded time and memory with the
/// expected finding or error, and the good table placed after the bad input in the same folder is still checked,
/// with the totals printed. Large inputs are sparse files or a few MB of XML inflated past the limit they test
/// (the readers stop at the limit, so a bigger bomb costs them no more).
/// </summary>
[Collection(nameof(HostileInputTests))]
public sealed class HostileInputTests : IDisposable
{
    private readonly string _folder = CliRunner.TempFolder();

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A FIFO or link left behind is harmless in the temp folder.
        }
    }

    private static void GoodTableChecked(ChildCli.Result r, int tables = 1)
    {
        Assert.True(r.Out.Contains(HostileFiles.GoodName + "，版式", StringComparison.Ordinal), "the good table after the bad input was not checked\n" + r);
        Assert.True(r.Out.Contains("合计 " + tables + " 张表", StringComparison.Ordinal), "no totals line for " + tables + " tables\n" + r);
        Assert.Contains(" tables, ", r.Err, StringComparison.Ordinal);
    }

    private static void BoundedMemory(ChildCli.Result r)
    {
        // The heap cap turns runaway allocation into a crash (a non-zero exit other than 1 or 2, caught by the exit
        // asserts); the resident peak, where /proc shows it, stays well below what the cases cost before.
        if (r.PeakResidentBytes > 0) Assert.True(r.PeakResidentBytes < 600L * 1024 * 1024, "peak resident " + (r.PeakResidentBytes >> 20) + " MB\n" + r);
    }

    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    [Fact]
    public void Runaway_rules_are_stopped_by_the_evaluation_budget_and_every_table_is_still_checked()
    {
        HostileFiles.Good(_folder, "a_good.txt");
        HostileFiles.Good(_folder);
        var nested = "table.Indicators.Count() >= 0";
        for (var k = 0; k < 10; k++) nested = "table.Indicators.Count(i" + k + " => " + nested + ") >= 0";
        var array = "\"x\".Replace(\"x\", \"" + Repeat("x,", 400) + "\").Replace(\"x\", \"" + Repeat("x,", 250) + "\").Split(',')"; // 100,001 elements
        var rules = HostileFiles.Rules(_folder, "rules.json",
            ("Nested", nested),
            ("Crossed", array + ".Count(a => " + array + ".Count() > 0) > 0"),
            ("ReplaceChain", "table.Indicators.All(i => i.Name.Replace(i.Name, \"" + new string('x', 1000) + "\").Replace(\"x\", \"" + new string('x', 1000) + "\").Replace(\"x\", \"" + new string('x', 1000) + "\").Length > 0)"),
            ("ReplaceToOom", "\"x\".Replace(\"x\", \"" + new string('x', 1200) + "\").Replace(\"x\", \"" + new string('x', 1200) + "\").Replace(\"x\", \"" + new string('x', 1200) + "\").Length > 0"));

        var r = ChildCli.Run(_folder, new[] { "check", "a_good.txt", HostileFiles.GoodName, "--rules", rules });

        Assert.True(r.Exit == 2, r.ToString());
        foreach (var (name, id) in new[] { ("Nested", "X01"), ("Crossed", "X02"), ("ReplaceChain", "X03"), ("ReplaceToOom", "X04") })
        {
            var line = "perfrules: " + rules + "：工作流「W」，规则「" + name + "」（" + id + "）在表「" + HostileFiles.GoodProject + "」上运行失败：";
            Assert.True(Regex.Matches(r.Err, Regex.Escape(line) + "(运行 [0-9,]+ 步后停止|已停止：)").Count == 2, name + " was not stopped on both tables\n" + r);
        }

        Assert.Contains("步后停止（上限 MaxEvaluationSteps）", r.Err, StringComparison.Ordinal);
        Assert.Contains("（上限 MaxEvaluationCharacters；", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("OutOfMemory", r.Err, StringComparison.Ordinal);
        GoodTableChecked(r, tables: 2);
        BoundedMemory(r);
    }

    [Fact]
    public void Fifos_devices_folder_links_and_sparse_giants_in_an_input_folder_are_reported_and_the_rest_is_checked_once()
    {
        if (!OperatingSystem.IsLinux()) return; // FIFOs, /dev/zero and sparse files as on the servers this guards
        var input = Directory.CreateDirectory(Path.Combine(_folder, "in")).FullName;
        HostileFiles.Tool("mkfifo", Path.Combine(input, "b.csv"));
        File.CreateSymbolicLink(Path.Combine(input, "c.txt"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(input, "d.json"), "/dev/urandom");
        Directory.CreateSymbolicLink(Path.Combine(input, "loop"), "..");
        Directory.CreateSymbolicLink(Path.Combine(input, "self"), ".");
        HostileFiles.Sparse(Path.Combine(input, "e.json"), 2L << 30);
        HostileFiles.Sparse(Path.Combine(input, "f.jsonl"), 2L << 30);
        HostileFiles.Sparse(Path.Combine(input, "g.txt"), 2L << 30);
        HostileFiles.Good(input);

        var r = ChildCli.Run(_folder, new[] { "check", "in" });

        Assert.True(r.Exit == 1, r.ToString());
        foreach (var (file, what) in new[] { ("b.csv", "命名管道 FIFO"), ("c.txt", "字符设备"), ("d.json", "字符设备") })
        {
            Assert.True(r.Out.Contains("[in/" + file + "] I10 错误 无法读取：不是常规文件（是" + what + "）", StringComparison.Ordinal), file + "\n" + r);
        }

        Assert.Contains("[in/e.json] I11 错误 超出上限：输入大小（字节） 2,147,483,648，超过上限 67,108,864（TableReaderOptions.MaxInputBytes）", r.Out, StringComparison.Ordinal);
        Assert.Contains("[in/f.jsonl] I11 错误 超出上限：JSON Lines 第 1 行的长度（字符）", r.Out, StringComparison.Ordinal);
        Assert.Contains("[in/g.txt] I11 错误 超出上限：输入大小（字节）", r.Out, StringComparison.Ordinal);

        // self -> . and loop -> .. are not followed: the good table is checked exactly once.
        Assert.Single(Regex.Matches(r.Out, "^== ", RegexOptions.Multiline));
        GoodTableChecked(r);
        BoundedMemory(r);
    }

    [Theory]
    [InlineData("--rules", "fifo")]
    [InlineData("--profile", "fifo")]
    [InlineData("--rules", "/dev/zero")]
    [InlineData("--profile", "/dev/urandom")]
    public void A_rule_file_or_profile_that_is_not_a_regular_file_is_a_load_error_not_a_hang(string option, string kind)
    {
        if (!OperatingSystem.IsLinux()) return;
        var path = Path.Combine(_folder, "bad.json");
        if (kind == "fifo") HostileFiles.Tool("mkfifo", path);
        else File.CreateSymbolicLink(path, kind);
        HostileFiles.Good(_folder);

        var r = ChildCli.Run(_folder, new[] { "check", HostileFiles.GoodName, option, "bad.json" });

        Assert.True(r.Exit == 2, r.ToString());
        Assert.Contains("perfrules: bad.json：无法读取" + (option == "--rules" ? "规则文件" : "配置文件") + "：是" + (kind == "fifo" ? "命名管道（FIFO）" : "字符设备") + "，不是普通文件", r.Err, StringComparison.Ordinal);
        BoundedMemory(r);
    }

    [Fact]
    public void Twenty_thousand_rules_are_refused_at_the_documented_cap()
    {
        HostileFiles.Good(_folder);
        var rules = Enumerable.Range(1, 20_000).Select(i => ("r" + i, "true")).ToArray();
        var path = HostileFiles.Rules(_folder, "many.json", rules.Select(r => (r.Item1, r.Item2)).ToArray());

        var r = ChildCli.Run(_folder, new[] { "check", HostileFiles.GoodName, "--rules", path });

        Assert.True(r.Exit == 2, r.ToString());
        Assert.Contains("many.json：文件中有 20,000 条规则，超过用户规则文件合计还能容纳的 2,000 条（上限 MaxRules", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_built_in_profile_name_wins_over_a_file_of_that_name_and_the_header_says_which()
    {
        HostileFiles.Good(_folder);
        File.WriteAllText(Path.Combine(_folder, "national"), "{\"name\":\"evil\",\"rules\":{\"S01\":{\"enabled\":false}}}");

        var builtIn = ChildCli.Run(_folder, new[] { "check", HostileFiles.GoodName, "--profile", "national" });
        var file = ChildCli.Run(_folder, new[] { "check", HostileFiles.GoodName, "--profile", "./national" });

        Assert.Contains("，规则配置 national (nanjing-2026)）", builtIn.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", builtIn.Out, StringComparison.Ordinal);
        Assert.Contains("，规则配置 evil (nanjing-2026)，文件 ./national）", file.Out, StringComparison.Ordinal);
        GoodTableChecked(builtIn);
        GoodTableChecked(file);
    }

    [Theory]
    [InlineData("../../../../etc/passwd", "」指向配置文件所在文件夹（")]
    [InlineData("/etc/hostname", "」是绝对路径；")]
    public void A_profile_cannot_name_rule_files_outside_its_folder(string ruleFile, string why)
    {
        HostileFiles.Good(_folder);
        var sub = Directory.CreateDirectory(Path.Combine(_folder, "profiles")).FullName;
        File.WriteAllText(Path.Combine(sub, "p.json"), JsonSerializer.Serialize(new { ruleFiles = new[] { ruleFile } }));

        var r = ChildCli.Run(_folder, new[] { "check", HostileFiles.GoodName, "--profile", "profiles/p.json" });

        Assert.True(r.Exit == 2, r.ToString());
        Assert.Contains("perfrules: profiles/p.json：ruleFiles 中的「" + ruleFile + why, r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_and_bidi_characters_from_tables_and_rules_reach_neither_stdout_nor_stderr_raw()
    {
        // A JSON table whose name and a cell carry ESC sequences, NUL, CR and U+202E; a rule whose name, message and
        // field carry them too, and which fails on purpose (index out of range) so its name reaches stderr.
        var (exit, json, _) = CliRunner.Run("convert", HostileFiles.Seed, "--format", "json");
        Assert.Equal(0, exit);
        var evil = "\u001b]0;owned\u0007\u001b[2J\u0000\r合计 0 张表\u202e";
        var escaped = JsonSerializer.Serialize(evil)[1..^1]; // as JSON string escapes: the table file is valid JSON
        var table = json.Replace(HostileFiles.GoodProject, "表" + escaped, StringComparison.Ordinal).Replace("综合性重大场景数", "综合性" + escaped + "场景数", StringComparison.Ordinal);
        Assert.NotEqual(json, table);
        File.WriteAllText(Path.Combine(_folder, "a_evil.json"), table);
        HostileFiles.Good(_folder);
        var rules = Path.Combine(_folder, "rules.json");
        File.WriteAllText(rules, JsonSerializer.Serialize(new[]
        {
            new
            {
                WorkflowName = "W" + evil,
                Rules = new object[]
                {
                    new { RuleName = "Shown" + evil, Expression = "false", Properties = new { Id = "X01", Severity = "warning", Message = "消息" + evil + "{table}", Field = "项目名称" + evil } },
                    new { RuleName = "Fails" + evil, Expression = "table.Indicators[100000] != null", Properties = new { Id = "X02", Severity = "warning", Message = "m" } },
                },
            },
        }));

        var r = ChildCli.Run(_folder, new[] { "check", "a_evil.json", HostileFiles.GoodName, "--rules", rules });

        Assert.True(r.Exit == 2, r.ToString());
        foreach (var (name, text) in new[] { ("stdout", r.Out), ("stderr", r.Err) })
        {
            var raw = text.Where(c => (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\u202E').Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
            Assert.True(raw.Count == 0, name + " holds raw control characters " + string.Join(", ", raw) + "\n" + r);
        }

        Assert.Contains("\\x1B]0;owned\\x07\\x1B[2J\\x00\\r合计 0 张表\\u202E", r.Out, StringComparison.Ordinal);
        Assert.Contains("规则「Fails\\x1B]0;owned", r.Err, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(r.Out, "^合计 ", RegexOptions.Multiline));
        GoodTableChecked(r, tables: 2);
    }

    [Fact]
    public void Workbook_bombs_built_from_the_sample_are_refused_while_streaming_and_the_good_table_is_checked()
    {
        var input = Directory.CreateDirectory(Path.Combine(_folder, "in")).FullName;

        // Cells: 6,000 more rows of 100 cells (600,000 > MaxCells), as the 30-million-cell bomb begins.
        HostileFiles.Workbook(Path.Combine(input, "a_cells.xlsx"), sheet: (xml, w) => HostileFiles.InsertBefore(xml, "</x:sheetData>", w, o =>
        {
            for (var row = 1000; row < 7000; row++)
            {
                o.Write("<x:row r=\"" + row + "\">");
                for (var col = 0; col < 100; col++) o.Write("<x:c><x:v>1</x:v></x:c>");
                o.Write("</x:row>");
            }
        }));

        // Width: rows with their one cell in column XFD.
        HostileFiles.Workbook(Path.Combine(input, "b_wide.xlsx"), sheet: (xml, w) => HostileFiles.InsertBefore(xml, "</x:sheetData>", w, o =>
        {
            for (var row = 1000; row < 201_000; row++) o.Write("<x:row r=\"" + row + "\"><x:c r=\"XFD" + row + "\"><x:v>1</x:v></x:c></x:row>");
        }));

        // One cell of 40 million characters (past MaxPartBytes; the 1.2-billion-character bomb stops at the same point).
        HostileFiles.Workbook(Path.Combine(input, "c_cell.xlsx"), sheet: (xml, w) => HostileFiles.InsertBefore(xml, "</x:sheetData>", w, o =>
        {
            o.Write("<x:row r=\"1000\"><x:c r=\"A1000\" t=\"inlineStr\"><x:is><x:t>");
            var chunk = new string('x', 1 << 16);
            for (var i = 0; i < 610; i++) o.Write(chunk);
            o.Write("</x:t></x:is></x:c></x:row>");
        }));

        // 2,000 merges of the whole sheet.
        HostileFiles.Workbook(Path.Combine(input, "d_merges.xlsx"), sheet: (xml, w) => HostileFiles.InsertBefore(xml, "</x:worksheet>", w, o =>
        {
            o.Write("<x:mergeCells count=\"2000\">");
            for (var i = 0; i < 2000; i++) o.Write("<x:mergeCell ref=\"A1:XFD1048576\"/>");
            o.Write("</x:mergeCells>");
        }));

        // Shared strings: 1.1 million items (past MaxSharedStrings; the 40-million bomb stops at the same point).
        HostileFiles.Workbook(Path.Combine(input, "e_strings.xlsx"), strings: (xml, w) => HostileFiles.InsertBefore(xml, "</x:sst>", w, o =>
        {
            for (var i = 0; i < 1_100_000; i++) o.Write("<x:si/>");
        }));
        // A part the packaging layer reads whole ([Content_Types].xml, relationships …): 20 MB of XML in 20 KB.
        HostileFiles.Workbook(Path.Combine(input, "f_part.xlsx"), contentTypes: (xml, w) => HostileFiles.InsertBefore(xml, "</Types>", w, o =>
        {
            var chunk = new string(' ', 1 << 16);
            for (var i = 0; i < 320; i++) o.Write(chunk);
        }));
        HostileFiles.Good(input);

        var r = ChildCli.Run(_folder, new[] { "check", "in" });

        Assert.True(r.Exit == 1, r.ToString());
        foreach (var (file, limit) in new[]
                 {
                     ("f_part.xlsx", "MaxPartBytes"),
                     ("a_cells.xlsx", "MaxCells"), ("b_wide.xlsx", "MaxColumns"), ("c_cell.xlsx", "MaxPartBytes"), ("d_merges.xlsx", "MaxMergedArea"), ("e_strings.xlsx", "MaxSharedStrings"),
                 })
        {
            Assert.True(Regex.IsMatch(r.Out, "^\\[in/" + Regex.Escape(file) + "\\] I11 错误 超出上限：.*（WorkbookTableReader\\." + limit + "）", RegexOptions.Multiline), file + "\n" + r);
        }

        GoodTableChecked(r);
        if (r.PeakResidentBytes > 0) Assert.True(r.PeakResidentBytes < 300L * 1024 * 1024, "peak resident " + (r.PeakResidentBytes >> 20) + " MB\n" + r);
    }

    [Theory]
    [InlineData("commas.csv", ',')]
    [InlineData("tabs.txt", '\t')]
    public void Sixty_megabytes_of_separators_are_refused_after_one_scan_within_the_documented_memory(string file, char separator)
    {
        using (var w = new StreamWriter(Path.Combine(_folder, file), false, new UTF8Encoding(false), 1 << 16))
        {
            var chunk = new string(separator, 1 << 16);
            for (var i = 0; i < 60_000_000 / chunk.Length; i++) w.Write(chunk);
        }

        HostileFiles.Good(_folder);

        var r = ChildCli.Run(_folder, new[] { "check", file, HostileFiles.GoodName });

        Assert.True(r.Exit == 1, r.ToString());
        Assert.Contains("[" + file + "] I11 错误 超出上限：输入单元格数 ", r.Out, StringComparison.Ordinal);
        Assert.Contains("（TableReaderOptions.MaxCells）", r.Out, StringComparison.Ordinal);
        GoodTableChecked(r);

        // TableReaderOptions promises "a few hundred MB" per input: the 60 MB file is read and decoded once, then refused.
        if (r.PeakResidentBytes > 0) Assert.True(r.PeakResidentBytes < 400L * 1024 * 1024, "peak resident " + (r.PeakResidentBytes >> 20) + " MB\n" + r);
    }

    [Fact]
    public void Rules_give_the_same_findings_under_tr_TR_zh_CN_and_the_invariant_culture()
    {
        HostileFiles.Good(_folder);
        var rules = Path.Combine(_folder, "culture.json");
        File.WriteAllText(rules, JsonSerializer.Serialize(new[]
        {
            new
            {
                WorkflowName = "Culture",
                Rules = new object[]
                {
                    // Held under the invariant culture only if formatting ignores the host: 1.5 would be "1,5" in tr-TR.
                    new { RuleName = "Decimal", Expression = "(1.5).ToString() == \"1.5\" && string.Concat(1.5, \"\") == \"1.5\"", Properties = new { Id = "X01", Severity = "error", Message = "culture leaked" } },
                    new { RuleName = "Shown", Expression = "false", Properties = new { Id = "X02", Severity = "warning", Message = "{a} {b} {c}", Arguments = new { a = "asOf.ToString(\"dddd d MMMM yyyy\")", b = "string.Concat(2.5, asOf)", c = "(1234567.891).ToString(\"N2\") + \"|\" + table.Name.ToUpperInvariant()" } } },
                },
            },
        }));
        var config = ChildCli.CultureAwareRuntimeConfig(_folder);

        var outputs = new List<string>();
        foreach (var culture in new[] { "C.UTF-8", "tr_TR.UTF-8", "zh_CN.UTF-8" })
        {
            var env = new Dictionary<string, string> { ["LANG"] = culture, ["LC_ALL"] = culture };
            var r = ChildCli.Run(_folder, new[] { "check", HostileFiles.GoodName, "--rules", rules }, env, culture == "C.UTF-8" ? null : config);
            Assert.True(r.Exit == 0, culture + "\n" + r);
            Assert.DoesNotContain("culture leaked", r.Out, StringComparison.Ordinal);
            outputs.Add(r.Out);
        }

        Assert.Contains("X02 警告 表: Tuesday 30 June 2026 2.506/30/2026 00:00:00 1,234,567.89|", outputs[0], StringComparison.Ordinal);
        Assert.Equal(outputs[0], outputs[1]);
        Assert.Equal(outputs[0], outputs[2]);
    }
}
