using Microsoft.EntityFrameworkCore.Migrations;

namespace JsonApiCards.Api.Data.Migrations.Postgres;

/// <summary>
/// PostgreSQL's form of the SQLite triggers of CreditCardCountsByCardType: one PL/pgSQL function keeps credit_card_counts
/// exact, per (mode, card type), in the same transaction as every insert, delete and change of mode or card type; the
/// three triggers carry SQLite's names, so both schemas list the same. Triggers are not part of the EF model, so
/// MigrationTests checks them apart from the model's schema.
/// </summary>
/// <remarks>
/// Since DeferredCreditCardCounts the triggers are constraint triggers deferred to the commit: every new card of a mode
/// and type updates the same counts row, whose lock a transaction keeps to its end. Run at the statement, a transaction
/// that goes on after its card (the atomic journey: the wallet entry after the card) held every other card writer of the
/// mode back for all of its remaining work; run at the commit, the row is locked only while the transaction commits.
/// </remarks>
internal static class CreditCardCountTriggers
{
    public static void Create(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE FUNCTION credit_cards_count() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('DELETE', 'UPDATE') THEN
                    UPDATE credit_card_counts SET "count" = "count" - 1 WHERE mode = OLD.mode AND card_type = OLD.card_type;
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    INSERT INTO credit_card_counts (mode, card_type, "count") VALUES (NEW.mode, NEW.card_type, 1)
                        ON CONFLICT (mode, card_type) DO UPDATE SET "count" = credit_card_counts."count" + 1;
                END IF;
                RETURN NULL;
            END;
            $$;
            """);
        CreateImmediate(migrationBuilder);
    }

    /// <summary>The triggers as the first schema made them: run by each statement.</summary>
    public static void CreateImmediate(MigrationBuilder migrationBuilder) => CreateTriggers(migrationBuilder, "TRIGGER", "");

    /// <summary>The triggers as constraint triggers, deferred to the commit of the transaction that changed the cards.</summary>
    public static void CreateDeferred(MigrationBuilder migrationBuilder) =>
        CreateTriggers(migrationBuilder, "CONSTRAINT TRIGGER", " DEFERRABLE INITIALLY DEFERRED");

    private static void CreateTriggers(MigrationBuilder migrationBuilder, string kind, string timing)
    {
        migrationBuilder.Sql($"""
            CREATE {kind} credit_cards_counted_on_insert AFTER INSERT ON credit_cards{timing}
                FOR EACH ROW EXECUTE FUNCTION credit_cards_count();
            """);
        migrationBuilder.Sql($"""
            CREATE {kind} credit_cards_counted_on_delete AFTER DELETE ON credit_cards{timing}
                FOR EACH ROW EXECUTE FUNCTION credit_cards_count();
            """);
        migrationBuilder.Sql($"""
            CREATE {kind} credit_cards_counted_on_mode_or_card_type_change AFTER UPDATE OF mode, card_type ON credit_cards{timing}
                FOR EACH ROW WHEN (OLD.mode <> NEW.mode OR OLD.card_type <> NEW.card_type) EXECUTE FUNCTION credit_cards_count();
            """);
    }

    public static void Drop(MigrationBuilder migrationBuilder, bool keepFunction = false)
    {
        migrationBuilder.Sql("DROP TRIGGER credit_cards_counted_on_mode_or_card_type_change ON credit_cards;");
        migrationBuilder.Sql("DROP TRIGGER credit_cards_counted_on_delete ON credit_cards;");
        migrationBuilder.Sql("DROP TRIGGER credit_cards_counted_on_insert ON credit_cards;");
        if (!keepFunction)
        {
            migrationBuilder.Sql("DROP FUNCTION credit_cards_count();");
        }
    }
}
