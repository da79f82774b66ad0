using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace PerformanceWorkflow.Application.Features.Email;

/// <summary>Where messages go: opened once per batch.</summary>
public interface IMailTransport
{
    Task<IMailSession> OpenAsync(CancellationToken cancellationToken);
}

/// <summary>One connection (or one folder) for a batch of messages.</summary>
public interface IMailSession : IAsyncDisposable
{
    /// <summary>False after a dropped connection: the rest of the batch needs a new session.</summary>
    bool IsUsable { get; }

    /// <summary>Sends; throws <see cref="MailDeliveryException"/> saying whether trying again may help.</summary>
    Task SendAsync(MimeMessage message, string name, CancellationToken cancellationToken);
}

/// <summary>A message was not delivered: <see cref="Permanent"/> for a refusal (5xx), otherwise worth retrying.</summary>
internal sealed class MailDeliveryException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}

/// <summary>
/// The default: each message becomes <c>NNNNNN-template.eml</c> in the pickup folder, written to a temporary name and
/// moved into place, so a reader never sees half a file and a message sent twice overwrites itself.
/// </summary>
internal sealed class PickupDirectoryTransport(string directory) : IMailTransport
{
    public string Directory { get; } = directory;

    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Task.FromResult<IMailSession>(new Session(Directory));
    }

    private sealed class Session(string directory) : IMailSession
    {
        public bool IsUsable => true;

        public async Task SendAsync(MimeMessage message, string name, CancellationToken cancellationToken)
        {
            var target = Path.Combine(directory, name + ".eml");
            var temporary = Path.Combine(directory, $".{name}.{Guid.NewGuid():N}.tmp");
            try
            {
                await message.WriteToAsync(temporary, cancellationToken);
                File.Move(temporary, target, overwrite: true);
            }
            catch (IOException exception)
            {
                File.Delete(temporary);
                throw new MailDeliveryException($"Scrittura nella cartella della posta non riuscita: {exception.Message}", permanent: false, exception);
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>
/// SMTP with MailKit over a socket with Nagle's algorithm off: with the defaults the final "." of each message waits for
/// the server's delayed ACK, and a batch crawls at ~20 messages a second (see docs/architecture.md).
/// </summary>
internal sealed class SmtpTransport(IOptions<EmailOptions> options) : IMailTransport
{
    public async Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        Socket? socket = null;
        try
        {
            socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(smtp.Host, smtp.Port, cancellationToken);
            var security = smtp.Security switch
            {
                SmtpSecurity.None => SecureSocketOptions.None,
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTlsWhenAvailable,
            };
            await client.ConnectAsync(socket, smtp.Host, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
            }

            return new Session(client);
        }
        catch (Exception exception) when (exception is SocketException or IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException or TimeoutException)
        {
            client.Dispose();
            socket?.Dispose();
            throw new MailDeliveryException($"Connessione al server SMTP {smtp.Host}:{smtp.Port} non riuscita: {exception.Message}", permanent: false, exception);
        }
    }

    private sealed class Session(SmtpClient client) : IMailSession
    {
        public bool IsUsable => client.IsConnected;

        public async Task SendAsync(MimeMessage message, string name, CancellationToken cancellationToken)
        {
            try
            {
                await client.SendAsync(message, cancellationToken);
            }
            catch (SmtpCommandException exception)
            {
                // 5xx: the server refuses this message for good; 4xx: it may accept it later.
                var code = (int)exception.StatusCode;
                throw new MailDeliveryException($"Il server SMTP ha risposto {code}: {exception.Message}", permanent: code >= 500, exception);
            }
            catch (Exception exception) when (exception is SmtpProtocolException or IOException or SocketException or ServiceNotConnectedException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                throw new MailDeliveryException($"Connessione interrotta durante l'invio: {exception.Message}", permanent: false, exception);
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true);
                }
            }
            catch (Exception exception) when (exception is IOException or SmtpProtocolException or SmtpCommandException or SocketException)
            {
                // The messages are already sent or recorded as failed; a rude goodbye changes nothing.
            }
            finally
            {
                client.Dispose();
            }
        }
    }
}
