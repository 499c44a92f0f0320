using JsonApiCards.Api.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JsonApiCards.Api.Data.Migrations;

/// <summary>
/// The first schema: customers, credit cards, orders and wallets. This migration and the next five were written by hand,
/// when the EF Core design-time package could not be restored on our machines, so they have no target model (.Designer.cs);
/// later ones come from <c>dotnet ef migrations add</c>. A test checks that migrating gives the schema the model describes.
/// </summary>
[DbContext(typeof(CardsDbContext))]
[Migration("20261122000000_InitialSchema")]
public sealed class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "customers",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                metadata = table.Column<string>(type: "TEXT", nullable: true),
                mode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                reference = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_customers", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "credit_cards",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                bin = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                card_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                last_four = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                metadata = table.Column<string>(type: "TEXT", nullable: true),
                mode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                month = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                number_ciphertext = table.Column<byte[]>(type: "BLOB", nullable: true),
                number_key_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                order_id = table.Column<long>(type: "INTEGER", nullable: true),
                reference = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                storage_state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                year = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_credit_cards", x => x.id);
                table.ForeignKey(
                    name: "FK_credit_cards_orders_order_id",
                    column: x => x.order_id,
                    principalTable: "orders",
                    principalColumn: "id",
                    onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "orders",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                currency_code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                customer_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                customer_id = table.Column<long>(type: "INTEGER", nullable: true),
                metadata = table.Column<string>(type: "TEXT", nullable: true),
                mode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                payment_source_id = table.Column<long>(type: "INTEGER", nullable: true),
                payment_status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                reference = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                total_amount_cents = table.Column<long>(type: "INTEGER", nullable: false),
                updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_orders", x => x.id);
                table.ForeignKey(
                    name: "FK_orders_credit_cards_payment_source_id",
                    column: x => x.payment_source_id,
                    principalTable: "credit_cards",
                    principalColumn: "id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_orders_customers_customer_id",
                    column: x => x.customer_id,
                    principalTable: "customers",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "customer_payment_sources",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                customer_id = table.Column<long>(type: "INTEGER", nullable: true),
                customer_token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                metadata = table.Column<string>(type: "TEXT", nullable: true),
                mode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                payment_source_id = table.Column<long>(type: "INTEGER", nullable: true),
                payment_source_token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                reference = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_customer_payment_sources", x => x.id);
                table.ForeignKey(
                    name: "FK_customer_payment_sources_credit_cards_payment_source_id",
                    column: x => x.payment_source_id,
                    principalTable: "credit_cards",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_customer_payment_sources_customers_customer_id",
                    column: x => x.customer_id,
                    principalTable: "customers",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_credit_cards_mode_card_type", table: "credit_cards", columns: new[] { "mode", "card_type" });
        migrationBuilder.CreateIndex(name: "IX_credit_cards_mode_created_at", table: "credit_cards", columns: new[] { "mode", "created_at" });
        migrationBuilder.CreateIndex(name: "IX_credit_cards_mode_fingerprint", table: "credit_cards", columns: new[] { "mode", "fingerprint" });
        migrationBuilder.CreateIndex(name: "IX_credit_cards_mode_reference", table: "credit_cards", columns: new[] { "mode", "reference" });
        migrationBuilder.CreateIndex(name: "IX_credit_cards_order_id", table: "credit_cards", column: "order_id");
        migrationBuilder.CreateIndex(name: "IX_customer_payment_sources_customer_id", table: "customer_payment_sources", column: "customer_id");
        migrationBuilder.CreateIndex(name: "IX_customer_payment_sources_mode_customer_id", table: "customer_payment_sources", columns: new[] { "mode", "customer_id" });
        migrationBuilder.CreateIndex(name: "IX_customer_payment_sources_payment_source_id", table: "customer_payment_sources", column: "payment_source_id");
        migrationBuilder.CreateIndex(name: "IX_customer_payment_sources_payment_source_token", table: "customer_payment_sources", column: "payment_source_token", unique: true);
        migrationBuilder.CreateIndex(name: "IX_customers_mode_email", table: "customers", columns: new[] { "mode", "email" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_customers_mode_reference", table: "customers", columns: new[] { "mode", "reference" });
        migrationBuilder.CreateIndex(name: "IX_orders_customer_id", table: "orders", column: "customer_id");
        migrationBuilder.CreateIndex(name: "IX_orders_mode_number", table: "orders", columns: new[] { "mode", "number" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_orders_mode_status", table: "orders", columns: new[] { "mode", "status" });
        migrationBuilder.CreateIndex(name: "IX_orders_payment_source_id", table: "orders", column: "payment_source_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "customer_payment_sources");
        migrationBuilder.DropTable(name: "credit_cards");
        migrationBuilder.DropTable(name: "orders");
        migrationBuilder.DropTable(name: "customers");
    }
}
