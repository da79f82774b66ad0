using System.Diagnostics;

namespace PerformanceWorkflow.Application.Tests.Support;

/// <summary>`pw` run as the operator runs it: its own process, its exit code and what it printed.</summary>
internal static class Pw
{
    /// <summary>Exit code, and standard output followed by standard error.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var (exit, output, error) = await RunInAsync(null, args);
        return (exit, output + error);
    }

    /// <summary>In <paramref name="directory"/> (the working directory, where pw's relative paths start), the two streams apart.</summary>
    public static async Task<(int Exit, string Out, string Err)> RunInAsync(string? directory, params string[] args)
    {
        using var process = Process.Start(Start(directory, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Started and killed (SIGKILL) after <paramref name="delay"/>; false when it finished first.</summary>
    public static async Task<bool> KillAfterAsync(TimeSpan delay, params string[] args)
    {
        using var process = Process.Start(Start(null, args))!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(delay));
        if (process.HasExited)
        {
            return false;
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        return true;
    }

    private static ProcessStartInfo Start(string? directory, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (directory is not null)
        {
            start.WorkingDirectory = directory;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pw.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }
}
