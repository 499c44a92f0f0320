using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JsonApiCards.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class OttuWalletAttributes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "agreement_ids",
                table: "customer_payment_sources",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "gateway_code",
                table: "customer_payment_sources",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "credit-card");

            migrationBuilder.AddColumn<bool>(
                name: "is_preferred",
                table: "customer_payment_sources",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "agreement_ids",
                table: "customer_payment_sources");

            migrationBuilder.DropColumn(
                name: "gateway_code",
                table: "customer_payment_sources");

            migrationBuilder.DropColumn(
                name: "is_preferred",
                table: "customer_payment_sources");
        }
    }
}
