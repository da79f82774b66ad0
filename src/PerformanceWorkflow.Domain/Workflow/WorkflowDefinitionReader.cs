using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerformanceWorkflow.Domain.Workflow;

/// <summary>Reads a definition from its JSON text (after the schema has accepted it).</summary>
public static class WorkflowDefinitionReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>Parses <paramref name="json"/>; a malformed text throws <see cref="FormatException"/> naming the line.</summary>
    public static WorkflowDefinition Parse(string json)
    {
        DefinitionDto dto;
        try
        {
            dto = JsonSerializer.Deserialize<DefinitionDto>(json, Options) ?? throw new FormatException("il file è vuoto.");
        }
        catch (JsonException exception)
        {
            throw new FormatException($"JSON non valido alla riga {exception.LineNumber + 1}: {exception.Message}", exception);
        }

        return new WorkflowDefinition(
            dto.Phase ?? string.Empty,
            dto.Version,
            dto.Label ?? string.Empty,
            dto.Description,
            [.. dto.Machines.Select(m => new MachineDefinition(
                m.Id ?? string.Empty,
                m.Subject ?? string.Empty,
                m.Label ?? string.Empty,
                m.Initial ?? string.Empty,
                [.. m.States.Select(s => new StateDefinition(s.Id ?? string.Empty, s.Label ?? string.Empty, s.Final, [.. s.OnEntry.Select(Map)]))],
                [.. m.Triggers.Select(t => new TriggerDefinition(t.Id ?? string.Empty, t.Label ?? string.Empty, t.From, t.To ?? string.Empty, t.Roles, t.Guard, t.Requires, [.. t.Actions.Select(Map)]))],
                [.. m.Timers.Select(t => new TimerDefinition(t.Id ?? string.Empty, t.State ?? string.Empty, Map(t.At), t.Repeat, t.Trigger ?? string.Empty))],
                [.. m.OnStart.Select(Map)]))]);
    }

    private static ActionDefinition Map(ActionDto a) =>
        new(a.Type ?? string.Empty, a.To, a.Template, a.For, a.Title, a.Due is null ? null : Map(a.Due), a.Machine, a.Trigger, a.Job, a.Operation);

    private static RelativeTime Map(TimeDto? t) => new(t?.RelativeTo ?? string.Empty, t?.Offset ?? string.Empty);

#pragma warning disable CA1812 // Instantiated by the serializer.
    private sealed class DefinitionDto
    {
        public string? Phase { get; set; }

        public int Version { get; set; }

        public string? Label { get; set; }

        public string? Description { get; set; }

        public List<MachineDto> Machines { get; set; } = [];
    }

    private sealed class MachineDto
    {
        public string? Id { get; set; }

        public string? Subject { get; set; }

        public string? Label { get; set; }

        public string? Initial { get; set; }

        public List<ActionDto> OnStart { get; set; } = [];

        public List<StateDto> States { get; set; } = [];

        public List<TriggerDto> Triggers { get; set; } = [];

        public List<TimerDto> Timers { get; set; } = [];
    }

    private sealed class StateDto
    {
        public string? Id { get; set; }

        public string? Label { get; set; }

        public bool Final { get; set; }

        public List<ActionDto> OnEntry { get; set; } = [];
    }

    private sealed class TriggerDto
    {
        public string? Id { get; set; }

        public string? Label { get; set; }

        public List<string> From { get; set; } = [];

        public string? To { get; set; }

        public List<string> Roles { get; set; } = [];

        public string? Guard { get; set; }

        public List<string> Requires { get; set; } = [];

        public List<ActionDto> Actions { get; set; } = [];
    }

    private sealed class TimerDto
    {
        public string? Id { get; set; }

        public string? State { get; set; }

        public TimeDto? At { get; set; }

        public string? Repeat { get; set; }

        public string? Trigger { get; set; }
    }

    private sealed class TimeDto
    {
        public string? RelativeTo { get; set; }

        public string? Offset { get; set; }
    }

    private sealed class ActionDto
    {
        public string? Type { get; set; }

        public string? To { get; set; }

        public string? Template { get; set; }

        public string? For { get; set; }

        public string? Title { get; set; }

        public TimeDto? Due { get; set; }

        public string? Machine { get; set; }

        public string? Trigger { get; set; }

        public string? Job { get; set; }

        public string? Operation { get; set; }
    }
#pragma warning restore CA1812
}
