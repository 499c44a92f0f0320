using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JsonApiCards.Api.Data.Migrations;

/// <summary>
/// Wallet rules the database backs: a card is saved to a customer's wallet at most once, and customer tokens are
/// unique like payment source tokens. The new (customer_id, payment_source_id) index covers lookups by customer, so
/// the single-column one goes. Written by hand, as the first migration explains.
/// </summary>
[DbContext(typeof(CardsDbContext))]
[Migration("20261122010000_WalletUniqueness")]
public sealed class WalletUniqueness : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex(name: "IX_customer_payment_sources_customer_id", table: "customer_payment_sources");
        migrationBuilder.CreateIndex(name: "IX_customer_payment_sources_customer_id_payment_source_id", table: "customer_payment_sources", columns: new[] { "customer_id", "payment_source_id" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_customer_payment_sources_customer_token", table: "customer_payment_sources", column: "customer_token", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex(name: "IX_customer_payment_sources_customer_token", table: "customer_payment_sources");
        migrationBuilder.DropIndex(name: "IX_customer_payment_sources_customer_id_payment_source_id", table: "customer_payment_sources");
        migrationBuilder.CreateIndex(name: "IX_customer_payment_sources_customer_id", table: "customer_payment_sources", column: "customer_id");
    }
}
