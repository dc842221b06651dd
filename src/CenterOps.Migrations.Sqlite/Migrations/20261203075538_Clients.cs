using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CenterOps.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Clients : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "crm_corporate_clients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TargetGroup = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Headcount = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ServiceTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Goals = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crm_corporate_clients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "crm_clients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Age = table.Column<int>(type: "INTEGER", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    InitialNeed = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IntakeJson = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CorporateClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crm_clients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_crm_clients_crm_corporate_clients_CorporateClientId",
                        column: x => x.CorporateClientId,
                        principalTable: "crm_corporate_clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "crm_qualification_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CorporateClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crm_qualification_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_crm_qualification_documents_crm_corporate_clients_CorporateClientId",
                        column: x => x.CorporateClientId,
                        principalTable: "crm_corporate_clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "crm_consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ConsentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConsentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    GivenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crm_consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_crm_consents_crm_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "crm_clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "crm_referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Institution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReferredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReferredById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReferredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HowInformed = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crm_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_crm_referrals_crm_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "crm_clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "crm_screenings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Age = table.Column<int>(type: "INTEGER", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ScreenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ScreenedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crm_screenings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_crm_screenings_crm_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "crm_clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_crm_clients_CentreId",
                table: "crm_clients",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_crm_clients_CentreId_Name",
                table: "crm_clients",
                columns: new[] { "CentreId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_crm_clients_CentreId_Phone",
                table: "crm_clients",
                columns: new[] { "CentreId", "Phone" });

            migrationBuilder.CreateIndex(
                name: "IX_crm_clients_CorporateClientId",
                table: "crm_clients",
                column: "CorporateClientId");

            migrationBuilder.CreateIndex(
                name: "IX_crm_consents_CentreId",
                table: "crm_consents",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_crm_consents_ClientId_Purpose",
                table: "crm_consents",
                columns: new[] { "ClientId", "Purpose" });

            migrationBuilder.CreateIndex(
                name: "IX_crm_corporate_clients_CentreId",
                table: "crm_corporate_clients",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_crm_corporate_clients_CentreId_CreditCode",
                table: "crm_corporate_clients",
                columns: new[] { "CentreId", "CreditCode" });

            migrationBuilder.CreateIndex(
                name: "IX_crm_qualification_documents_CentreId",
                table: "crm_qualification_documents",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_crm_qualification_documents_CorporateClientId",
                table: "crm_qualification_documents",
                column: "CorporateClientId");

            migrationBuilder.CreateIndex(
                name: "IX_crm_referrals_CentreId",
                table: "crm_referrals",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_crm_referrals_ClientId",
                table: "crm_referrals",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_crm_screenings_CentreId",
                table: "crm_screenings",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_crm_screenings_ClientId_ScreenedAt",
                table: "crm_screenings",
                columns: new[] { "ClientId", "ScreenedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "crm_consents");

            migrationBuilder.DropTable(
                name: "crm_qualification_documents");

            migrationBuilder.DropTable(
                name: "crm_referrals");

            migrationBuilder.DropTable(
                name: "crm_screenings");

            migrationBuilder.DropTable(
                name: "crm_clients");

            migrationBuilder.DropTable(
                name: "crm_corporate_clients");
        }
    }
}
