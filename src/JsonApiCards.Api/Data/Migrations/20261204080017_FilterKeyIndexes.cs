using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JsonApiCards.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class FilterKeyIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_orders_mode_customer_id",
                table: "orders",
                columns: new[] { "mode", "customer_id" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_mode_payment_source_id",
                table: "orders",
                columns: new[] { "mode", "payment_source_id" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_cards_mode_order_id",
                table: "credit_cards",
                columns: new[] { "mode", "order_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orders_mode_customer_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_orders_mode_payment_source_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_credit_cards_mode_order_id",
                table: "credit_cards");
        }
    }
}
