using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JsonApiCards.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class ResourceConcurrencyVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "version",
                table: "orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "version",
                table: "customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "version",
                table: "customer_payment_sources",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "version",
                table: "credit_cards",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Not DropColumn: SQLite's rebuild of a table would lose its triggers and the indexes later migrations' Down expect to drop.
            migrationBuilder.Sql("ALTER TABLE orders DROP COLUMN version;");
            migrationBuilder.Sql("ALTER TABLE customers DROP COLUMN version;");
            migrationBuilder.Sql("ALTER TABLE customer_payment_sources DROP COLUMN version;");
            migrationBuilder.Sql("ALTER TABLE credit_cards DROP COLUMN version;");
        }
    }
}
