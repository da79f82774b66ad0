using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PerformanceWorkflow.Cli.Bench;

/// <summary>The service run as its own process on a database, for load and memory: as it runs on a server.</summary>
internal sealed partial class WebService : IAsyncDisposable
{
    private readonly Process process;
    private readonly CookieContainer cookies = new();
    private readonly Uri root;

    private WebService(Process process, Uri root)
    {
        this.process = process;
        this.root = root;
    }

    /// <summary>The built service: PW_WEB_DLL, else src/PerformanceWorkflow.Web/bin/*/net10.0 above pw.</summary>
    public static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("PW_WEB_DLL") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var web = Path.Combine(folder.FullName, "src", "PerformanceWorkflow.Web", "bin");
            if (Directory.Exists(web))
            {
                // The service built like pw itself (Release with Release): a Debug service would measure the debugger's code.
                var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name;
                return Directory.GetFiles(web, "PerformanceWorkflow.Web.dll", SearchOption.AllDirectories)
                    .OrderByDescending(f => f.Contains($"{Path.DirectorySeparatorChar}{configuration}{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                    .ThenByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
            }
        }

        return null;
    }

    /// <param name="dll">The built service.</param>
    /// <param name="database">Its database.</param>
    /// <param name="jobs">Whether it runs its job server (off for the load runs: they measure the pages).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="settings">More settings as environment variables (Section__Key), over the defaults above.</param>
    public static async Task<WebService> StartAsync(string dll, string database, bool jobs, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = LoopbackSmtpSink.FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(dll))))! };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__Default"] = $"Data Source={database}";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["DemoData__ImportReferencePlanOnEmptyDatabase"] = "false";
        start.Environment["DemoData__CreateDemoUsers"] = "false";
        start.Environment["Email__PickupDirectory"] = Path.Combine(Path.GetDirectoryName(database)!, "mail-web");
        start.Environment["Security__SignInAttemptsPerMinute"] = "1000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Jobs__RunServer"] = jobs ? "true" : "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return await LaunchAsync(start, port, Path.Combine(Path.GetDirectoryName(database)!, $"web-{Path.GetFileNameWithoutExtension(database)}.log"), cancellationToken);
    }

    /// <summary>
    /// Starts the service as <paramref name="start"/> says (it must listen on <paramref name="port"/> of loopback) and
    /// returns once it answers /health; its output goes to <paramref name="logFile"/>. Throws when it exits first.
    /// </summary>
    public static async Task<WebService> LaunchAsync(ProcessStartInfo start, int port, string logFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Il servizio non parte.");

        // The service's own log, beside the databases: where to look when a request fails under load.
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.Exited += (_, _) => log.Dispose();
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new WebService(process, new Uri($"http://127.0.0.1:{port}"));
        using var probe = new HttpClient { BaseAddress = service.root };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if ((await probe.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken)).IsSuccessStatusCode)
                {
                    return service;
                }
            }
            catch (HttpRequestException) when (attempt < 600)
            {
            }

            if (process.HasExited || attempt >= 600)
            {
                throw new InvalidOperationException($"Il servizio non risponde (uscito: {process.HasExited}).");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    public Uri Url(string path) => new(root, path);

    public HttpClient Client() => new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = true }) { BaseAddress = root };

    /// <summary>Signs in through the real page; the client keeps the cookies (shared with <see cref="CookieHeader"/>).</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var client = Client();
        var page = await client.GetStringAsync(new Uri("/accesso", UriKind.Relative), cancellationToken);
        var token = Token(page);
        var response = await client.PostAsync(new Uri("/accesso", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }), cancellationToken);
        if (!response.IsSuccessStatusCode || response.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/accesso", StringComparison.OrdinalIgnoreCase) == true)
        {
            throw new InvalidOperationException($"Accesso di {userName} non riuscito.");
        }

        return client;
    }

    public string CookieHeader() => cookies.GetCookieHeader(root);

    /// <summary>The draft form as the browser posts it: token, revision, every value as shown.</summary>
    public static string DraftBody(string page)
    {
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", Token(page)) };
        foreach (Match match in InputPattern().Matches(page))
        {
            fields.Add(new(WebUtility.HtmlDecode(match.Groups["name"].Value), WebUtility.HtmlDecode(match.Groups["value"].Value)));
        }

        foreach (Match match in SelectPattern().Matches(page))
        {
            fields.Add(new(WebUtility.HtmlDecode(match.Groups["name"].Value), "3"));
        }

        return string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
    }

    internal static string Token(string page) =>
        TokenPattern().Match(page) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("Token antiforgery mancante.");

    /// <summary>Peak resident memory of the service (VmHWM), in MB.</summary>
    public double PeakWorkingSetMb()
    {
        var status = File.ReadAllLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return status is null ? 0 : double.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>SIGKILL, as a crash or the OOM killer would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<input[^>]*name=\"(?<name>(Value|Numerator|Denominator|Revision)[^\"]*)\"[^>]*value=\"(?<value>[^\"]*)\"")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<select[^>]*name=\"(?<name>Value\\[[^\"]+)\"")]
    private static partial Regex SelectPattern();
}

/// <summary>A load run's latencies and errors.</summary>
internal sealed record LoadRun(long Requests, double P50Ms, double P95Ms, double P99Ms, long Errors, string? ErrorNote);

/// <summary>
/// Debian's wrk (Debian's "bombardier" package is a game, not the HTTP tool), driven by a Lua script that sets the
/// method, body and cookie and prints the percentiles as JSON.
/// </summary>
internal static class Wrk
{
    private static readonly string[] Places = ["/usr/bin/wrk", "/usr/local/bin/wrk"];

    public static string? Locate() => Places.FirstOrDefault(File.Exists);

    public static async Task<LoadRun> RunAsync(string wrk, Uri url, TimeSpan duration, int connections, string? cookie, string? body, CancellationToken cancellationToken)
    {
        var script = Path.Combine(Path.GetTempPath(), $"pw-wrk-{Guid.NewGuid():N}.lua");
        var lua = new StringBuilder();
        if (body is not null)
        {
            lua.Append("wrk.method = \"POST\"\n");
            lua.Append("wrk.body = [==[").Append(body).Append("]==]\n");
            lua.Append("wrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"\n");
        }

        if (cookie is { Length: > 0 })
        {
            lua.Append("wrk.headers[\"Cookie\"] = [==[").Append(cookie).Append("]==]\n");
        }

        lua.Append("""
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format('{"requests":%d,"p50":%d,"p95":%d,"p99":%d,"socket":%d,"status":%d}\n',
                summary.requests, latency:percentile(50), latency:percentile(95), latency:percentile(99),
                e.connect + e.read + e.write + e.timeout, e.status))
            end
            """);
        await File.WriteAllTextAsync(script, lua.ToString(), cancellationToken);
        try
        {
            var start = new ProcessStartInfo(wrk) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-t", "2", "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", $"{(int)duration.TotalSeconds}s", "--timeout", "30s", "-s", script, url.ToString() })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk non parte.");
            var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var line = output.Split('\n').LastOrDefault(l => l.StartsWith('{')) ?? throw new InvalidOperationException("wrk non ha scritto il risultato: " + output);
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            double Ms(string p) => root.GetProperty(p).GetDouble() / 1000.0;
            var socket = root.GetProperty("socket").GetInt64();
            var status = root.GetProperty("status").GetInt64();
            var note = socket + status == 0 ? null : $"{status} risposte 4xx/5xx, {socket} errori di connessione o timeout";
            return new LoadRun(root.GetProperty("requests").GetInt64(), Ms("p50"), Ms("p95"), Ms("p99"), socket + status, note);
        }
        finally
        {
            File.Delete(script);
        }
    }
}
