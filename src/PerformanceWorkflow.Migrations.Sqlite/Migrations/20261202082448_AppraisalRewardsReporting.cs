using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerformanceWorkflow.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AppraisalRewardsReporting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SubjectId",
                table: "WorkflowInstances",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DeviationCauses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstanceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Percent = table.Column<double>(type: "REAL", nullable: false),
                    Cause = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CorrectiveActions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviationCauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviationCauses_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviationCauses_WorkflowInstances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "WorkflowInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Generated = table.Column<bool>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SourceVersion = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Staff",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Matricola = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Group = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    EvaluatorMatricola = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PartTimePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    ServiceMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Staff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Staff_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Staff_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YearSettings",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearSettings", x => new { x.Kind, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "AppraisalForms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstanceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EvaluatorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    EvaluatorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ScoredDimension = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ScoredId = table.Column<int>(type: "INTEGER", nullable: true),
                    ScoredName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SelfAssessmentNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MidYearNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EvaluatorComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ObjectivesAcknowledgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProposedScore = table.Column<double>(type: "REAL", nullable: true),
                    ProposedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UnitScore = table.Column<double>(type: "REAL", nullable: true),
                    DifferentiationScore = table.Column<double>(type: "REAL", nullable: true),
                    HearingStatement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PersonObservations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConciliationReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConciliationRequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConciliationChanged = table.Column<bool>(type: "INTEGER", nullable: true),
                    ConciliationDecision = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConciliationDecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScoreBeforeConciliation = table.Column<double>(type: "REAL", nullable: true),
                    FinalScore = table.Column<double>(type: "REAL", nullable: true),
                    FinalAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Objectives = table.Column<string>(type: "TEXT", nullable: true),
                    Ratings = table.Column<string>(type: "TEXT", nullable: true),
                    SelfRatings = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalForms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalForms_Staff_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppraisalForms_WorkflowInstances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "WorkflowInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalForms_InstanceId",
                table: "AppraisalForms",
                column: "InstanceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalForms_StaffMemberId",
                table: "AppraisalForms",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalForms_Year_EvaluatorUserId",
                table: "AppraisalForms",
                columns: new[] { "Year", "EvaluatorUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalForms_Year_StaffMemberId",
                table: "AppraisalForms",
                columns: new[] { "Year", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviationCauses_IndicatorId",
                table: "DeviationCauses",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviationCauses_InstanceId_IndicatorId",
                table: "DeviationCauses",
                columns: new[] { "InstanceId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviationCauses_Year_IndicatorId",
                table: "DeviationCauses",
                columns: new[] { "Year", "IndicatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportDocuments_Year_Kind_Version",
                table: "ReportDocuments",
                columns: new[] { "Year", "Kind", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Staff_DepartmentId",
                table: "Staff",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Staff_Matricola",
                table: "Staff",
                column: "Matricola",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Staff_UnitId",
                table: "Staff",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Staff_UserId",
                table: "Staff",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppraisalForms");

            migrationBuilder.DropTable(
                name: "DeviationCauses");

            migrationBuilder.DropTable(
                name: "ReportDocuments");

            migrationBuilder.DropTable(
                name: "YearSettings");

            migrationBuilder.DropTable(
                name: "Staff");

            migrationBuilder.DropColumn(
                name: "SubjectId",
                table: "WorkflowInstances");
        }
    }
}
