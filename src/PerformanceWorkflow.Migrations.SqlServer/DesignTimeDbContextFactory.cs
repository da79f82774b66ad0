using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PerformanceWorkflow.Application.Data;

namespace PerformanceWorkflow.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build the model for the SqlServer provider without starting the service; no connection is opened.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseOptions.Configure(options, DatabaseProvider.SqlServer, "Server=localhost;Database=PerformanceWorkflow;Trusted_Connection=True;TrustServerCertificate=True");
        return new AppDbContext(options.Options);
    }
}
