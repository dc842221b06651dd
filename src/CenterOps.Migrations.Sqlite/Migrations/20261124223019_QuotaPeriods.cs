using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CenterOps.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QuotaPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Since",
                table: "pol_centre_packs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

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
