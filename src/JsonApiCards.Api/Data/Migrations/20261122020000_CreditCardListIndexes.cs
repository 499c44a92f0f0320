using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JsonApiCards.Api.Data.Migrations;

/// <summary>
/// Indexes for the credit card lists measured by the load benchmark: without them SQLite sorted every card of a
/// mode to return one page. (mode) serves the default order by id; (mode, card_type, created_at DESC) replaces
/// (mode, card_type) and also serves a card type filter sorted newest first.
/// </summary>
[DbContext(typeof(CardsDbContext))]
[Migration("20261122020000_CreditCardListIndexes")]
public sealed class CreditCardListIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex(name: "IX_credit_cards_mode_card_type", table: "credit_cards");
        migrationBuilder.CreateIndex(name: "IX_credit_cards_mode", table: "credit_cards", column: "mode");
        migrationBuilder.CreateIndex(
            name: "IX_credit_cards_mode_card_type_created_at",
            table: "credit_cards",
            columns: new[] { "mode", "card_type", "created_at" },
            descending: new[] { false, false, true });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex(name: "IX_credit_cards_mode_card_type_created_at", table: "credit_cards");
        migrationBuilder.DropIndex(name: "IX_credit_cards_mode", table: "credit_cards");
        migrationBuilder.CreateIndex(name: "IX_credit_cards_mode_card_type", table: "credit_cards", columns: new[] { "mode", "card_type" });
    }
}
