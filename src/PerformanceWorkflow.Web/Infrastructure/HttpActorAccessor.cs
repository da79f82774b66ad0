using PerformanceWorkflow.Application.Security;

namespace PerformanceWorkflow.Web.Infrastructure;

/// <summary>The actor of the current request, loaded once per request; outside a request (start-up, jobs) the system.</summary>
internal sealed class HttpActorAccessor(IHttpContextAccessor http, ActorLoader loader) : IActorAccessor
{
    private static readonly object Key = new();

    public async Task<Actor> GetAsync(CancellationToken cancellationToken)
    {
        var context = http.HttpContext;
        if (context is null)
        {
            return Actor.System("sistema");
        }

        if (context.Items.TryGetValue(Key, out var cached) && cached is Actor actor)
        {
            return actor;
        }

        actor = await loader.LoadAsync(context.User, cancellationToken);
        context.Items[Key] = actor;
        return actor;
    }
}
