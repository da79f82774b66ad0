using System.Globalization;
using System.Threading.RateLimiting;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PerformanceWorkflow.Application;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Workflows;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Domain.Security;
using PerformanceWorkflow.Web.Api;
using PerformanceWorkflow.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Choose(args) });

builder.Services.AddPerformanceWorkflow(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddPerformanceWorkflowJobs();

// SQLite carries one service: a second one on the same file stops here, saying which file and which process.
var databaseSettings = builder.Services.Select(d => d.ImplementationInstance).OfType<DatabaseSettings>().Single();
SqliteInstanceLock? instanceLock = null;
if (databaseSettings.Provider == DatabaseProvider.Sqlite && SqliteInstanceLock.DatabaseFileOf(databaseSettings.ConnectionString) is { } databaseFile)
{
    try
    {
        instanceLock = SqliteInstanceLock.Acquire(databaseFile);
    }
    catch (InvalidOperationException refused)
    {
        await Console.Error.WriteLineAsync(refused.Message);
        Environment.ExitCode = 1;
        return;
    }

    // Released when the host is disposed (a test's factory, a stop), not only when the process ends.
    builder.Services.AddSingleton(_ => instanceLock);
}
var jobs = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
if (jobs.RunServer)
{
    builder.Services.AddHangfireServer(options =>
    {
        options.WorkerCount = Math.Max(1, jobs.WorkerCount);
        options.SchedulePollingInterval = TimeSpan.FromSeconds(Math.Max(1, jobs.SchedulePollingSeconds));
    });
}

// Identity: local accounts (registered by the application layer) with sign-in and cookies here; OIDC when configured.
builder.Services.AddHttpContextAccessor();
builder.Services.Replace(ServiceDescriptor.Scoped<IActorAccessor, HttpActorAccessor>());
new IdentityBuilder(typeof(AppUser), typeof(IdentityRole), builder.Services)
    .AddSignInManager()
    .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();
var oidc = builder.Configuration.GetSection(OidcOptions.Section).Get<OidcOptions>() ?? new OidcOptions();
builder.Services.AddSingleton(oidc);
var authentication = builder.Services.AddAuthentication(options =>
{
    options.DefaultScheme = IdentityConstants.ApplicationScheme;
    options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
});
authentication.AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(options =>
{
    options.LoginPath = "/accesso";
    options.LogoutPath = "/accesso/esci";
    options.AccessDeniedPath = "/errore/403";
    options.Cookie.Name = "pw.auth";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    options.ExpireTimeSpan = TimeSpan.FromHours(8);
    options.SlidingExpiration = true;
    options.Events.OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized);
    options.Events.OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden);
}));
if (oidc.Enabled)
{
    authentication.AddOpenIdConnect(OidcOptions.Scheme, oidc.DisplayName, options =>
    {
        options.Authority = oidc.Authority;
        options.ClientId = oidc.ClientId;
        options.ClientSecret = oidc.ClientSecret;
        options.ResponseType = "code";
        options.UsePkce = true;
        options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.CallbackPath = "/signin-oidc";
        options.Scope.Add("email");
        options.MapInboundClaims = false;
    });
}

builder.Services.AddAuthorization(Policies.Configure);
builder.Services.AddScoped<IAuthorizationHandler, UnitAuthorizationHandler>();
builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(5));

// Sign-in attempts are limited per address: a 429 instead of a password-guessing machine.
var signInLimit = builder.Configuration.GetValue("Security:SignInAttemptsPerMinute", 10);
builder.Services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    options.AddPolicy("signin", context => HttpMethods.IsPost(context.Request.Method)
        ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "sconosciuto", _ => new FixedWindowRateLimiterOptions { PermitLimit = signInLimit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
        : RateLimitPartition.GetNoLimiter("get"));
});

builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/", Policies.Staff);
    options.Conventions.AuthorizeFolder("/Amministrazione", Policies.Administrator);
    options.Conventions.AuthorizePage("/Piano/Importa", Policies.Administrator);
    options.Conventions.AuthorizePage("/Valori/Index", Policies.Administrator);
    options.Conventions.AuthorizePage("/Punteggi/Impostazioni", Policies.Administrator);
    options.Conventions.AuthorizePage("/Monitoraggio/Index", Policies.Oversight);
    options.Conventions.AuthorizePage("/Monitoraggio/Round", Policies.Oversight);
    options.Conventions.AuthorizeFolder("/Personale", Policies.Payroll);
    options.Conventions.AuthorizePage("/Personale/Impostazioni", Policies.Administrator);
    options.Conventions.AllowAnonymousToFolder("/Accesso");
    options.Conventions.AllowAnonymousToPage("/Errore");
    options.Conventions.AddFolderApplicationModelConvention("/Accesso", model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute("signin")));

    // The accessibility feedback is open to anyone (a barrier may be the sign-in itself), its posts limited like sign-ins.
    options.Conventions.AllowAnonymousToFolder("/Accessibilita");
    options.Conventions.AddFolderApplicationModelConvention("/Accessibilita", model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute("signin")));
});
// Italian text (à, è, —, ·) is written as is, not as numeric entities: pages are UTF-8, and the scheda was 5 % entities.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
    options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.Configure<Readiness.Options>(builder.Configuration.GetSection(Readiness.Options.Section));
builder.Services.AddHealthChecks().AddReadiness(jobs.RunServer);

// Behind a reverse proxy (nginx, IIS, Apache) the client's address and scheme come from X-Forwarded-*, trusted only
// from the proxies configured in Proxy:KnownProxies / Proxy:KnownNetworks; with none configured they are ignored.
var proxies = builder.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
proxies.Apply(new ForwardedHeadersOptions());
if (proxies.PathBaseProblem(builder.Configuration["Email:BaseUrl"] ?? new EmailOptions().BaseUrl) is { } pathProblem)
{
    await Console.Error.WriteLineAsync(pathProblem);
    Environment.ExitCode = 1;
    return;
}

builder.Services.Configure<ForwardedHeadersOptions>(options => proxies.Apply(options));

// The API's description for the Comune's other systems, at /api/openapi.json (staff only, like the API).
builder.Services.AddOpenApi(options =>
{
    options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
    options.AddDocumentTransformer((document, _, _) =>
    {
        document.Info.Title = "PerformanceWorkflow API";
        document.Info.Description = "Punteggi, valori e utenti del ciclo della performance, per gli altri sistemi del Comune. Accesso con l'account di un dipendente; ogni risposta mostra solo ciò che quell'account può vedere.";
        return Task.CompletedTask;
    });
});

// Uploads: a little above the import limit, so that the importer's own message explains a file that is too large.
var importLimit = ((builder.Configuration.GetSection(ImportOptions.Section).Get<ImportOptions>() ?? new ImportOptions()).MaxFileSizeMb + 1) * 1024L * 1024L;
builder.Services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = importLimit);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = importLimit + (64 * 1024));

var app = builder.Build();
if (instanceLock is not null)
{
    app.Services.GetRequiredService<SqliteInstanceLock>();
}

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
}

if (proxies.Enabled)
{
    app.UseForwardedHeaders();
}

// Published under a sub-path: links, redirects and cookies carry it (Razor's ~/, LocalRedirect, the auth handler).
if (!string.IsNullOrEmpty(proxies.PathBase))
{
    app.UsePathBase(proxies.PathBase);
}

app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/errore");
    app.UseHsts();
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
app.UseRateLimiter();
app.UseAuthentication();
app.UseMustChangePassword();
app.UseAuthorization();
app.UseAntiforgery();

app.MapRazorPages();
// /health: the process answers (for a restart by systemd or IIS); /health/ready: it can serve (for a load balancer).
app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
{
    Predicate = check => check.Tags.Contains(Readiness.Tag),
    ResponseWriter = Readiness.WriteAsync,
    ResultStatusCodes = { [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status200OK },
}).AllowAnonymous();
app.MapApi();
app.MapOpenApi("/api/openapi.json").RequireAuthorization(Policies.Staff);

// The job dashboard: by policy only (no loopback exception, forwarded headers ignored), never the connection string.
app.MapHangfireDashboard("/hangfire", new DashboardOptions
{
    Authorization = [],
    AsyncAuthorization = [],
    IsReadOnlyFunc = context => !((AspNetCoreDashboardContext)context).HttpContext.User.IsInRole(Roles.Administrator),
    DisplayStorageConnectionString = false,
    AppPath = "/",
    DashboardTitle = "PerformanceWorkflow · lavori",
}).RequireAuthorization(Policies.Jobs);

if (jobs.RunServer)
{
    var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
    recurring.AddOrUpdate<MaintenanceJobs>(MaintenanceJobs.PurgePendingImportsId, j => j.PurgePendingImportsAsync(CancellationToken.None), Cron.Daily());
    recurring.AddOrUpdate<ScoringJobs>(ScoringJobs.SweepId, j => j.RecomputeStaleAsync(CancellationToken.None), Cron.Minutely());

    // Timers and the outbox live in the database: these sweeps only look for what is due (a lost run loses nothing).
    var workflowOptions = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WorkflowOptions>>().Value;
    recurring.AddOrUpdate<WorkflowJobs>(WorkflowJobs.TimersId, j => j.FireDueTimersAsync(CancellationToken.None), workflowOptions.SweepCron);
    recurring.AddOrUpdate<OutboxJobs>(OutboxJobs.RecurringId, j => j.SendAsync(CancellationToken.None), Cron.Minutely());
    recurring.AddOrUpdate<RoundOpeningJobs>(RoundOpeningJobs.RecurringId, j => j.OpenDueRoundsAsync(CancellationToken.None), jobs.RoundOpeningCron);

    // The nightly copy of a SQLite database, at 02:30 in Rome, when Backup:Directory says where.
    if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{BackupOptions.Section}:Directory"]) && databaseSettings.Provider == DatabaseProvider.Sqlite)
    {
        recurring.AddOrUpdate<DatabaseBackup>(DatabaseBackup.NightlyId, b => b.NightlyAsync(CancellationToken.None), "30 2 * * *", new RecurringJobOptions { TimeZone = PerformanceWorkflow.Domain.Text.ItalianFormat.TimeZone });
    }

    // After a stop (or a crash) the outbox goes on at once, not at the next minute; it first recovers its journal.
    app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<OutboxJobs>(j => j.SendAsync(CancellationToken.None));
}

await app.RunAsync();

// Pages are sent to the sign-in page; APIs and the job dashboard answer with a status code.
static Task Challenge(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
{
    var path = context.Request.Path;
    if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase) || status == StatusCodes.Status403Forbidden)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    context.Response.Redirect(context.RedirectUri);
    return Task.CompletedTask;
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
