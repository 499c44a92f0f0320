using Microsoft.EntityFrameworkCore.Migrations;

namespace JsonApiCards.Api.Data.Migrations.Postgres;

/// <summary>
/// PostgreSQL's form of the SQLite triggers of CreditCardCountsByCardType: one PL/pgSQL function keeps credit_card_counts
/// exact, per (mode, card type), in the same transaction as every insert, delete and change of mode or card type; the
/// three triggers carry SQLite's names, so both schemas list the same. Triggers are not part of the EF model, so
/// MigrationTests checks them apart from the model's schema.
/// </summary>
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
        migrationBuilder.Sql("""
            CREATE TRIGGER credit_cards_counted_on_insert AFTER INSERT ON credit_cards
                FOR EACH ROW EXECUTE FUNCTION credit_cards_count();
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER credit_cards_counted_on_delete AFTER DELETE ON credit_cards
                FOR EACH ROW EXECUTE FUNCTION credit_cards_count();
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER credit_cards_counted_on_mode_or_card_type_change AFTER UPDATE OF mode, card_type ON credit_cards
                FOR EACH ROW WHEN (OLD.mode <> NEW.mode OR OLD.card_type <> NEW.card_type) EXECUTE FUNCTION credit_cards_count();
            """);
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER credit_cards_counted_on_mode_or_card_type_change ON credit_cards;");
        migrationBuilder.Sql("DROP TRIGGER credit_cards_counted_on_delete ON credit_cards;");
        migrationBuilder.Sql("DROP TRIGGER credit_cards_counted_on_insert ON credit_cards;");
        migrationBuilder.Sql("DROP FUNCTION credit_cards_count();");
    }
}
