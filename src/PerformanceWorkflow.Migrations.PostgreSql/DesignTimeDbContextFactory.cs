using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PerformanceWorkflow.Application.Data;

namespace PerformanceWorkflow.Migrations.PostgreSql;

/// <summary>Lets `dotnet ef` build the model for the PostgreSQL provider without starting the service; no connection is opened.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseOptions.Configure(options, DatabaseProvider.PostgreSql, "Host=localhost;Database=performance;Username=performance");
        return new AppDbContext(options.Options);
    }
}
