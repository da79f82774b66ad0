namespace PerformanceWorkflow.Application.Features.Email;

/// <summary>How emails leave the service.</summary>
public enum EmailTransport
{
    /// <summary>Each message is written as an .eml file into <see cref="EmailOptions.PickupDirectory"/>: no mail server needed.</summary>
    PickupDirectory,

    /// <summary>Sent to the Comune's SMTP server with MailKit.</summary>
    Smtp,
}

/// <summary>TLS with the SMTP server.</summary>
public enum SmtpSecurity
{
    /// <summary>STARTTLS when the server offers it (the usual port 587).</summary>
    Auto,

    /// <summary>No TLS (a relay on the local network or loopback).</summary>
    None,

    /// <summary>STARTTLS required.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}

/// <summary>Settings of section "Email".</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public EmailTransport Transport { get; set; } = EmailTransport.PickupDirectory;

    /// <summary>Where .eml files go with the pickup transport; relative to the service's folder.</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    public string From { get; set; } = "performance@comune.example.it";

    public string FromName { get; set; } = "Ciclo della performance";

    /// <summary>The address of the service as users reach it: links in emails start here.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>Attempts for transient errors (4xx, dropped connection) before a message is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait before the first retry; it doubles at each attempt (8 attempts from 2 minutes: about 4 hours).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Messages sent over one connection per run of the sender.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// The local folder of the delivery journal (<see cref="DeliveryJournal"/>); empty: beside the SQLite file, or under
    /// data/outbox for a server database. Each instance's own disk, not a shared one.
    /// </summary>
    public string? JournalDirectory { get; set; }

    /// <summary>How long a claimed message stays reserved to the sender that claimed it.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>The SMTP server; the password comes from the environment or a secret store, never from a committed file.</summary>
public sealed class SmtpSettings
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
