using System.Text;
using PerformanceWorkflow.Application.Features.Plan.Import;

namespace PerformanceWorkflow.Application.Tests.Support;

/// <summary>Small handmade documents: cells separated by '|' in the source, tabs in the document, as the PIAO text.</summary>
internal static class Doc
{
    public const string OperationalHeader = "Settore/UAO|UOC/UAO|N.ro Ob|Tipo OB|Obiettivi Operativi|Obiettivi Gestionali|Indicatori|Ufficio/Personale|Tipo Ind.|Data Previsione|Target";

    public const string TriennialHeader = "Settore/UA|UOC/UA|Linea Mandato|Obiettivi Strategici|Missioni|Obiettivi Operativi|Tipo OB|2024|2025|2026";

    public static string Text(params string[] lines) => string.Join('\n', lines.Select(l => l.Replace('|', '\t')));

    public static ParsedPlan Parse(params string[] lines) => PlanFileParser.Parse(Encoding.UTF8.GetBytes(Text(lines)), "piano.txt");

    public static ParsedPlan ParseCsv(string csv, string name = "piano.csv") => PlanFileParser.Parse(Encoding.UTF8.GetBytes(csv), name);
}
