using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PerformanceWorkflow.Web.Tests.Support;

/// <summary>The real service on a real SQLite file of its own (demo data loaded unless asked otherwise), deleted afterwards.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _directory;
    private readonly bool _demo;
    private readonly bool _jobs;
    private readonly bool _ownsDirectory;

    /// <summary>Extra settings and the environment, for tests of production behaviour or limits.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public string Environment { get; init; } = "Development";

    /// <summary>A clock of the test's own (a FakeTimeProvider), when time must move.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>The pickup folder: the service's emails as .eml files.</summary>
    public string MailDirectory => Path.Combine(_directory, "mail");

    /// <summary>The service with its demo data, as a class fixture.</summary>
    public AppFactory()
        : this(demo: true, kestrel: false)
    {
    }

    internal AppFactory(bool demo, bool kestrel, bool jobs = false, string? directory = null)
    {
        _demo = demo;
        _jobs = jobs;
        _ownsDirectory = directory is null;
        _directory = directory ?? Directory.CreateTempSubdirectory("pw-web-").FullName;
        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    public string DatabasePath => Path.Combine(_directory, "performance.db");

    /// <summary>The address of the Kestrel server, for a real browser.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    /// <summary>A client signed in as a demo user (cookies kept), through the real sign-in page.</summary>
    public async Task<HttpClient> ClientAsync(string userName = "amministratore", string password = PerformanceWorkflow.Application.Features.Users.DemoUsersSeeder.Password)
    {
        var client = CreateClient();
        await SignInAsync(client, userName, password);
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await Forms.ParseAsync(await client.GetAsync(new Uri("/accesso", UriKind.Relative)));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync(new Uri("/accesso", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        return response;
    }

    /// <summary>A query on the service's database, in a scope of its own.</summary>
    public async Task<T> RunAsync<T>(Func<PerformanceWorkflow.Application.Data.AppDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PerformanceWorkflow.Application.Data.AppDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("DemoData:CreateDemoUsers", "true");

        // The tests tell the demo's 2024 story on a clock of their own; the current year set in motion has its test.
        builder.UseSetting("DemoData:CurrentYearInProgress", "false");

        // Tests sign in many times from one address; the limit has a test of its own.
        builder.UseSetting("Security:SignInAttemptsPerMinute", "1000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabasePath}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("DemoData:ImportReferencePlanOnEmptyDatabase", _demo ? "true" : "false");
        builder.UseSetting("Jobs:RunServer", _jobs ? "true" : "false");
        builder.UseSetting("Jobs:SchedulePollingSeconds", "1");
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        builder.UseSetting("Email:PickupDirectory", MailDirectory);
        if (Time is { } time)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(time)));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDirectory)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a closing connection; the temporary folder is cleaned by the system.
            }
        }
    }
}
