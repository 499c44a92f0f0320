using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JsonApiCards.Api.Data.Migrations;

/// <summary>
/// Indexes for the order and customer lists, as CreditCardListIndexes made for cards: without them SQLite sorted every
/// order or customer of a mode to return one page. (mode) serves the count (and customers' default order by id), (mode,
/// created_at DESC) the newest first with ties in id order (orders' default order). Orders' status filters keep
/// the newest-first order after their column, replacing the plain (mode, status) index; customers get (mode, status).
/// </summary>
[DbContext(typeof(CardsDbContext))]
[Migration("20261122040000_OrderAndCustomerListIndexes")]
public sealed class OrderAndCustomerListIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateIndex(name: "IX_orders_mode", table: "orders", column: "mode");
        migrationBuilder.CreateIndex(name: "IX_orders_mode_created_at", table: "orders", columns: new[] { "mode", "created_at" }, descending: new[] { false, true });
        migrationBuilder.DropIndex(name: "IX_orders_mode_status", table: "orders");
        migrationBuilder.CreateIndex(name: "IX_orders_mode_status_created_at", table: "orders", columns: new[] { "mode", "status", "created_at" }, descending: new[] { false, false, true });
        migrationBuilder.CreateIndex(name: "IX_orders_mode_payment_status_created_at", table: "orders", columns: new[] { "mode", "payment_status", "created_at" }, descending: new[] { false, false, true });
        migrationBuilder.CreateIndex(name: "IX_customers_mode", table: "customers", column: "mode");
        migrationBuilder.CreateIndex(name: "IX_customers_mode_created_at", table: "customers", columns: new[] { "mode", "created_at" }, descending: new[] { false, true });
        migrationBuilder.CreateIndex(name: "IX_customers_mode_status", table: "customers", columns: new[] { "mode", "status" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex(name: "IX_customers_mode_status", table: "customers");
        migrationBuilder.DropIndex(name: "IX_customers_mode_created_at", table: "customers");
        migrationBuilder.DropIndex(name: "IX_customers_mode", table: "customers");
        migrationBuilder.DropIndex(name: "IX_orders_mode_payment_status_created_at", table: "orders");
        migrationBuilder.DropIndex(name: "IX_orders_mode_status_created_at", table: "orders");
        migrationBuilder.CreateIndex(name: "IX_orders_mode_status", table: "orders", columns: new[] { "mode", "status" });
        migrationBuilder.DropIndex(name: "IX_orders_mode_created_at", table: "orders");
        migrationBuilder.DropIndex(name: "IX_orders_mode", table: "orders");
    }
}
