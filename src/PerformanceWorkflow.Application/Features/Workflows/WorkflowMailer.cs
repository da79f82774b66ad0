using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PerformanceWorkflow.Application.Data;
using PerformanceWorkflow.Application.Features.Email;
using PerformanceWorkflow.Domain.Text;
using PerformanceWorkflow.Domain.Workflow;

namespace PerformanceWorkflow.Application.Features.Workflows;

/// <summary>
/// Turns the emails a transition asked for into outbox rows, in the transition's transaction: resolves "owner",
/// "reviewer" or "role:X" to people (disabled accounts receive nothing), fills the template and keys each row by
/// instance, revision, template and recipient, so that the same step cannot queue the same email twice.
/// </summary>
public sealed class WorkflowMailer(AppDbContext db, WorkflowCatalog catalog, WorkflowHooks hooks, IOptions<EmailOptions> email, IOptions<OrganizationOptions> organization)
{
    public async Task QueueAsync(IReadOnlyList<PendingMail> mails, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mails);
        if (mails.Count == 0)
        {
            return;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var lists = new Dictionary<WorkflowInstance, IReadOnlyList<EmailListItem>>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        async Task<string> NameOf(string? userId)
        {
            if (userId is null)
            {
                return string.Empty;
            }

            if (!names.TryGetValue(userId, out var name))
            {
                name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.FullName == string.Empty ? u.UserName! : u.FullName).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
                names[userId] = name;
            }

            return name;
        }

        foreach (var mail in mails)
        {
            var instance = mail.Instance;
            if (!lists.TryGetValue(instance, out var list))
            {
                list = await hooks.ListAsync(instance, mail.Machine, mail.Definition, cancellationToken);
                lists[instance] = list;
            }

            var roundLabel = instance.Round is { } number
                ? (await db.MonitoringRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Year == instance.Year && r.Number == number, cancellationToken))?.Label ?? $"round {number}"
                : string.Empty;
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Anno"] = instance.Year.ToString(ItalianFormat.Culture),
                ["Round"] = roundLabel,
                ["Link"] = email.Value.BaseUrl.TrimEnd('/') + WorkflowHooks.LinkPath(instance.Machine, instance.Id, instance.Year, instance.Round),
                ["Commento"] = mail.Comment ?? string.Empty,
                ["Autore"] = mail.Actor.UserId is null ? "il servizio" : await NameOf(mail.Actor.UserId),
                ["Responsabile"] = await NameOf(instance.OwnerId),
                ["Stato"] = mail.Machine.State(instance.State)?.Label ?? instance.State,
                ["Pratica"] = mail.Machine.Label,
                ["Ente"] = organization.Value.Name,
                ["Delibera"] = mail.Deliberation?.ToString() ?? string.Empty,
            };

            foreach (var recipient in await RecipientsAsync(instance, mail.Party, cancellationToken))
            {
                var key = $"wf:{instance.Id}:{instance.Revision}:{mail.Template}:{recipient.Id}";
                if (!keys.Add(key))
                {
                    continue;
                }

                values["Destinatario"] = recipient.Name;
                values["Scadenza"] = DueFor(instance, recipient) is { } due ? ItalianFormat.Date(due) : "—";
                var rendered = catalog.Templates.Render(mail.Template, values, list);
                db.OutboxMessages.Add(new OutboxMessage(key, mail.Template, recipient.Email, recipient.Name, recipient.Id, rendered, instance.Id, nowUtc));
            }
        }
    }

    /// <summary>The due date the recipient sees: his open task on the instance, else the instance's deadline.</summary>
    private DateOnly? DueFor(WorkflowInstance instance, Recipient recipient)
    {
        var task = db.UserTasks.Local
            .Where(t => t.Instance == instance && t.Status == UserTaskStatus.Open && (t.AssigneeId == recipient.Id || (t.AssigneeRole is not null && recipient.Roles.Contains(t.AssigneeRole))))
            .OrderByDescending(t => t.CreatedAtUtc).FirstOrDefault();
        return task?.DueDate ?? instance.DueDate;
    }

    private async Task<IReadOnlyList<Recipient>> RecipientsAsync(WorkflowInstance instance, string party, CancellationToken cancellationToken)
    {
        List<string> ids;
        if (party == WorkflowVocabulary.Owner || party == WorkflowVocabulary.Reviewer)
        {
            var id = party == WorkflowVocabulary.Owner ? instance.OwnerId : instance.ReviewerId;
            ids = id is null ? [] : [id];
        }
        else
        {
            var role = party[5..];
            ids = await db.UserRoles.Join(db.Roles.Where(r => r.Name == role), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId).ToListAsync(cancellationToken);
        }

        if (ids.Count == 0)
        {
            return [];
        }

        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.UserName, u.FullName, u.Email, u.LockoutEnd }).ToListAsync(cancellationToken);
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId)).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken);

        // A disabled account (locked for good) is someone who left: nothing is sent.
        return [.. users.Where(u => u.LockoutEnd != DateTimeOffset.MaxValue).OrderBy(u => u.Id, StringComparer.Ordinal)
            .Select(u => new Recipient(
                u.Id,
                string.IsNullOrWhiteSpace(u.FullName) ? u.UserName ?? u.Id : u.FullName,
                u.Email,
                roles.Where(r => r.UserId == u.Id && r.Name is not null).Select(r => r.Name!).ToHashSet(StringComparer.Ordinal)))];
    }

    private sealed record Recipient(string Id, string Name, string? Email, IReadOnlySet<string> Roles);
}
