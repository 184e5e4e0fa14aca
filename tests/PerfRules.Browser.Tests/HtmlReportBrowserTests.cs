using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace PerfRules.Browser.Tests;

/// <summary>
/// The HTML report of samples/ in a real browser (headless chromium through Playwright): every marker is visible on
/// its row, the filters hide and show rows and markers from the keyboard, and the screenshot in README is taken here.
/// </summary>
public class HtmlReportBrowserTests : IClassFixture<ReportBrowser>
{
    /// <summary>In the page: for each marker, whether it is rendered, inside its row (or list item) and not covered.</summary>
    private const string MarkerProblems = """
() => {
  const bar = document.getElementById('filters').getBoundingClientRect().height;
  const problems = [];
  for (const m of document.querySelectorAll('.f[data-rule-id]')) {
    const holder = m.closest('tr') || m.closest('li');
    const id = m.getAttribute('data-rule-id') + ' in ' + (m.closest('section') || {}).id;
    if (!holder) { problems.push(id + ': not on a row'); continue; }
    m.scrollIntoView({ block: 'center' });
    const r = m.getBoundingClientRect(), h = holder.getBoundingClientRect();
    if (!m.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || r.width < 4 || r.height < 4) { problems.push(id + ': not visible'); continue; }
    if (r.top < h.top - 0.5 || r.bottom > h.bottom + 0.5 || r.left < h.left - 0.5 || r.right > h.right + 0.5) { problems.push(id + ': outside its row'); continue; }
    const x = r.left + Math.min(10, r.width / 2), y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    if (y < bar || !hit || !m.contains(hit)) problems.push(id + ': covered by ' + (hit ? hit.tagName + '.' + hit.className : 'nothing'));
  }
  return problems;
}
""";

    private readonly ReportBrowser _browser;

    public HtmlReportBrowserTests(ReportBrowser browser) => _browser = browser;

    [SkippableFact]
    public async Task Every_marker_is_visible_on_its_row()
    {
        var page = await _browser.OpenReportAsync();
        var markers = await page.Locator(".f[data-rule-id]").CountAsync();
        Assert.Equal(1, _browser.Check.Exit);
        Assert.Equal(string.Empty, _browser.Check.Out);
        Assert.True(markers > 200, markers + " markers");
        Assert.Equal(markers.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#filter-shown").TextContentAsync());

        var problems = await page.EvaluateAsync<string[]>(MarkerProblems);
        Assert.Empty(problems);
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task The_severity_filter_hides_and_shows_rows_from_the_keyboard()
    {
        var page = await _browser.OpenReportAsync();
        var errorRow = page.Locator("tr.has-f:has(.f[data-severity=\"error\"]):not(:has(.f[data-severity=\"warning\"])):not(:has(.f[data-severity=\"info\"]))").First;
        var warningMarker = page.Locator(".f[data-severity=\"warning\"]").First;
        var plainRow = page.Locator("tr.plain[data-row]").First;
        Assert.True(await errorRow.IsVisibleAsync());

        // Untick 错误 with the keyboard: the error markers go, the others stay; rows keep their place.
        await page.FocusAsync("#filter-error");
        await page.Keyboard.PressAsync("Space");
        Assert.False(await page.IsCheckedAsync("#filter-error"));
        Assert.Equal(0, await VisibleCount(page, ".f[data-severity=\"error\"]"));
        Assert.True(await warningMarker.IsVisibleAsync());
        Assert.True(await errorRow.IsVisibleAsync());

        // 只看有问题的行: rows with no finding left to show are hidden, rows with one stay.
        await page.FocusAsync("#filter-only");
        await page.Keyboard.PressAsync("Space");
        Assert.False(await errorRow.IsVisibleAsync());
        Assert.False(await plainRow.IsVisibleAsync());
        Assert.True(await warningMarker.IsVisibleAsync());
        var shown = await page.Locator("#filter-shown").TextContentAsync();
        var expected = await page.Locator(".f[data-rule-id]:not([data-severity=\"error\"])").CountAsync();
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), shown);

        // Tick 错误 again: the rows come back.
        await page.FocusAsync("#filter-error");
        await page.Keyboard.PressAsync("Space");
        Assert.True(await errorRow.IsVisibleAsync());
        Assert.Equal(await page.Locator(".f[data-severity=\"error\"]").CountAsync(), await VisibleCount(page, ".f[data-severity=\"error\"]"));
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task The_rule_filter_shows_one_rule_only()
    {
        var page = await _browser.OpenReportAsync();
        await page.SelectOptionAsync("#filter-rule", "V10");
        var all = await page.Locator(".f[data-rule-id]").CountAsync();
        var v10 = await page.Locator(".f[data-rule-id=\"V10\"]").CountAsync();
        Assert.True(v10 > 0 && v10 < all);
        Assert.Equal(v10, await VisibleCount(page, ".f[data-rule-id]"));
        Assert.Equal(v10.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#filter-shown").TextContentAsync());
        await page.CloseAsync();
    }

    /// <summary>
    /// Takes the screenshots README shows: the top of the page (summary, filters) and a form around its first error.
    /// They are written to docs/images/ when PERFRULES_UPDATE_SCREENSHOT names the repository root, else to temporary files.
    /// </summary>
    [SkippableFact]
    public async Task Screenshots_show_the_summary_and_the_form_with_its_markers()
    {
        var page = await _browser.OpenReportAsync(1200, 1000);
        var root = Environment.GetEnvironmentVariable("PERFRULES_UPDATE_SCREENSHOT");
        var summary = await Screenshot(page, root, "html-report-summary.png");

        // The first error marked on an indicator cell, in the middle of the screen.
        await page.EvaluateAsync("() => document.querySelector('table.ind .f[data-severity=\"error\"]').scrollIntoView({ block: 'center' })");
        Assert.True(await page.Locator("table.ind .f[data-severity=\"error\"]").First.IsVisibleAsync());
        var form = await Screenshot(page, root, "html-report.png");
        Assert.NotEqual(summary, form);
        await page.CloseAsync();
    }

    private static async Task<byte[]> Screenshot(IPage page, string? root, string name)
    {
        var path = root is { Length: > 0 } ? Path.Combine(root, "docs", "images", name) : Path.Combine(Path.GetTempPath(), "perfrules-" + Guid.NewGuid().ToString("N") + "-" + name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        if (root is not { Length: > 0 }) File.Delete(path);
        Assert.True(png.Length > 20_000, name + ": " + png.Length + " bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.Take(4).ToArray());
        return png;
    }

    private static Task<int> VisibleCount(IPage page, string selector) =>
        page.EvaluateAsync<int>("s => [...document.querySelectorAll(s)].filter(e => e.checkVisibility()).length", selector);
}
