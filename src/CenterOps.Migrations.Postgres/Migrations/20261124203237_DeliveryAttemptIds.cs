using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CenterOps.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryAttemptIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
