using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CenterOps.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class QuotaFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pol_facts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PersonUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pol_facts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pol_facts_CentreId",
                table: "pol_facts",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_pol_facts_CentreId_Name_PersonUserId_OccurredAt",
                table: "pol_facts",
                columns: new[] { "CentreId", "Name", "PersonUserId", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pol_facts");
        }
    }
}
