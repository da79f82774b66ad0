namespace PerformanceWorkflow.Web.Infrastructure;

/// <summary>
/// Where the service finds its pages, settings and relative data folder. ASP.NET Core takes the working directory,
/// which is right for `dotnet run` (the project folder) but not for `dotnet /opt/performance/PerformanceWorkflow.Web.dll`
/// started from elsewhere (a unit file without WorkingDirectory, a scheduled task): there the service's own folder is.
/// An explicit --contentRoot or ASPNETCORE_CONTENTROOT always wins.
/// </summary>
internal static class ContentRoot
{
    public static string? Choose(string[] args)
    {
        if (args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT")))
        {
            return null;
        }

        var working = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(working, "appsettings.json")) ? working : AppContext.BaseDirectory;
    }
}
