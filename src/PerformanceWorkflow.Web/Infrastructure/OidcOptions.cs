using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using PerformanceWorkflow.Application.Security;

namespace PerformanceWorkflow.Web.Infrastructure;

/// <summary>
/// Settings of section "Authentication:Oidc": sign-in through the Comune's identity provider (Microsoft Entra ID,
/// Keycloak). The signed-in person is matched to a user of the service by a configured claim; nobody gets in who has
/// not been registered by an administrator.
/// </summary>
public sealed class OidcOptions
{
    public const string Section = "Authentication:Oidc";

    public const string Scheme = "oidc";

    public bool Enabled { get; set; }

    /// <summary>e.g. https://login.microsoftonline.com/{tenant}/v2.0 or https://keycloak.comune.it/realms/comune.</summary>
    public string Authority { get; set; } = string.Empty;

    public string ClientId { get; set; } = string.Empty;

    public string? ClientSecret { get; set; }

    /// <summary>The claim whose value identifies the person: "email", "preferred_username", "upn"…</summary>
    public string MatchClaim { get; set; } = "email";

    /// <summary>What the claim is compared with: "Email" or "UserName".</summary>
    public string MatchUserBy { get; set; } = "Email";

    /// <summary>The label of the button on the sign-in page.</summary>
    public string DisplayName { get; set; } = "Accedi con l'identità del Comune";

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Finds the registered user the external identity speaks of, or null.</summary>
    public async Task<AppUser?> MatchAsync(UserManager<AppUser> users, ClaimsPrincipal external)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(external);
        var value = external.FindFirst(MatchClaim)?.Value
            ?? (MatchClaim == "email" ? external.FindFirst(ClaimTypes.Email)?.Value : null);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return string.Equals(MatchUserBy, "UserName", StringComparison.OrdinalIgnoreCase)
            ? await users.FindByNameAsync(value)
            : await users.FindByEmailAsync(value);
    }
}
