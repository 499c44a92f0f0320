using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JsonApiCards.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ResourceConcurrencyVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "version",
                table: "orders",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "version",
                table: "customers",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "version",
                table: "customer_payment_sources",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "version",
                table: "credit_cards",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // The default only fills the rows already there; the model has none (the service sets every version).
            migrationBuilder.Sql("""
                ALTER TABLE orders ALTER COLUMN version DROP DEFAULT;
                ALTER TABLE customers ALTER COLUMN version DROP DEFAULT;
                ALTER TABLE customer_payment_sources ALTER COLUMN version DROP DEFAULT;
                ALTER TABLE credit_cards ALTER COLUMN version DROP DEFAULT;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "version",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "version",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "version",
                table: "customer_payment_sources");

            migrationBuilder.DropColumn(
                name: "version",
                table: "credit_cards");
        }
    }
}
