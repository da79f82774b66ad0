namespace PerformanceWorkflow.Web.Infrastructure;

/// <summary>
/// Security headers on every response: a Content-Security-Policy without inline scripts or styles (the pages have
/// none; fonts are declared in our CSS, charts read data-* attributes), no framing, no sniffing, no referrer to
/// other sites, and no caching of pages of signed-in users (they hold personal data).
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; " +
        $"style-src 'self' {BootstrapItaliaStyles}; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Bootstrap Italia 2.18.3's bundle inserts <style> elements at load (video.js, its YouTube tech, an empty one) and
    // sets one style attribute: exactly those are allowed by hash ('unsafe-hashes' extends hashes to that attribute),
    // nothing else inline. A browser test fails on any CSP violation, so a library version that changes them is noticed.
    private const string BootstrapItaliaStyles =
        "'unsafe-hashes' 'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE=' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' 'sha256-wPXhisdsFu1DtHYH1D9W5isSGqS5vIPn6QJWSNLqfCM='";

    // Hangfire's dashboard writes inline scripts and styles: it gets its own, looser policy (administrators only).
    private const string DashboardPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Mermaid writes the <style> of each diagram it draws: the administrators' diagrams page allows inline styles,
    // still no inline script.
    private const string DiagramsPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string DiagramsPath = "/amministrazione/flussi/diagrammi";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase) ? DashboardPolicy
                : context.Request.Path.Equals(DiagramsPath, StringComparison.OrdinalIgnoreCase) ? DiagramsPolicy
                : ContentSecurityPolicy;
            var type = context.Response.ContentType ?? string.Empty;
            if (context.User.Identity?.IsAuthenticated == true && (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase)))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        await next(context);
    });
}

/// <summary>A temporary password (set by an administrator) must be changed before anything else.</summary>
internal static class MustChangePasswordMiddleware
{
    public static IApplicationBuilder UseMustChangePassword(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(AppClaimsPrincipalFactory.MustChangePassword, "true")
            && !path.StartsWithSegments("/profilo/password", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/accesso", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/lib", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/css", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/js", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(context.Request.PathBase + "/profilo/password");
            return;
        }

        await next(context);
    });
}
