namespace PerformanceWorkflow.Web.Tests.Support;

/// <summary>A theory in Chromium, skipped or failed without it as <see cref="BrowserFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath) && Environment.GetEnvironmentVariable("PW_REQUIRE_BROWSER") != "1")
        {
            Skip = "Chromium non installato (apt-get install chromium): test del browser saltato.";
        }
    }
}
