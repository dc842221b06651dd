using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CenterOps.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CentreCalendars : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pol_centre_calendars",
                columns: table => new
                {
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Opens = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Closes = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pol_centre_calendars", x => x.CentreId);
                });

            migrationBuilder.CreateTable(
                name: "pol_centre_days",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Open = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pol_centre_days", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pol_centre_calendars_CentreId",
                table: "pol_centre_calendars",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_pol_centre_days_CentreId",
                table: "pol_centre_days",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_pol_centre_days_CentreId_Date",
                table: "pol_centre_days",
                columns: new[] { "CentreId", "Date" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pol_centre_calendars");

            migrationBuilder.DropTable(
                name: "pol_centre_days");
        }
    }
}
