using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Application.Features.Reporting;

namespace PerformanceWorkflow.Cli.Commands;

/// <summary>`pw report relazione`: the Relazione sulla Performance written from the data, as Word and PDF/A.</summary>
internal static class ReportCommands
{
    public static Command Create(Option<string?> db)
    {
        var report = new Command("report", "Documenti della rendicontazione.");
        var year = new Option<int>("--year") { Description = "Anno della Relazione.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Il file Word da scrivere (.docx).", Required = true };
        var pdf = new Option<FileInfo?>("--pdf") { Description = "Anche il PDF/A-2b, con LibreOffice (libreoffice-writer-nogui)." };
        var relazione = new Command("relazione", "Genera la Relazione sulla Performance dai dati (una nuova versione, conservata nel database) e la scrive su file.") { year, output, pdf };
        relazione.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var relazioni = scope.ServiceProvider.GetRequiredService<RelazioneService>();
            var document = await relazioni.GenerateAsync(result.GetValue(year), CliHost.Operator.Name, cancellationToken);
            var word = result.GetValue(output)!;
            await File.WriteAllBytesAsync(word.FullName, document.Content, cancellationToken);
            Console.WriteLine($"Relazione {result.GetValue(year)}, versione {document.Version}: {word.FullName}");
            if (result.GetValue(pdf) is { } target)
            {
                var (rendered, error) = await relazioni.RenderPdfAsync(result.GetValue(year), CliHost.Operator.Name, cancellationToken);
                if (rendered is null)
                {
                    await Console.Error.WriteLineAsync(error);
                    return ExitCodes.InputErrors;
                }

                await File.WriteAllBytesAsync(target.FullName, rendered.Content, cancellationToken);
                Console.WriteLine($"PDF/A: {target.FullName}");
            }

            return ExitCodes.Success;
        });
        report.Subcommands.Add(relazione);
        return report;
    }
}
