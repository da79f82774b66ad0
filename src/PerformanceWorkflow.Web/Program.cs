using System.Globalization;
using Hangfire;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using PerformanceWorkflow.Application;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPerformanceWorkflow(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddPerformanceWorkflowJobs();
var jobs = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
if (jobs.RunServer)
{
    builder.Services.AddHangfireServer(options =>
    {
        options.WorkerCount = Math.Max(1, jobs.WorkerCount);
        options.SchedulePollingInterval = TimeSpan.FromSeconds(Math.Max(1, jobs.SchedulePollingSeconds));
    });
}

builder.Services.AddRazorPages();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

// Uploads: a little above the import limit, so that the importer's own message explains a file that is too large.
var importLimit = ((builder.Configuration.GetSection(ImportOptions.Section).Get<ImportOptions>() ?? new ImportOptions()).MaxFileSizeMb + 1) * 1024L * 1024L;
builder.Services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = importLimit);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = importLimit + (64 * 1024));

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/errore");
}

app.UseStatusCodePagesWithReExecute("/errore/{0}");
var italian = new CultureInfo("it-IT");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(italian),
    SupportedCultures = [italian],
    SupportedUICultures = [italian],
});
app.UseStaticFiles();
app.UseRouting();
app.UseAntiforgery();

app.MapRazorPages();
app.MapHealthChecks("/health");

if (jobs.RunServer)
{
    var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
    recurring.AddOrUpdate<MaintenanceJobs>(MaintenanceJobs.PurgePendingImportsId, j => j.PurgePendingImportsAsync(CancellationToken.None), Cron.Daily());
    recurring.AddOrUpdate<ScoringJobs>(ScoringJobs.SweepId, j => j.RecomputeStaleAsync(CancellationToken.None), Cron.Minutely());
}

await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
