using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CenterOps.Migrations.Sqlite.Migrations
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
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Opens = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Closes = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pol_centre_calendars", x => x.CentreId);
                });

            migrationBuilder.CreateTable(
                name: "pol_centre_days",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Open = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
