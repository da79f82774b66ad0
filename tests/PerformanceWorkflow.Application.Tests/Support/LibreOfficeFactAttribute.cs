namespace PerformanceWorkflow.Application.Tests.Support;

/// <summary>A test that needs LibreOffice (Debian's libreoffice-writer-nogui): skipped without it, failed in CI.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (!File.Exists("/usr/bin/soffice") && Environment.GetEnvironmentVariable("PW_REQUIRE_LIBREOFFICE") != "1")
        {
            Skip = "LibreOffice non installato (apt-get install libreoffice-writer-nogui): conversione in PDF non provata.";
        }
    }
}
