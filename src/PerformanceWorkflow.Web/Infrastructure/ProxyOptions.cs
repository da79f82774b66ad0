using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PerformanceWorkflow.Web.Infrastructure;

/// <summary>Settings of section "Proxy": the reverse proxies whose X-Forwarded-For/Proto/Host the service believes.</summary>
internal sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Addresses of the proxies (e.g. "127.0.0.1" for nginx on the same machine, the IIS server's address).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of proxies in CIDR notation (e.g. "10.0.5.0/24" for a pool of balancers).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>
    /// The sub-path the service is published under (e.g. "/performance" for https://intranet.comune.it/performance/),
    /// when the proxy passes the path as it is; empty at the root of its own host name.
    /// </summary>
    public string? PathBase { get; set; }

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>What is wrong with the sub-path and the address in emails taken together, in Italian; null when right.</summary>
    public string? PathBaseProblem(string emailBaseUrl)
    {
        if (string.IsNullOrEmpty(PathBase))
        {
            return null;
        }

        if (!PathBase.StartsWith('/') || PathBase.EndsWith('/'))
        {
            return $"Proxy:PathBase «{PathBase}» deve iniziare con / e non finire con / (es. /performance).";
        }

        return Uri.TryCreate(emailBaseUrl, UriKind.Absolute, out var address) && address.AbsolutePath.TrimEnd('/').EndsWith(PathBase, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Email:BaseUrl «{emailBaseUrl}» non termina con Proxy:PathBase «{PathBase}»: i link nelle email porterebbero fuori dal servizio. Indicare l'indirizzo completo, es. https://intranet.comune.it{PathBase}.";
    }

    /// <summary>Only what is configured: ASP.NET Core's default trust of loopback is dropped, so that nothing is believed by default.</summary>
    public void Apply(ForwardedHeadersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"Proxy:KnownProxies: «{proxy}» non è un indirizzo IP."));
        }

        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Proxy:KnownNetworks: «{network}» non è una rete in notazione CIDR (es. 10.0.5.0/24)."));
        }

        // One proxy in front is the usual case; a chain is configured by listing each of its addresses.
        options.ForwardLimit = Math.Max(1, KnownProxies.Count + KnownNetworks.Count);
    }
}
