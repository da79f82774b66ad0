using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>
/// The emails of workflows. In the step's transaction it only queues: resolves "owner", "reviewer" or "role:X" to
/// people (disabled accounts receive nothing) and writes one row per recipient, keyed by instance, revision, template
/// and recipient so that the same step cannot queue the same email twice. The sender then composes each row — the
/// lists of objectives and indicators, names, deadlines, links — outside any step, a batch at a time.
/// </summary>
public sealed class WorkflowMailer(AppDbContext db, WorkflowCatalog catalog, WorkflowHooks hooks, IOptions<EmailOptions> email, IOptions<OrganizationOptions> organization) : IOutboxComposer
{
    public async Task QueueAsync(IReadOnlyList<PendingMail> mails, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mails);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var roles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var mail in mails)
        {
            var instance = mail.Instance;
            List<string> recipients;
            if (mail.Party is WorkflowVocabulary.Owner or WorkflowVocabulary.Reviewer)
            {
                var id = mail.Party == WorkflowVocabulary.Owner ? instance.OwnerId : instance.ReviewerId;
                recipients = id is null ? [] : [id];
            }
            else if (!roles.TryGetValue(mail.Party, out recipients!))
            {
                var role = mail.Party[5..];

                // A disabled account (locked for good) is someone who left.
                recipients = [.. (await db.UserRoles.Join(db.Roles.Where(r => r.Name == role), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
                        .Join(db.Users, id => id, u => u.Id, (_, u) => new { u.Id, u.LockoutEnd }).ToListAsync(cancellationToken))
                    .Where(u => u.LockoutEnd != DateTimeOffset.MaxValue).Select(u => u.Id).Order(StringComparer.Ordinal)];
                roles[mail.Party] = recipients;
            }

            var facts = new StepFacts(mail.Comment, mail.Actor.UserId, mail.Actor.Name, mail.Machine.State(instance.State)?.Label ?? instance.State, mail.Deliberation?.ToString());
            foreach (var recipient in recipients)
            {
                var key = $"wf:{instance.SubjectKey}:{instance.Revision}:{mail.Template}:{recipient}";
                if (keys.Add(key))
                {
                    db.OutboxMessages.Add(OutboxMessage.ForInstance(key, mail.Template, recipient, instance, facts, nowUtc));
                }
            }
        }
    }

    /// <summary>Fills the rows of a batch that are not composed yet; instances and people are read once per batch.</summary>
    public async Task ComposeAsync(IReadOnlyList<OutboxMessage> messages, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var pending = messages.Where(m => !m.IsComposed && m.InstanceId is not null && m.RecipientId is not null).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var instanceIds = pending.Select(m => m.InstanceId!.Value).Distinct().ToList();
        var instances = await db.WorkflowInstances.AsNoTracking().Where(i => instanceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var people = pending.Select(m => m.RecipientId!).Concat(pending.Select(m => m.ActorId).OfType<string>())
            .Concat(instances.Values.Select(i => i.OwnerId).OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
        var users = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id))
            .Select(u => new { u.Id, u.UserName, u.FullName, u.Email, u.LockoutEnd }).ToDictionaryAsync(u => u.Id, cancellationToken);
        string NameOf(string? id) => id is not null && users.TryGetValue(id, out var u) ? (string.IsNullOrWhiteSpace(u.FullName) ? u.UserName ?? u.Id : u.FullName) : string.Empty;
        var roles = await db.UserRoles.Where(ur => people.Contains(ur.UserId)).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var tasks = await db.UserTasks.AsNoTracking().Where(t => instanceIds.Contains(t.InstanceId) && t.Status == UserTaskStatus.Open).ToListAsync(cancellationToken);
        var rounds = await db.MonitoringRounds.AsNoTracking().Where(r => instances.Values.Select(i => i.Year).Contains(r.Year)).ToListAsync(cancellationToken);
        var lists = new Dictionary<int, IReadOnlyList<EmailListItem>>();
        foreach (var message in pending)
        {
            var instance = instances.GetValueOrDefault(message.InstanceId!.Value);
            if (instance is null)
            {
                continue;
            }

            var definition = catalog.Get(instance.Phase, instance.Version, () =>
                db.WorkflowDefinitionVersions.AsNoTracking().Where(v => v.Phase == instance.Phase && v.Version == instance.Version).Select(v => v.Json).FirstOrDefault());
            var machine = definition.Machine(instance.Machine)!;
            if (!lists.TryGetValue(instance.Id, out var list))
            {
                list = await hooks.ListAsync(instance, machine, definition, cancellationToken);
                lists[instance.Id] = list;
            }

            var recipient = message.RecipientId!;
            users.TryGetValue(recipient, out var user);
            var recipientRoles = roles.Where(r => r.UserId == recipient && r.Name is not null).Select(r => r.Name!).ToHashSet(StringComparer.Ordinal);
            var due = tasks.Where(t => t.InstanceId == instance.Id && (t.AssigneeId == recipient || (t.AssigneeRole is not null && recipientRoles.Contains(t.AssigneeRole))))
                .OrderByDescending(t => t.CreatedAtUtc).FirstOrDefault()?.DueDate ?? instance.DueDate;
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Destinatario"] = NameOf(recipient),
                ["Anno"] = instance.Year.ToString(ItalianFormat.Culture),
                ["Round"] = instance.Round is { } number ? rounds.FirstOrDefault(r => r.Year == instance.Year && r.Number == number)?.Label ?? $"round {number}" : string.Empty,
                ["Scadenza"] = due is { } d ? ItalianFormat.Date(d) : "—",
                ["Link"] = email.Value.BaseUrl.TrimEnd('/') + WorkflowLinks.EmailLinkPath(message.Template, instance.Machine, instance.Id, instance.Year, instance.Round),
                ["Commento"] = message.Comment ?? string.Empty,
                ["Autore"] = message.ActorId is null ? "il servizio" : NameOf(message.ActorId),
                ["Responsabile"] = NameOf(instance.OwnerId),
                ["Stato"] = message.StateLabel ?? string.Empty,
                ["Pratica"] = machine.Label,
                ["Ente"] = organization.Value.Name,
                ["Delibera"] = message.Deliberation ?? string.Empty,
            };
            var rendered = catalog.Templates.Render(message.Template, values, list);
            message.Compose(user?.LockoutEnd == DateTimeOffset.MaxValue ? null : user?.Email, NameOf(recipient), rendered, nowUtc);
        }
    }
}
