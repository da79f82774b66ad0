using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;
using Microsoft.EntityFrameworkCore;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>
/// The definitions of <c>workflows/</c>, loaded and checked once at start-up: each file against
/// <c>workflow.schema.json</c>, then against the names the engine knows (<see cref="WorkflowHooks"/>) and the email
/// templates. Any problem stops the start with messages that name the file and the element. Older versions of a
/// definition, on which instances are still running, come from the database (<see cref="WorkflowVersions"/>).
/// </summary>
public sealed class WorkflowCatalog
{
    /// <summary>The five phases of the cycle, in order; each has its file.</summary>
    public static readonly IReadOnlyList<string> Phases = ["assegnazione", "monitoraggio", "misurazione", "valutazione", "rendicontazione"];

    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    private readonly Dictionary<string, (WorkflowDefinition Definition, string Json)> current;
    private readonly ConcurrentDictionary<(string Phase, int Version), WorkflowDefinition> older = new();

    private WorkflowCatalog(string directory, Dictionary<string, (WorkflowDefinition, string)> current, EmailTemplates templates)
    {
        Directory = directory;
        this.current = current;
        Templates = templates;
    }

    public string Directory { get; }

    public EmailTemplates Templates { get; }

    public IEnumerable<WorkflowDefinition> Definitions => Phases.Where(current.ContainsKey).Select(p => current[p].Definition);

    public WorkflowDefinition Current(string phase) =>
        current.TryGetValue(phase, out var found) ? found.Definition : throw new KeyNotFoundException($"Fase «{phase}» sconosciuta.");

    /// <summary>The normalized JSON of the current version, as stored for the instances that start on it.</summary>
    public string CurrentJson(string phase) => current[phase].Json;

    /// <summary>The definition an instance runs on: the current one, or the older version it started with.</summary>
    public WorkflowDefinition Get(string phase, int version, Func<string?> storedJson)
    {
        ArgumentNullException.ThrowIfNull(storedJson);
        var now = Current(phase);
        if (now.Version == version)
        {
            return now;
        }

        return older.GetOrAdd((phase, version), key =>
        {
            var json = storedJson() ?? throw new InvalidOperationException($"La versione {key.Version} della fase «{key.Phase}» non è registrata nel database.");
            return WorkflowDefinitionReader.Parse(json);
        });
    }

    /// <summary>The definition an instance runs on, reading an older version from the database the first time it is asked.</summary>
    public WorkflowDefinition Of(WorkflowInstance instance, Data.AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(db);
        return Get(instance.Phase, instance.Version, () =>
            db.WorkflowDefinitionVersions.AsNoTracking().Where(v => v.Phase == instance.Phase && v.Version == instance.Version).Select(v => v.Json).FirstOrDefault());
    }

    /// <summary>Loads and checks every file; throws <see cref="WorkflowDefinitionException"/> listing every problem.</summary>
    public static WorkflowCatalog Load(string directory, WorkflowVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var errors = new List<string>();
        if (!System.IO.Directory.Exists(directory))
        {
            throw new WorkflowDefinitionException([$"la cartella delle definizioni «{directory}» non esiste (impostazione Workflows:Directory)."]);
        }

        var (templates, templateErrors) = EmailTemplates.Load(Path.Combine(directory, "templates"));
        errors.AddRange(templateErrors);
        vocabulary = vocabulary with { Templates = new HashSet<string>(templates.Names, StringComparer.Ordinal) };

        var schemaPath = Path.Combine(directory, "workflow.schema.json");
        JsonSchema? schema = null;
        if (!File.Exists(schemaPath))
        {
            errors.Add("workflow.schema.json: manca lo schema delle definizioni.");
        }
        else
        {
            var schemaText = File.ReadAllText(schemaPath);
            try
            {
                // Each build gets its own registry: the library registers a schema by its $id, and two builds in the
                // global one would collide (several hosts in a process, a restart in tests).
                schema = Schemas.GetOrAdd(schemaText, text => JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
            }
            catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException)
            {
                errors.Add($"workflow.schema.json: schema non valido: {exception.Message}");
            }
        }

        var definitions = new Dictionary<string, (WorkflowDefinition, string)>(StringComparer.Ordinal);
        foreach (var phase in Phases)
        {
            var file = $"{phase}.json";
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                errors.Add($"{file}: manca la definizione della fase «{phase}».");
                continue;
            }

            var text = File.ReadAllText(path);
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            }
            catch (JsonException exception)
            {
                errors.Add($"{file}: JSON non valido alla riga {exception.LineNumber + 1}: {exception.Message}");
                continue;
            }

            using (document)
            {
                if (schema is not null)
                {
                    var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
                    if (!result.IsValid)
                    {
                        // A failed "if" only selects which "then" applies: it is not a mistake in the file.
                        var problems = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 } && !d.EvaluationPath.ToString().Contains("/if", StringComparison.Ordinal))
                            .SelectMany(d => d.Errors!.Select(e => $"{file}: {Where(d.InstanceLocation.ToString())}: {e.Value}"))
                            .Distinct(StringComparer.Ordinal).ToList();
                        errors.AddRange(problems.Count > 0 ? problems : [$"{file}: non rispetta workflow.schema.json."]);
                        continue;
                    }
                }

                var definition = WorkflowDefinitionReader.Parse(text);
                if (definition.Phase != phase)
                {
                    errors.Add($"{file}: phase: «{definition.Phase}» non corrisponde al nome del file («{phase}»).");
                }

                errors.AddRange(WorkflowValidator.Validate(definition, file, vocabulary));
                definitions[phase] = (definition, JsonSerializer.Serialize(document.RootElement));
            }
        }

        foreach (var extra in System.IO.Directory.GetFiles(directory, "*.json").Select(Path.GetFileNameWithoutExtension)
                     .Where(n => n is not null && n != "workflow.schema" && !Phases.Contains(n)))
        {
            errors.Add($"{extra}.json: fase sconosciuta (le fasi sono: {string.Join(", ", Phases)}).");
        }

        if (definitions.Count == Phases.Count)
        {
            errors.AddRange(WorkflowNames.Check(definitions.Values.Select(d => d.Item1)));
        }

        if (errors.Count > 0)
        {
            throw new WorkflowDefinitionException(errors);
        }

        return new WorkflowCatalog(directory, definitions, templates);
    }

    private static string Where(string pointer) => string.IsNullOrEmpty(pointer) ? "(radice)" : pointer;
}

/// <summary>The definitions cannot be used: the service does not start.</summary>
internal sealed class WorkflowDefinitionException(IReadOnlyList<string> problems)
    : Exception("Definizioni dei flussi non valide:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
