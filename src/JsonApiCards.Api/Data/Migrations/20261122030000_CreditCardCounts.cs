using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JsonApiCards.Api.Data.Migrations;

/// <summary>
/// An exact count of credit cards per mode, kept by triggers in the same transaction as every insert, delete or mode
/// change, so the unfiltered card list reads one row instead of counting a million index entries (26-39 ms at 1M cards,
/// see test/JsonApiCards.Benchmarks/results/scale.md). Filtered lists still count exactly with <c>COUNT(*)</c>. The counts start from the cards that
/// exist. Triggers are not part of the EF model, so MigrationTests checks them apart from the model's schema.
/// </summary>
[DbContext(typeof(CardsDbContext))]
[Migration("20261122030000_CreditCardCounts")]
public sealed class CreditCardCounts : Migration
{
    private const string CountNewMode = """
        INSERT INTO credit_card_counts (mode, "count") VALUES (NEW.mode, 1) ON CONFLICT (mode) DO UPDATE SET "count" = "count" + 1;
        """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        CreateCountsPerMode(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        DropCountsPerMode(migrationBuilder);
    }

    /// <summary>The per-mode table, filled, and its triggers; CreditCardCountsByCardType goes back to it on the way down.</summary>
    internal static void CreateCountsPerMode(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "credit_card_counts",
            columns: table => new
            {
                mode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                count = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_credit_card_counts", x => x.mode));

        migrationBuilder.Sql("""
            INSERT INTO credit_card_counts (mode, "count") SELECT mode, COUNT(*) FROM credit_cards GROUP BY mode;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER credit_cards_counted_on_insert AFTER INSERT ON credit_cards
            BEGIN
                {CountNewMode}
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER credit_cards_counted_on_delete AFTER DELETE ON credit_cards
            BEGIN
                UPDATE credit_card_counts SET "count" = "count" - 1 WHERE mode = OLD.mode;
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER credit_cards_counted_on_mode_change AFTER UPDATE OF mode ON credit_cards WHEN OLD.mode <> NEW.mode
            BEGIN
                UPDATE credit_card_counts SET "count" = "count" - 1 WHERE mode = OLD.mode;
                {CountNewMode}
            END;
            """);
    }

    internal static void DropCountsPerMode(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER credit_cards_counted_on_mode_change;");
        migrationBuilder.Sql("DROP TRIGGER credit_cards_counted_on_delete;");
        migrationBuilder.Sql("DROP TRIGGER credit_cards_counted_on_insert;");
        migrationBuilder.DropTable(name: "credit_card_counts");
    }
}
