using Hangfire.Logging;
using Microsoft.Extensions.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;
using MsLevel = Microsoft.Extensions.Logging.LogLevel;

namespace PerformanceWorkflow.Application;

/// <summary>
/// Hangfire's logging goes through a process-wide provider; when several hosts live in one process (integration
/// tests, `pw cycle simulate`) a disposed host's logger factory must not break another host's job threads.
/// </summary>
internal sealed class HangfireLogBridge(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name) => new BridgedLog(factory, name);

    private sealed class BridgedLog(ILoggerFactory factory, string name) : ILog
    {
        private ILogger? _logger;

        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                _logger ??= factory.CreateLogger(name);
                var level = logLevel switch
                {
                    HangfireLevel.Trace => MsLevel.Trace,
                    HangfireLevel.Debug => MsLevel.Debug,
                    HangfireLevel.Info => MsLevel.Information,
                    HangfireLevel.Warn => MsLevel.Warning,
                    HangfireLevel.Error => MsLevel.Error,
                    HangfireLevel.Fatal => MsLevel.Critical,
                };
                if (messageFunc is null)
                {
                    return _logger.IsEnabled(level);
                }

                if (!_logger.IsEnabled(level))
                {
                    return false;
                }

#pragma warning disable CA1848, CA2254 // Hangfire hands over finished messages; there is no template to cache.
                _logger.Log(level, exception, messageFunc());
#pragma warning restore CA1848, CA2254
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
