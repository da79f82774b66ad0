namespace PerformanceWorkflow.Web.Tests.Support;

/// <summary>
/// A test that drives Debian's Chromium through Playwright. Without /usr/bin/chromium it is skipped, unless
/// PW_REQUIRE_BROWSER=1 (CI sets it, after installing chromium) turns the absence into a failure.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && Environment.GetEnvironmentVariable("PW_REQUIRE_BROWSER") != "1")
        {
            Skip = "Chromium non installato (apt-get install chromium): test del browser saltato.";
        }
    }
}
