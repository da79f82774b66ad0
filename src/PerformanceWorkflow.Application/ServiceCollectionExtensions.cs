using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Microsoft.Extensions.Logging;
using Hangfire.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Plan.Demo;
using PerformanceWorkflow.Application.Features.Plan.Export;
using PerformanceWorkflow.Application.Features.Plan.Import;
using PerformanceWorkflow.Application.Features.Plan.Show;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Application.Features.Audit;
using PerformanceWorkflow.Application.Features.Users;
using PerformanceWorkflow.Application.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Application.Features.Monitoring;
using PerformanceWorkflow.Application.Features.Workflows;

namespace PerformanceWorkflow.Application;

/// <summary>Registers the application for the web service and for `pw` alike.</summary>
public static class ServiceCollectionExtensions
{
    /// <param name="services">The container.</param>
    /// <param name="configuration">appsettings, environment, command line.</param>
    /// <param name="basePath">Where relative SQLite paths start (the content root of the service, the working directory of `pw`).</param>
    /// <param name="connectionOverride">A connection string or SQLite file given on the command line (`--db`).</param>
    public static IServiceCollection AddPerformanceWorkflow(this IServiceCollection services, IConfiguration configuration, string basePath, string? connectionOverride = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var raw = connectionOverride ?? configuration.GetConnectionString("Default");
        if (connectionOverride is not null)
        {
            // A bare path on the command line is a SQLite file; a connection string says its server by its keys.
            database.Provider = DatabaseOptions.Recognize(connectionOverride) ?? database.Provider;
            if (!connectionOverride.Contains('=', StringComparison.Ordinal))
            {
                raw = $"Data Source={connectionOverride}";
            }
        }

        var connectionString = DatabaseOptions.Resolve(database.Provider, raw, basePath);
        services.AddSingleton(new DatabaseSettings(database.Provider, connectionString));
        services.AddSingleton<OwnedUnitsCache>();
        services.AddSingleton<PlanSummaryCache>();
        services.AddSingleton<CacheInvalidationInterceptor>();
        services.AddDbContext<AppDbContext>((provider, options) =>
        {
            DatabaseOptions.Configure(options, database.Provider, connectionString);
            options.AddInterceptors(provider.GetRequiredService<CacheInvalidationInterceptor>());
        });

        services.Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section));
        services.Configure<Features.Plan.Show.PlanPageOptions>(configuration.GetSection(Features.Plan.Show.PlanPageOptions.Section));
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.Section));
        services.Configure<OrganizationOptions>(configuration.GetSection(OrganizationOptions.Section));
        services.AddSingleton(TimeProvider.System);

        // Local accounts in the application database; the service adds sign-in and cookies, `pw` manages users.
        services.AddIdentityCore<AppUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_@";
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ItalianIdentityErrors>();
        services.AddDataProtection().PersistKeysToDbContext<AppDbContext>().SetApplicationName("PerformanceWorkflow");
        services.AddSingleton<IActorAccessor>(new FixedActorAccessor(Actor.System("sistema")));
        services.AddScoped<ActorLoader>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<UserService>();
        services.AddScoped<PasswordResetService>();
        services.AddScoped<Features.Accessibility.AccessibilityReportService>();
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = PasswordResetService.Validity);
        services.AddScoped<DemoUsersSeeder>();

        services.AddScoped<DatabaseInitializer>();
        services.Configure<BackupOptions>(configuration.GetSection(BackupOptions.Section));
        services.AddScoped<DatabaseBackup>();
        services.AddScoped<ImportPlanHandler>();
        services.AddScoped<DemoPlanSeeder>();
        services.AddScoped<DemoCurrentYear>();
        services.AddScoped<PlanQueries>();
        services.AddScoped<ExportPlanHandler>();
        services.AddScoped<PendingImportStore>();
        services.AddScoped<ScoreService>();
        services.AddSingleton<ScoreReportCache>();
        services.AddSingleton<ScoringPlanCache>();
        services.AddSingleton<StructureCache>();
        services.AddScoped<ScoringJobs>();
        services.AddScoped<ScoringSettingsHandler>();
        services.AddScoped<IScoreRecompute, InlineScoreRecompute>();
        services.AddScoped<ValuesTemplateHandler>();
        services.AddScoped<ValuesImportHandler>();
        services.AddScoped<UnitValuesService>();

        // Workflows: definitions checked once (a bad file stops the start), engine, timers, email through the outbox.
        services.Configure<WorkflowOptions>(configuration.GetSection(WorkflowOptions.Section));
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton(provider => WorkflowCatalog.Load(provider.GetRequiredService<IOptions<WorkflowOptions>>().Value.ResolveDirectory(), WorkflowHooks.Vocabulary));
        services.AddScoped<WorkflowHooks>();
        services.AddScoped<WorkflowGuards>();
        services.AddScoped<WorkflowOperations>();
        services.AddScoped<WorkflowParticipants>();
        services.AddScoped<WorkflowEmailLists>();
        services.AddScoped<WorkflowChildren>();
        services.AddScoped<Features.Appraisal.AppraisalHooks>();
        services.AddScoped<Features.Appraisal.AppraisalData>();
        services.AddScoped<Features.Appraisal.AppraisalSettingsStore>();
        services.AddScoped<Features.Appraisal.AppraisalService>();
        services.AddScoped<Features.Appraisal.AppraisalQueries>();
        services.AddScoped<Features.Appraisal.StaffImportHandler>();
        services.AddScoped<Features.Rewards.BonusService>();
        services.AddScoped<Features.Monitoring.DeviationCauseRules>();
        services.AddScoped<Features.Monitoring.DeviationCauseService>();
        services.AddScoped<Features.Reporting.ReportingHooks>();
        services.AddScoped<Features.Reporting.RelazioneDataLoader>();
        services.AddScoped<Features.Reporting.RelazioneService>();
        services.AddScoped<Features.Reporting.PublicationPackage>();
        services.AddSingleton<Features.Reporting.PdfConverter>();
        services.AddOptions<Features.Reporting.PdfOptions>().Bind(configuration.GetSection(Features.Reporting.PdfOptions.Section));
        services.AddScoped<WorkflowMailer>();
        services.AddScoped<IOutboxComposer>(provider => provider.GetRequiredService<WorkflowMailer>());
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<WorkflowAgenda>();
        services.AddScoped<WorkflowUnitOfWork>();
        services.AddScoped<WorkflowQueries>();
        services.AddScoped<WorkflowJobs>();
        services.AddSingleton(provider =>
        {
            var configured = provider.GetRequiredService<IOptions<EmailOptions>>().Value.JournalDirectory;
            var directory = string.IsNullOrWhiteSpace(configured)
                ? DeliveryJournal.DefaultDirectory(provider.GetRequiredService<DatabaseSettings>(), basePath)
                : Path.GetFullPath(configured, basePath);
            return new DeliveryJournal(directory, provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DeliveryJournal>>());
        });
        services.AddScoped<OutboxSender>();
        services.AddScoped<OutboxJobs>();
        services.AddScoped<OutboxQueries>();
        services.AddScoped<IOutboxSignal, InlineOutboxSignal>();
        services.AddScoped<SubmissionService>();
        services.AddScoped<SubmissionChecks>();
        services.AddScoped<CalendarService>();
        services.AddScoped<RoundOpeningJobs>();
        services.AddScoped<MonitoringQueries>();
        services.AddScoped<Features.Home.HomeQueries>();
        services.AddScoped<Features.Plan.Generate.PlanGenerator>();
        services.AddSingleton<IMailTransport>(provider =>
        {
            var email = provider.GetRequiredService<IOptions<EmailOptions>>();
            return email.Value.Transport == EmailTransport.Smtp
                ? new SmtpTransport(email)
                : new PickupDirectoryTransport(Path.GetFullPath(email.Value.PickupDirectory, basePath));
        });
        return services;
    }

    /// <summary>
    /// Hangfire with its storage chosen like the database: SQL Server storage with SQL Server (several instances share
    /// it and its locks make a recurring job run once); in memory with the embedded SQLite default, which loses nothing
    /// because every durable fact is in the application database and every job is level-triggered.
    /// </summary>
    public static IServiceCollection AddPerformanceWorkflowJobs(this IServiceCollection services)
    {
        var database = services.Select(d => d.ImplementationInstance).OfType<DatabaseSettings>().SingleOrDefault()
            ?? throw new InvalidOperationException("Chiamare AddPerformanceWorkflow prima di AddPerformanceWorkflowJobs.");
        // Storage and activator are this host's own, registered before Hangfire's defaults, which would read the
        // static JobStorage.Current and JobActivator.Current: with several hosts in one process (tests, a simulation)
        // a job could otherwise run with another host's services and database.
        services.AddSingleton<JobStorage>(provider =>
        {
            GlobalConfiguration.Configuration.UseLogProvider(new HangfireLogBridge(provider.GetRequiredService<ILoggerFactory>()));
            return database.Provider switch
            {
                DatabaseProvider.SqlServer => new SqlServerStorage(database.ConnectionString, new SqlServerStorageOptions { PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromSeconds(5) }),
                DatabaseProvider.PostgreSql => PostgreSqlJobStorage(database.ConnectionString),
                _ => new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(6) }),
            };
        });
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogBridge(provider.GetRequiredService<ILoggerFactory>()))
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        services.AddScoped<MaintenanceJobs>();

        // With a job server, recomputation after a change is a job; without one (pw) it runs inline.
        services.Replace(ServiceDescriptor.Scoped<IScoreRecompute, HangfireScoreRecompute>());
        services.Replace(ServiceDescriptor.Scoped<IOutboxSignal, HangfireOutboxSignal>());
        return services;
    }

    /// <summary>Hangfire's tables in their own schema of the application database; its locks make a recurring job run once across instances.</summary>
    private static Hangfire.PostgreSql.PostgreSqlStorage PostgreSqlJobStorage(string connectionString)
    {
        var options = new Hangfire.PostgreSql.PostgreSqlStorageOptions
        {
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromSeconds(5),
            SchemaName = "hangfire",
        };
        return new Hangfire.PostgreSql.PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(connectionString, options), options);
    }
}

/// <summary>The database the service was configured with, resolved.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString);

/// <summary>Settings of section "Organization".</summary>
public sealed class OrganizationOptions
{
    public const string Section = "Organization";

    /// <summary>The name of the Comune, shown in the header of every page and email.</summary>
    public string Name { get; set; } = "Comune di Esempio";

    /// <summary>
    /// The address of the service's dichiarazione di accessibilità, which each Comune publishes on AgID's platform
    /// (form.agid.gov.it); the footer of every page links to it. Without it the footer says it is not yet published.
    /// </summary>
    public string? AccessibilityStatementUrl { get; set; }
}

/// <summary>Housekeeping that keeps the database tidy; idempotent, safe to run twice.</summary>
public sealed class MaintenanceJobs(AppDbContext db, TimeProvider time)
{
    public const string PurgePendingImportsId = "purge-pending-imports";

    /// <summary>Uploads never confirmed are dropped after a day: they hold a whole file each.</summary>
    public async Task PurgePendingImportsAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-1);
        await db.PendingImports.Where(p => p.UploadedAtUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
