namespace PerformanceWorkflow.Application.Tests;

/// <summary>Built instead of the application tests on PostgreSQL when the machine has no PostgreSQL binaries.</summary>
public sealed class PostgreSqlAbsent
{
    [Fact(Skip = "PostgreSQL non è installato (apt-get install postgresql): i test dell'applicazione su PostgreSQL non sono stati compilati.")]
    public void Application_tests_on_PostgreSql() => Assert.Fail("Non eseguito.");
}
