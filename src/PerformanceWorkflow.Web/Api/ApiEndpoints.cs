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
        {
            var chosen = await scores.RoundAsync(year, round, ct);
            if (chosen is null)
            {
                return Results.NotFound();
            }

            var actor = await actors.GetAsync(ct);
            return Results.Ok(ScoresView.For(actor, await scores.GetAsync(year, chosen.Id, ct)));
        }).RequireAuthorization(Policies.Staff);

        // Suggestions for the fields that choose a person (a unit's head, a delegate): names and user names only.
        api.MapGet("/users", async (string? q, string? role, Application.Features.Users.UserAdministration users, CancellationToken ct) =>
            Results.Ok((await users.SuggestAsync(q, role, 15, ct)).Select(u => new { u.UserName, u.FullName })))
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/units/{unitId:int}/values", async (int unitId, int year, int? round, UnitValues values, IActorAccessor actors, CancellationToken ct) =>
            await values.GetAsync(await actors.GetAsync(ct), unitId, year, round, ct) is { } view ? Results.Ok(view) : Results.NotFound())
            .RequireAuthorization(Policies.Staff);

        api.MapPut("/units/{unitId:int}/values/{year:int}/{round:int}/{indicatorId:int}", async (
            int unitId, int year, int round, int indicatorId, ValueBody body, HttpContext http, IAntiforgery antiforgery, UnitValues values, IActorAccessor actors, CancellationToken ct) =>
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

/// <summary>
/// What a person may see of a score report: the organization-level numbers for all staff, the detail of units
/// (units, their objectives and indicators) only for the units the access rules allow.
/// </summary>
public static class ScoresView
{
    public static ScoreReport For(Actor actor, ScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(report);
        if (AccessRules.ReadsAllUnits(actor))
        {
            return report;
        }

        var units = report.Units.Where(u => AccessRules.CanReadUnit(actor, u.Id)).ToList();
        var unitIds = units.Select(u => u.Id).ToHashSet();
        var unitNames = units.Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        return report with
        {
            Units = units,
            Objectives = report.Objectives.Where(o => unitIds.Contains(o.UnitId)).ToList(),
            Indicators = report.Indicators.Where(i => unitNames.Contains(i.Unit)).ToList(),
            Leaders = report.Leaders.Where(l => l.Key == actor.UserId).ToList(),
        };
    }
}
