using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CenterOps.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PolicyEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pol_pack_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PackName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Yaml = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pol_pack_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pol_timers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PackVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerRole = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OwnerDepartmentKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EscalateToRole = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WarnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WarnedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BreachedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PausedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClaimedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pol_timers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pol_centre_packs",
                columns: table => new
                {
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PackVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoundAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pol_centre_packs", x => x.CentreId);
                    table.ForeignKey(
                        name: "FK_pol_centre_packs_pol_pack_versions_PackVersionId",
                        column: x => x.PackVersionId,
                        principalTable: "pol_pack_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pol_centre_packs_PackVersionId",
                table: "pol_centre_packs",
                column: "PackVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_pol_pack_versions_PackName_Number",
                table: "pol_pack_versions",
                columns: new[] { "PackName", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pol_pack_versions_PackName_Sha256",
                table: "pol_pack_versions",
                columns: new[] { "PackName", "Sha256" });

            migrationBuilder.CreateIndex(
                name: "IX_pol_timers_CentreId",
                table: "pol_timers",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_pol_timers_CentreId_RuleId_OpenedAt",
                table: "pol_timers",
                columns: new[] { "CentreId", "RuleId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_pol_timers_OwnerUserId_State_DueAt",
                table: "pol_timers",
                columns: new[] { "OwnerUserId", "State", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_pol_timers_State_DueAt",
                table: "pol_timers",
                columns: new[] { "State", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_pol_timers_State_WarnAt",
                table: "pol_timers",
                columns: new[] { "State", "WarnAt" });

            migrationBuilder.CreateIndex(
                name: "IX_pol_timers_SubjectType_SubjectId_RuleId",
                table: "pol_timers",
                columns: new[] { "SubjectType", "SubjectId", "RuleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pol_centre_packs");

            migrationBuilder.DropTable(
                name: "pol_timers");

            migrationBuilder.DropTable(
                name: "pol_pack_versions");
        }
    }
}
