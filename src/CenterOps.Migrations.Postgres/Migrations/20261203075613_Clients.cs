using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CenterOps.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ContactPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TargetGroup = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Headcount = table.Column<int>(type: "integer", nullable: false),
                    ServiceFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ServiceTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Goals = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Channel = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RegisteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crm_corporate_clients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "crm_clients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Gender = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Age = table.Column<int>(type: "integer", nullable: true),
                    Channel = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    InitialNeed = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IntakeJson = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CorporateClientId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RegisteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    CorporateClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crm_qualification_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_crm_qualification_documents_crm_corporate_clients_Corporate~",
                        column: x => x.CorporateClientId,
                        principalTable: "crm_corporate_clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "crm_consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ConsentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConsentVersion = table.Column<int>(type: "integer", nullable: false),
                    GivenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Institution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReferredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReferredById = table.Column<Guid>(type: "uuid", nullable: true),
                    ReferredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HowInformed = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    AnswersJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Age = table.Column<int>(type: "integer", nullable: true),
                    Result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reasons = table.Column<List<string>>(type: "text[]", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ScreenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ScreenedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
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
