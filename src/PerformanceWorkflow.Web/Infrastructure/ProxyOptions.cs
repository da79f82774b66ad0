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

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

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
