using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CenterOps.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TimerOwnerDepartment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OwnerDepartmentId",
                table: "pol_timers");

            migrationBuilder.AddColumn<string>(
                name: "OwnerDepartmentKey",
                table: "pol_timers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OwnerDepartmentKey",
                table: "pol_timers");

            migrationBuilder.AddColumn<Guid>(
                name: "OwnerDepartmentId",
                table: "pol_timers",
                type: "TEXT",
                nullable: true);
        }
    }
}
