using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CenterOps.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CareAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PractitionerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TalkMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    TalkNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SuggestedType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SuggestedSeverity = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DifficultyType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReportDeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_scale_responses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionnaireId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    QuestionnaireVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    ScoresJson = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    FilledBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    FilledAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_scale_responses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_scale_responses_care_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "care_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_care_assessments_CentreId",
                table: "care_assessments",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_care_assessments_CentreId_ClientId",
                table: "care_assessments",
                columns: new[] { "CentreId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_care_scale_responses_AssessmentId",
                table: "care_scale_responses",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_care_scale_responses_CentreId",
                table: "care_scale_responses",
                column: "CentreId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_scale_responses");

            migrationBuilder.DropTable(
                name: "care_assessments");
        }
    }
}
