using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerformanceWorkflow.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Scoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ScoringCapAt100",
                table: "PlanYears",
                type: "bit",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "ScoringLowerIsBetter",
                table: "PlanYears",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "AllOrNothing");

            migrationBuilder.AddColumn<decimal>(
                name: "ScoringTolerance",
                table: "PlanYears",
                type: "decimal(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<long>(
                name: "ScoringVersion",
                table: "PlanYears",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Parameters",
                table: "PendingImports",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "PendingImports",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "plan");

            migrationBuilder.CreateTable(
                name: "MonitoringRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ReferenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringRounds_PlanYears_Year",
                        column: x => x.Year,
                        principalTable: "PlanYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScoringWeights",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Element = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ElementId = table.Column<int>(type: "int", nullable: false),
                    Weight = table.Column<decimal>(type: "decimal(9,4)", precision: 9, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoringWeights", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoringWeights_PlanYears_Year",
                        column: x => x.Year,
                        principalTable: "PlanYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasurementChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    IndicatorId = table.Column<int>(type: "int", nullable: false),
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    OldValue = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    NewValue = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    OldNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    NewNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ChangedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasurementChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasurementChanges_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasurementChanges_MonitoringRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MonitoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Measurements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    IndicatorId = table.Column<int>(type: "int", nullable: false),
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    Value = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Numerator = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    Denominator = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    EnteredBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    EnteredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Measurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Measurements_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Measurements_MonitoringRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MonitoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScoreSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Payload = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoreSnapshots_MonitoringRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MonitoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementChanges_IndicatorId_RoundId",
                table: "MeasurementChanges",
                columns: new[] { "IndicatorId", "RoundId" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementChanges_RoundId",
                table: "MeasurementChanges",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_IndicatorId",
                table: "Measurements",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_RoundId_IndicatorId",
                table: "Measurements",
                columns: new[] { "RoundId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRounds_Year_Number",
                table: "MonitoringRounds",
                columns: new[] { "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSnapshots_RoundId",
                table: "ScoreSnapshots",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSnapshots_Year_RoundId",
                table: "ScoreSnapshots",
                columns: new[] { "Year", "RoundId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoringWeights_Year_Element_ElementId",
                table: "ScoringWeights",
                columns: new[] { "Year", "Element", "ElementId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeasurementChanges");

            migrationBuilder.DropTable(
                name: "Measurements");

            migrationBuilder.DropTable(
                name: "ScoreSnapshots");

            migrationBuilder.DropTable(
                name: "ScoringWeights");

            migrationBuilder.DropTable(
                name: "MonitoringRounds");

            migrationBuilder.DropColumn(
                name: "ScoringCapAt100",
                table: "PlanYears");

            migrationBuilder.DropColumn(
                name: "ScoringLowerIsBetter",
                table: "PlanYears");

            migrationBuilder.DropColumn(
                name: "ScoringTolerance",
                table: "PlanYears");

            migrationBuilder.DropColumn(
                name: "ScoringVersion",
                table: "PlanYears");

            migrationBuilder.DropColumn(
                name: "Parameters",
                table: "PendingImports");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "PendingImports");
        }
    }
}
