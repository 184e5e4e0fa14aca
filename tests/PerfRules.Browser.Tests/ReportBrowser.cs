using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace PerfRules.Browser.Tests;

/// <summary>
/// One headless chromium for the browser tests, and the HTML report of samples/ made by <c>perfrules check samples/
/// --format html -o …</c>. The browser is Debian's chromium (<c>PERFRULES_CHROMIUM</c> or <c>/usr/bin/chromium</c>),
/// never a download. When it or a Chinese font is missing the tests are skipped — except with <c>CI=true</c>, where
/// that is a failure (.ci/run installs both).
/// </summary>
public sealed class ReportBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>Why the browser tests cannot run here, or null.</summary>
    public string? Missing { get; private set; }

    public IBrowser? Browser { get; private set; }

    /// <summary>The report of samples/ (a temporary file).</summary>
    public string ReportPath { get; } = Path.Combine(Path.GetTempPath(), "perfrules-report-" + Guid.NewGuid().ToString("N") + ".html");

    /// <summary>The exit code and stdout of the check that wrote <see cref="ReportPath"/>.</summary>
    public (int Exit, string Out) Check { get; private set; }

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async Task InitializeAsync()
    {
        // Run from the output folder so the report names the inputs samples/… as a user's run in the repository would.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        using (var stdout = new StringWriter())
        using (var stderr = new StringWriter())
        {
            var exit = PerfRules.Cli.Program.Run(new[] { "check", "samples", "--format", "html", "-o", ReportPath }, stdout, stderr);
            Check = (exit, stdout.ToString());
        }

        var chromium = Environment.GetEnvironmentVariable("PERFRULES_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Missing = "no chromium at " + chromium + " (apt-get install chromium, or set PERFRULES_CHROMIUM)";
            return;
        }

        if (!HasChineseFont())
        {
            Missing = "no Chinese font (apt-get install fonts-wqy-microhei): the report's text would render as blanks";
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage" },
        });
    }

    /// <summary>Skips (or, under CI, fails) when the browser cannot run; otherwise a fresh page on the report.</summary>
    public async Task<IPage> OpenReportAsync(int width = 1280, int height = 900)
    {
        if (Missing is not null)
        {
            if (InCi) throw new InvalidOperationException("CI=true but the browser tests cannot run: " + Missing);
            Skip.If(true, Missing);
        }

        var page = await Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN" });
        await page.GotoAsync(new Uri(ReportPath).AbsoluteUri);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        File.Delete(ReportPath);
    }

    private static bool HasChineseFont()
    {
        try
        {
            using var fc = Process.Start(new ProcessStartInfo("fc-list", ":lang=zh family") { RedirectStandardOutput = true, UseShellExecute = false });
            if (fc is null) return false;
            var output = fc.StandardOutput.ReadToEnd();
            fc.WaitForExit();
            return output.Trim().Length > 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
