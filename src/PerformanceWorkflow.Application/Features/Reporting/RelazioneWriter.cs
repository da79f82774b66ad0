using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerformanceWorkflow.Domain.Text;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace PerformanceWorkflow.Application.Features.Reporting;

/// <summary>
/// Writes the Relazione sulla Performance as an editable Word document with the sections of LG 3/2018: Italian
/// numbers and dates, tables whose header row repeats on every page, charts as images. The office edits it and uploads
/// the edited version, which is the one that goes on.
/// </summary>
internal static class RelazioneWriter
{
    private const string Font = "Titillium Web";

    public static byte[] Write(RelazioneData data, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            AddStyles(main);
            var body = main.Document.Body!;
            var w = new Writer(main, body);

            w.Title($"Relazione sulla Performance {data.Year}");
            w.Text($"{data.Organization} — ai sensi dell'art. 10 c.1 lett. b D.Lgs. 150/2009 e delle Linee guida n. 3/2018 del Dipartimento della Funzione Pubblica. Documento generato il {ItalianFormat.Date(today)} dai dati del servizio; l'ufficio lo completa e lo carica di nuovo.");

            w.Heading("1. Presentazione", 1);
            w.Text($"La Relazione rende conto dei risultati organizzativi e individuali raggiunti nel {data.Year} rispetto agli obiettivi del Piano della performance (PIAO, sezione 2.2){(data.PlanDeliberation is { } plan ? $", approvato con {plan}" : string.Empty)}, e degli scostamenti con le loro cause.");

            w.Heading("2. Risultati", 1);
            w.Heading("2.1 Principali risultati", 2);
            w.Text($"Performance dell'ente nel {data.RoundLabel ?? "consuntivo"}: {Percent(data.OrganizationPercent)} (media degli indicatori di tutte le strutture). Indicatori sotto il target: {data.Rows.Count(r => r.Percent is < 99.9999)} su {data.Rows.Count(r => r.Percent is not null)}; revisioni dei target approvate nell'anno: {data.TargetRevisions}.");
            w.Table(["Settore / U.O.A.", "Dirigente", "Indicatori", "Performance"], data.Departments.Select(d => new[] { d.Name, d.Director ?? "—", d.Indicators.ToString(ItalianFormat.Culture), Percent(d.Percent) }));
            w.Chart(Charts.Bars($"Performance dei settori {data.Year}", data.Departments.Select(d => (d.Name, d.Percent)).ToList()), "Grafico a barre della performance dei settori");

            w.Heading("2.2 Contesto e risorse", 2);
            w.Text($"Personale valutato nell'anno: {data.Staff.Sum(s => s.People).ToString(ItalianFormat.Culture)} persone, per gruppo e area CCNL.");
            w.Table(["Gruppo", "Area CCNL", "Persone"], data.Staff.Select(s => new[] { s.Group, s.Area, s.People.ToString(ItalianFormat.Culture) }));

            w.Heading("2.3 Performance organizzativa", 2);
            w.Heading("L'ente e le strutture", 3);
            w.Table(["Settore", "Unità", "Performance"], data.Units.Select(u => new[] { u.Department, u.Name, Percent(u.Percent) }));
            w.Heading("Linee di mandato e obiettivi strategici", 3);
            w.Table(["Linea di mandato", "Stato di attuazione"], data.MandateLines.Select(m => new[] { m.Name, Percent(m.Percent) }));
            w.Chart(Charts.Bars($"Linee di mandato {data.Year}", data.MandateLines.Select(m => (m.Name, m.Percent)).ToList()), "Grafico a barre dello stato di attuazione delle linee di mandato");
            w.Table(["Linea di mandato", "Obiettivo strategico", "Stato di attuazione"], data.StrategicObjectives.Select(s => new[] { s.Line, s.Title, Percent(s.Percent) }));
            w.Heading("Obiettivi e indicatori", 3);
            w.Text("Per ogni indicatore: struttura e dirigente, peso dell'obiettivo, formula, target (rivisto se così approvato), valore finale, percentuale raggiunta, scostamento e sua causa con le azioni correttive.");
            w.Table(
                ["Codice", "Obiettivo", "Struttura", "Dirigente", "Peso", "Indicatore", "Formula", "Target", "Valore", "%", "Scostamento", "Causa e azioni correttive"],
                data.Rows.OrderBy(r => r.Department, StringComparer.Ordinal).ThenBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.Code, StringComparer.Ordinal).Select(r => new[]
                {
                    r.Code ?? "—", r.Objective, $"{r.Department} · {r.Unit}", r.Director ?? "—", ItalianFormat.Number(r.Weight, 2), r.Indicator, r.Formula,
                    r.Revised ? $"{r.Target} (rivisto)" : r.Target, r.Value is { } v ? ItalianFormat.Number(v, 2) : "—", Percent(r.Percent),
                    r.Percent is { } p && p < 99.9999 ? Percent(100 - p) : "—",
                    r.Percent is < 99.9999 ? $"{r.Cause ?? "causa non indicata"}{(r.CorrectiveActions is { } a ? $" — Azioni: {a}" : string.Empty)}" : "—",
                }),
                small: true);

            w.Heading("Andamento negli anni", 3);
            var years = data.Trend.Select(t => t.Year).Distinct().Order().ToList();
            w.Table(["Struttura", .. years.Select(y => y.ToString(ItalianFormat.Culture))], data.Trend.GroupBy(t => t.Name).Select(g => new[] { g.Key }.Concat(years.Select(y => Percent(g.FirstOrDefault(t => t.Year == y)?.Percent))).ToArray()));
            if (years.Count > 1)
            {
                w.Chart(Charts.Lines("Andamento della performance", data.Trend), "Grafico dell'andamento della performance dell'ente e dei settori negli anni");
            }

            w.Heading("2.4 Performance individuale", 2);
            w.Text("Distribuzione dei punteggi finali per gruppo (dati aggregati: nessun nome; le celle che riguardano meno di 3 persone non sono riportate, «n.p.»).");
            w.Table(["Gruppo", "Valutati", "≥ 90 %", "60–90 %", "< 60 %", "Media"], data.Individual.Select(g => (string[])
            [
                g.Group, g.People.ToString(ItalianFormat.Culture), .. g.Bands.Select(b => b.People?.ToString(ItalianFormat.Culture) ?? "n.p."), g.Average is { } avg ? ItalianFormat.Number(avg, 2) : "n.p.",
            ]));

            w.Heading("3. Il processo di misurazione e valutazione", 1);
            w.Text("Le fasi dell'anno con le loro date, come registrate dal servizio.");
            w.Table(["Fase", "Data di riferimento", "Scadenza", "Avviata", "Chiusa"], data.Process.Select(p => new[]
            {
                p.What, p.Planned is { } d ? ItalianFormat.Date(d) : "—", p.Due is { } due ? ItalianFormat.Date(due) : "—", p.Opened is { } o ? ItalianFormat.DateTime(o) : "—", p.Closed is { } c ? ItalianFormat.DateTime(c) : "—",
            }));

            w.Heading("4. Validazione", 1);
            w.Text(data.ValidationState);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static string Percent(double? value) => value is { } v ? $"{ItalianFormat.Number(v, 1)} %" : "—";

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = Font, HighAnsi = Font }, new FontSize { Val = "21" }, new Languages { Val = "it-IT" }))),
            Style("Title", "Titolo", "40", true),
            Style("Heading1", "Titolo 1", "32", true),
            Style("Heading2", "Titolo 2", "26", true),
            Style("Heading3", "Titolo 3", "23", true));
    }

    private static Style Style(string id, string name, string size, bool bold) =>
        new(new StyleName { Val = name }, new PrimaryStyle(), new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = id == "Title" ? 0 : int.Parse(id[^1..], System.Globalization.CultureInfo.InvariantCulture) - 1 }),
            new StyleRunProperties(new Bold { Val = bold }, new FontSize { Val = size }, new Color { Val = "0066CC" }))
        { Type = StyleValues.Paragraph, StyleId = id };

    private sealed class Writer(MainDocumentPart main, Body body)
    {
        private uint images;

        public void Title(string text) => body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), new Run(new Text(text))));

        public void Heading(string text, int level) => body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }), new Run(new Text(text))));

        public void Text(string text) => body.Append(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));

        /// <summary>A table whose first row repeats at the top of every page it runs onto.</summary>
        public void Table(IReadOnlyList<string> headers, IEnumerable<string[]> rows, bool small = false)
        {
            var size = small ? "16" : "19";
            var table = new Table(new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
            table.Append(Row(headers, size, header: true));
            var any = false;
            foreach (var row in rows)
            {
                table.Append(Row(row, size, header: false));
                any = true;
            }

            if (!any)
            {
                table.Append(Row([.. headers.Select((_, i) => i == 0 ? "nessun dato" : string.Empty)], size, header: false));
            }

            body.Append(table);
            body.Append(new Paragraph());
        }

        private static TableRow Row(IReadOnlyList<string> cells, string size, bool header)
        {
            var row = new TableRow();
            if (header)
            {
                row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
            }
            else
            {
                row.Append(new TableRowProperties(new CantSplit()));
            }

            foreach (var cell in cells)
            {
                var properties = new RunProperties(new FontSize { Val = size });
                if (header)
                {
                    properties.Append(new Bold());
                }

                row.Append(new TableCell(
                    header ? new TableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Fill = "E6EEF7" }) : new TableCellProperties(),
                    new Paragraph(new Run(properties, new Text(cell) { Space = SpaceProcessingModeValues.Preserve }))));
            }

            return row;
        }

        /// <summary>A chart as a PNG image, 16 cm wide, with its description for screen readers.</summary>
        public void Chart(byte[]? png, string description)
        {
            if (png is null)
            {
                return;
            }

            var part = main.AddImagePart(ImagePartType.Png);
            using (var stream = new MemoryStream(png))
            {
                part.FeedData(stream);
            }

            images++;
            const long width = 16L * 360000, height = 8L * 360000;
            var id = main.GetIdOfPart(part);
            var drawing = new Drawing(new DW.Inline(
                new DW.Extent { Cx = width, Cy = height },
                new DW.DocProperties { Id = images, Name = $"Grafico {images}", Description = description },
                new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(new A.GraphicData(
                    new PIC.Picture(
                        new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = images, Name = $"grafico{images}.png" }, new PIC.NonVisualPictureDrawingProperties()),
                        new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                        new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
            { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 });
            body.Append(new Paragraph(new Run(drawing)));
        }
    }
}
