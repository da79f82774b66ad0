using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PerformanceWorkflow.Application.Features.Reporting;

/// <summary>Settings of section "Pdf".</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>LibreOffice's soffice; empty: looked for on the PATH and where Debian and the installers put it.</summary>
    public string? LibreOfficePath { get; set; }

    public int TimeoutSeconds { get; set; } = 180;
}

/// <summary>
/// Word → PDF/A-2b with LibreOffice in headless mode (Debian's libreoffice-writer-nogui), the format for long-term
/// conservation. Each conversion gets its own profile folder, so that conversions never share LibreOffice's lock.
/// </summary>
public sealed partial class PdfConverter(IOptions<PdfOptions> options, ILogger<PdfConverter> logger)
{
    private static readonly string[] Candidates = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];

    /// <summary>The soffice to use, or null when LibreOffice is not installed.</summary>
    public string? Executable()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.LibreOfficePath))
        {
            return File.Exists(options.Value.LibreOfficePath) ? options.Value.LibreOfficePath : null;
        }

        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(d => new[] { Path.Combine(d, "soffice"), Path.Combine(d, "libreoffice") });
        return path.Concat(Candidates).FirstOrDefault(File.Exists);
    }

    /// <summary>The PDF/A-2b of a Word document; null (and the reason logged) when it cannot be made here.</summary>
    public async Task<byte[]?> ConvertAsync(byte[] docx, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var soffice = Executable();
        if (soffice is null)
        {
            return null;
        }

        var directory = Directory.CreateTempSubdirectory("pw-pdf-").FullName;
        try
        {
            var input = Path.Combine(directory, "relazione.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[]
            {
                "--headless", "--norestore", "--nolockcheck", $"-env:UserInstallation=file://{Path.Combine(directory, "profilo")}",
                "--convert-to", "pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"}}",
                "--outdir", directory, input,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("LibreOffice non si avvia.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.StandardOutput.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                LogFailed(logger, "tempo scaduto");
                return null;
            }

            var output = Path.Combine(directory, "relazione.pdf");
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                LogFailed(logger, $"uscita {process.ExitCode}: {await error}");
                return null;
            }

            return await File.ReadAllBytesAsync(output, cancellationToken);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversione in PDF non riuscita: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
