using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PerformanceWorkflow.Web.Tests.Support;

namespace PerformanceWorkflow.Web.Tests;

/// <summary>Every endpoint the app maps says explicitly who may call it: a policy, or anonymous on purpose.</summary>
public sealed class EndpointPolicyTests : IClassFixture<AppFactory>
{
    private static readonly string[] Anonymous = ["/accesso", "/accesso/esci", "/accesso/esterno", "/accesso/password", "/accesso/nuova-password", "/errore/{code:int?}", "/health", "/health/ready", "/accessibilita/segnala"];

    private readonly AppFactory _app;

    public EndpointPolicyTests(AppFactory app) => _app = app;

    [Fact]
    public void Every_endpoint_has_an_explicit_policy_or_is_anonymous_on_purpose()
    {
        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.True(endpoints.Count > 20, $"Solo {endpoints.Count} endpoint trovati.");
        var missing = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? endpoint.DisplayName ?? "?").TrimStart('/');
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Where(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles)).ToList();
            if (anonymous)
            {
                Assert.True(Anonymous.Contains(route, StringComparer.OrdinalIgnoreCase), $"«{route}» è anonimo ma non è tra quelli previsti.");
            }
            else if (policies.Count == 0)
            {
                missing.Add(route);
            }
        }

        Assert.True(missing.Count == 0, "Endpoint senza una policy esplicita: " + string.Join(", ", missing));
    }

    [Fact]
    public void Administrative_pages_require_the_administrator_policy()
    {
        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        foreach (var route in new[] { "amministrazione/utenti", "amministrazione/registro", "amministrazione/organizzazione", "piano/importa", "valori", "punteggi/impostazioni" })
        {
            var endpoint = endpoints.First(e => string.Equals(e.RoutePattern.RawText?.TrimStart('/'), route, StringComparison.OrdinalIgnoreCase));
            Assert.Contains(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == "Administrator");
        }
    }
}
