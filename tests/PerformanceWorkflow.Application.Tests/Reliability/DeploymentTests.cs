#if !POSTGRESQL
using System.Diagnostics;
using System.Net;
using PerformanceWorkflow.Cli.Bench;

namespace PerformanceWorkflow.Application.Tests.Reliability;

/// <summary>
/// The published service started as a server starts it: from another folder, in Production, listening where the usual
/// ASP.NET Core settings say (ASPNETCORE_URLS, --urls, ASPNETCORE_HTTP_PORTS), behind a proxy only when told so.
/// </summary>
public sealed class DeploymentTests(DeploymentTests.Published published) : IDisposable, IClassFixture<DeploymentTests.Published>
{
    private readonly string folder = Directory.CreateTempSubdirectory("pw-deploy-test-").FullName;

    /// <summary>`dotnet publish` of the service already built (--no-build), into a folder of its own, once for the class.</summary>
    public sealed class Published : IAsyncLifetime
    {
        public string Folder { get; } = Directory.CreateTempSubdirectory("pw-publish-").FullName;

        public string Dll => Path.Combine(Folder, "PerformanceWorkflow.Web.dll");

        public async Task InitializeAsync()
        {
            var built = WebService.Locate() ?? throw new InvalidOperationException("Servizio non compilato.");
            var project = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(built)!, "..", "..", ".."));
            var configuration = new DirectoryInfo(Path.GetDirectoryName(built)!).Parent!.Name;
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "publish", Path.Combine(project, "PerformanceWorkflow.Web.csproj"), "--no-build", "-c", configuration, "-o", Folder, "-v", "q" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"dotnet publish: {await output}{await error}");
        }

        public Task DisposeAsync()
        {
            Directory.Delete(Folder, recursive: true);
            return Task.CompletedTask;
        }
    }

    public static TheoryData<string> Conventions => ["ASPNETCORE_URLS", "--urls", "ASPNETCORE_HTTP_PORTS"];

    [Theory]
    [MemberData(nameof(Conventions))]
    public async Task Started_from_another_folder_it_listens_where_the_convention_says_and_serves_its_own_files(string convention)
    {
        var port = LoopbackSmtpSink.FreePort();
        await using var service = await StartAsync(convention, port, new Dictionary<string, string>());
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        foreach (var check in new[] { "\"database\"", "\"migrations\"", "\"jobs\"", "\"outbox\"" })
        {
            Assert.Contains(check, body, StringComparison.Ordinal);
        }

        // Pages, styles and settings come from the service's folder, not from the folder it was started in.
        Assert.Contains("Accedi", await client.GetStringAsync(new Uri("/accesso", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/css/site.css", UriKind.Relative))).StatusCode);
        Assert.True(File.Exists(Path.Combine(folder, "performance.db")));

        // The API's description is there, for staff only.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/openapi.json", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Forwarded_headers_are_believed_only_from_a_configured_proxy()
    {
        // HSTS goes only on HTTPS requests to a real name: a proxy that terminated TLS says both in X-Forwarded-*.
        async Task<bool> HstsAsync(Dictionary<string, string> settings)
        {
            var port = LoopbackSmtpSink.FreePort();
            await using var service = await StartAsync("ASPNETCORE_URLS", port, settings);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/accesso", UriKind.Relative));
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", "10.1.2.3");
            request.Headers.Add("X-Forwarded-Host", "performance.comune.example.it");
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return response.Headers.Contains("Strict-Transport-Security");
        }

        Assert.False(await HstsAsync([]));
        Assert.True(await HstsAsync(new Dictionary<string, string> { ["Proxy__KnownProxies__0"] = "127.0.0.1" }));
    }

    private Task<WebService> StartAsync(string convention, int port, Dictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder };
        start.ArgumentList.Add(published.Dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Default"] = $"Data Source={Path.Combine(folder, "performance.db")}";
        start.Environment["Email__PickupDirectory"] = Path.Combine(folder, "mail");
        start.Environment["DemoData__ImportReferencePlanOnEmptyDatabase"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment.Remove("Urls");
        start.Environment.Remove("ASPNETCORE_URLS");
        switch (convention)
        {
            case "ASPNETCORE_URLS":
                start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
                break;
            case "--urls":
                start.ArgumentList.Add("--urls");
                start.ArgumentList.Add($"http://127.0.0.1:{port}");
                break;
            default:
                start.Environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        return WebService.LaunchAsync(start, port, Path.Combine(folder, "service.log"), CancellationToken.None);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
#endif
