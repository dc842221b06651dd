using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CenterOps.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class QuotaPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Since",
                table: "pol_centre_packs",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Centres already running count from when their binding was made.
            migrationBuilder.Sql("UPDATE pol_centre_packs SET \"Since\" = \"BoundAt\"");

            migrationBuilder.CreateIndex(
                name: "IX_pol_timers_quota_period",
                table: "pol_timers",
                columns: new[] { "CentreId", "RuleId", "SubjectId" },
                unique: true,
                filter: "\"SubjectType\" = 'quota-period'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_pol_timers_quota_period",
                table: "pol_timers");

            migrationBuilder.DropColumn(
                name: "Since",
                table: "pol_centre_packs");
        }
    }
}
