using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerformanceWorkflow.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OutboxBodies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OutboxBodies",
                columns: table => new
                {
                    MessageId = table.Column<long>(type: "bigint", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxBodies", x => x.MessageId);
                    table.ForeignKey(
                        name: "FK_OutboxBodies_Outbox_MessageId",
                        column: x => x.MessageId,
                        principalTable: "Outbox",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The bodies of the messages already queued move with them: a pending one must still be sent whole.
            migrationBuilder.Sql("INSERT INTO \"OutboxBodies\" (\"MessageId\", \"Text\", \"Html\") SELECT \"Id\", COALESCE(\"TextBody\", ''), COALESCE(\"HtmlBody\", '') FROM \"Outbox\" WHERE \"TextBody\" IS NOT NULL OR \"HtmlBody\" IS NOT NULL;");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_ClaimToken",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "HtmlBody",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "TextBody",
                table: "Outbox");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HtmlBody",
                table: "Outbox",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextBody",
                table: "Outbox",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_ClaimToken",
                table: "Outbox",
                column: "ClaimToken");

            migrationBuilder.Sql("UPDATE \"Outbox\" SET \"TextBody\" = (SELECT b.\"Text\" FROM \"OutboxBodies\" b WHERE b.\"MessageId\" = \"Outbox\".\"Id\"), \"HtmlBody\" = (SELECT b.\"Html\" FROM \"OutboxBodies\" b WHERE b.\"MessageId\" = \"Outbox\".\"Id\");");

            migrationBuilder.DropTable(
                name: "OutboxBodies");
        }
    }
}
