using Microsoft.AspNetCore.Antiforgery;
using PerformanceWorkflow.Application.Features.Scoring;
using PerformanceWorkflow.Application.Features.Values;
using PerformanceWorkflow.Application.Security;
using PerformanceWorkflow.Web.Infrastructure;

namespace PerformanceWorkflow.Web.Api;

/// <summary>The JSON API: the same handlers and the same access rules as the pages; a record one may not see is a 404.</summary>
internal static class ApiEndpoints
{
    public sealed record ValueBody(decimal? Value, string? Note, decimal? Numerator, decimal? Denominator);

    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Policies.Staff);

        api.MapGet("/scores/{year:int}", async (int year, int? round, ScoreService scores, IActorAccessor actors, CancellationToken ct) =>
            (await scores.VisibleAsync(await actors.GetAsync(ct), year, round, ct)).Report is { } report ? Results.Ok(report) : Results.NotFound())
            .RequireAuthorization(Policies.Staff);

        // Suggestions for the fields that choose a person (a unit's head, a delegate): names and user names only.
        api.MapGet("/users", async (string? q, string? role, Application.Features.Users.UserService users, CancellationToken ct) =>
            Results.Ok((await users.SuggestAsync(q, role, 15, ct)).Select(u => new { u.UserName, u.FullName })))
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/units/{unitId:int}/values", async (int unitId, int year, int? round, UnitValuesService values, IActorAccessor actors, CancellationToken ct) =>
            await values.GetAsync(await actors.GetAsync(ct), unitId, year, round, ct) is { } view ? Results.Ok(view) : Results.NotFound())
            .RequireAuthorization(Policies.Staff);

        api.MapPut("/units/{unitId:int}/values/{year:int}/{round:int}/{indicatorId:int}", async (
            int unitId, int year, int round, int indicatorId, ValueBody body, HttpContext http, IAntiforgery antiforgery, UnitValuesService values, IActorAccessor actors, CancellationToken ct) =>
        {
            // A cookie-authenticated API must not be callable from another site: the antiforgery token is required.
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.Problem("Richiesta non valida: manca il token antiforgery (intestazione RequestVerificationToken).", statusCode: StatusCodes.Status400BadRequest);
            }

            var result = await values.EnterAsync(await actors.GetAsync(ct), unitId, year, round, [new ValueEntry(indicatorId, body.Value, body.Note, body.Numerator, body.Denominator)], "api", ct);
            return !result.Found ? Results.NotFound() : result.Ok ? Results.NoContent() : Results.ValidationProblem(result.Errors.ToDictionary(e => e.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), e => new[] { e.Value }));
        }).RequireAuthorization(Policies.Staff);
    }
}
