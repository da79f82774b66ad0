namespace PerformanceWorkflow.Application.Features.Plan.Import;

/// <summary>What a file says, before anything is saved: the plan draft, and every repair, doubt and error found.</summary>
internal sealed record ParsedPlan(PlanDraft Draft, ImportLog Log)
{
    public ImportSummary Summary => ImportSummary.Of(Draft, Log);
}

/// <summary>Reads a plan file of any accepted format into a <see cref="PlanDraft"/>; pure, no database.</summary>
internal static class PlanFileParser
{
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file's name, used only to tell a CSV from the PIAO text when both could be.</param>
    /// <param name="year">The year of the operational table when its dates do not tell it.</param>
    public static ParsedPlan Parse(byte[] content, string fileName, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var log = new ImportLog();
        var sheets = PlanFileReader.Read(content, fileName, log);
        var tables = log.HasErrors ? [] : TableSegmenter.Segment(sheets, log);
        var operational = new List<OperationalTable>();
        var triennial = new List<TriennialTable>();
        foreach (var table in tables)
        {
            log.Source = sheets.Count > 1 ? table.Source : null;
            if (table.Kind == TableKind.Operational)
            {
                operational.Add(OperationalTableReader.Read(table, log));
            }
            else
            {
                triennial.Add(TriennialTableReader.Read(table, log));
            }
        }

        log.Source = null;
        var draft = log.HasErrors && tables.Count == 0 ? new PlanDraft() : PlanAssembler.Assemble(operational, triennial, year, sheets.Count > 1, log);
        return new ParsedPlan(draft, log);
    }
}
