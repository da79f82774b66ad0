using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace PerformanceWorkflow.Application.Tests.Support;

/// <summary>A real SMTP server (the SmtpServer package) on a loopback port; each DATA gets the answer <see cref="Respond"/> chooses.</summary>
internal sealed class LoopbackSmtp : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;
    private readonly ConcurrentDictionary<ISessionContext, bool> deliveringSessions = new();
    private int data;

    private LoopbackSmtp(int port, Func<int, SmtpResponse> respond)
    {
        Port = port;
        Respond = respond;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        var server = new SmtpServer.SmtpServer(options, services);
        running = server.StartAsync(stop.Token);
    }

    public int Port { get; }

    /// <summary>The answer to the n-th DATA (from 1).</summary>
    public Func<int, SmtpResponse> Respond { get; set; }

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    /// <summary>
    /// The connections over which messages arrived. Counted at DATA, not at connection: the readiness probe of
    /// <see cref="StartAsync"/> is a connection too, and its session could be reported after any reset.
    /// </summary>
    public int Sessions => deliveringSessions.Count;

    public static async Task<LoopbackSmtp> StartAsync(Func<int, SmtpResponse>? respond = null)
    {
        var server = new LoopbackSmtp(FreePort(), respond ?? (_ => SmtpResponse.Ok));
        await WaitListeningAsync(server.Port);
        return server;
    }

    public static int FreePort() => Cli.Bench.LoopbackSmtpSink.FreePort();

    public static Task WaitListeningAsync(int port) => Cli.Bench.LoopbackSmtpSink.WaitListeningAsync(port);

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

    private sealed class Store(LoopbackSmtp owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            owner.deliveringSessions.TryAdd(context, true);
            var response = owner.Respond(Interlocked.Increment(ref owner.data));
            if (response.ReplyCode == SmtpReplyCode.Ok)
            {
                await using var stream = new MemoryStream(buffer.ToArray());
                owner.Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            }

            return response;
        }
    }
}

/// <summary>
/// A minimal SMTP peer that reads a whole message after DATA and then hangs up without answering, as a server that
/// crashes or a network that drops at the worst moment; after <see cref="Drops"/> such messages it answers normally.
/// </summary>
internal sealed class DroppingSmtp : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private int messages;
    private readonly int refusals;
    private int refusing;

    /// <param name="drops">How many messages, from the first, lose their connection after the whole DATA.</param>
    /// <param name="refusals">How many connections after a drop are refused at the greeting (554).</param>
    public DroppingSmtp(int drops, int refusals = 0)
    {
        Drops = drops;
        this.refusals = refusals;
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        loop = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public int Drops { get; }

    /// <summary>Messages answered 250 after their DATA.</summary>
    public ConcurrentQueue<string> Accepted { get; } = new();

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = Task.Run(() => SessionAsync(client));
        }
    }

    private async Task SessionAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            if (Interlocked.Decrement(ref refusing) >= 0)
            {
                await writer.WriteLineAsync("554 5.3.2 Servizio momentaneamente non disponibile");
                return;
            }

            await writer.WriteLineAsync("220 localhost ESMTP");
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Split(' ')[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250-localhost");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 Start mail input; end with <CRLF>.<CRLF>");
                        var body = new StringBuilder();
                        while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                        {
                            body.AppendLine(dataLine);
                        }

                        if (Interlocked.Increment(ref messages) <= Drops)
                        {
                            // The whole message arrived; the answer never leaves.
                            client.Client.Close(0);
                            refusing = refusals;
                            return;
                        }

                        Accepted.Enqueue(body.ToString());
                        await writer.WriteLineAsync("250 2.0.0 Ok: queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 2.0.0 Ok");
                        break;
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await loop;
        stop.Dispose();
    }
}
