using System.Buffers;
using System.Net;
using System.Net.Sockets;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace PerformanceWorkflow.Cli.Bench;

/// <summary>An SMTP server on a loopback port that accepts and discards: the other end of the fan-out case.</summary>
internal sealed class LoopbackSmtpSink : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;

    private readonly System.Collections.Concurrent.ConcurrentQueue<string>? messageIds;

    private LoopbackSmtpSink(int port, bool record)
    {
        Port = port;
        messageIds = record ? new() : null;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Sink(messageIds));
        services.Add(new NoDelayListeners());
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public int Port { get; }

    /// <summary>The Message-ID of every message accepted, duplicates included (when started with recording).</summary>
    public IReadOnlyCollection<string> MessageIds => messageIds ?? throw new InvalidOperationException("Server avviato senza registrazione.");

    /// <summary>Messages accepted so far (when started with recording).</summary>
    public int Count => messageIds?.Count ?? 0;

    public static async Task<LoopbackSmtpSink> StartAsync(bool recordMessageIds = false)
    {
        var sink = new LoopbackSmtpSink(FreePort(), recordMessageIds);
        await WaitListeningAsync(sink.Port);
        return sink;
    }

    /// <summary>A loopback port free now (the tests' SMTP servers take theirs the same way).</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Returns once something accepts connections on <paramref name="port"/> (two seconds at most).</summary>
    public static async Task WaitListeningAsync(int port)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (attempt < 100)
            {
                await Task.Delay(20);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    /// <summary>
    /// The server's sockets without Nagle's algorithm (accepted sockets inherit it from the listener on Linux): with it,
    /// each reply waits for the client's delayed ACK and both sides crawl at ~20 messages a second.
    /// </summary>
    private sealed class NoDelayListeners : SmtpServer.Net.IEndpointListenerFactory
    {
        public SmtpServer.Net.IEndpointListener CreateListener(IEndpointDefinition endpointDefinition)
        {
            var listener = new TcpListener(endpointDefinition.Endpoint);
            listener.Start();
            return new Listener(listener);
        }
    }

    private sealed class Listener(TcpListener listener) : SmtpServer.Net.IEndpointListener
    {
        public async Task<SmtpServer.IO.ISecurableDuplexPipe> GetPipeAsync(ISessionContext context, CancellationToken cancellationToken)
        {
            var socket = await listener.AcceptSocketAsync(cancellationToken);
            socket.NoDelay = true;
            context.Properties[SmtpServer.Net.EndpointListener.LocalEndPointKey] = socket.LocalEndPoint!;
            context.Properties[SmtpServer.Net.EndpointListener.RemoteEndPointKey] = socket.RemoteEndPoint!;
            return new Pipe(new NetworkStream(socket, ownsSocket: true));
        }

        public void Dispose() => listener.Stop();
    }

    /// <summary>A plain (never TLS) duplex pipe over the accepted socket's stream.</summary>
    private sealed class Pipe(NetworkStream stream) : SmtpServer.IO.ISecurableDuplexPipe
    {
        public System.IO.Pipelines.PipeReader Input { get; } = System.IO.Pipelines.PipeReader.Create(stream);

        public System.IO.Pipelines.PipeWriter Output { get; } = System.IO.Pipelines.PipeWriter.Create(stream);

        public bool IsSecure => false;

        public System.Security.Authentication.SslProtocols SslProtocol => System.Security.Authentication.SslProtocols.None;

        public Task UpgradeAsync(System.Security.Cryptography.X509Certificates.X509Certificate certificate, System.Security.Authentication.SslProtocols protocols, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("Il server di misura non usa TLS.");

        public void Dispose() => stream.Dispose();
    }

    private sealed class Sink(System.Collections.Concurrent.ConcurrentQueue<string>? messageIds) : MessageStore
    {
        private static readonly byte[] Header = "\r\nMessage-Id: "u8.ToArray();

        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            // Recorded before the 250 goes back: a message the sender may count as delivered is always counted here.
            if (messageIds is not null)
            {
                messageIds.Enqueue(MessageId(buffer.ToArray()));
            }

            return Task.FromResult(SmtpResponse.Ok);
        }

        /// <summary>The header's value, found without parsing the message (MimeKit writes it as "Message-Id").</summary>
        private static string MessageId(byte[] message)
        {
            var span = message.AsSpan();
            var start = span.IndexOf(Header);
            if (start < 0)
            {
                return string.Empty;
            }

            var value = span[(start + Header.Length)..];
            var end = value.IndexOf("\r\n"u8);
            return System.Text.Encoding.ASCII.GetString(end < 0 ? value : value[..end]).Trim().Trim('<', '>');
        }
    }
}
