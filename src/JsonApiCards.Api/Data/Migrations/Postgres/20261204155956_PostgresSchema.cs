using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JsonApiCards.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PostgresSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_clients",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    client_id = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: false, collation: "C"),
                    secret_hash = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    mode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    disabled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_clients", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key_id = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: false, collation: "C"),
                    secret_hash = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: false, collation: "C"),
                    mode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    disabled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "credit_card_counts",
                columns: table => new
                {
                    mode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false, collation: "C"),
                    card_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_card_counts", x => new { x.mode, x.card_type });
                });

            migrationBuilder.CreateTable(
                name: "customers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false, collation: "C"),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    has_password = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    credentials_version = table.Column<int>(type: "integer", nullable: false),
                    mode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false, collation: "C"),
                    reference = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true, collation: "C"),
                    metadata = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "revoked_tokens",
                columns: table => new
                {
                    token_id = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: false, collation: "C"),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revoked_tokens", x => x.token_id);
                });

            migrationBuilder.CreateTable(
                name: "vault_data_keys",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    mode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false, collation: "C"),
                    wrapped_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vault_data_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "akinon_sessions",
                columns: table => new
                {
                    key_hash = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: false, collation: "C"),
                    mode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false, collation: "C"),
                    customer_id = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_akinon_sessions", x => x.key_hash);
                    table.ForeignKey(
                        name: "FK_akinon_sessions_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "credit_cards",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    month = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false, collation: "C"),
                    year = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false, collation: "C"),
                    card_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    storage_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    bin = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    last_four = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false, collation: "C"),
                    card_identifier = table.Column<Guid>(type: "uuid", nullable: false),
                    number_ciphertext = table.Column<byte[]>(type: "bytea", nullable: true),
                    number_key_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    order_id = table.Column<long>(type: "bigint", nullable: true),
                    mode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false, collation: "C"),
                    reference = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true, collation: "C"),
                    metadata = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_cards", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "customer_payment_sources",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    customer_token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    payment_source_token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    gateway_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, defaultValue: "credit-card", collation: "C"),
                    is_preferred = table.Column<bool>(type: "boolean", nullable: false),
                    agreement_ids = table.Column<List<string>>(type: "text[]", nullable: false, defaultValueSql: "'{}'"),
                    customer_id = table.Column<long>(type: "bigint", nullable: true),
                    payment_source_id = table.Column<long>(type: "bigint", nullable: true),
                    mode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false, collation: "C"),
                    reference = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true, collation: "C"),
                    metadata = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    payment_status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    currency_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false, collation: "C"),
                    customer_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true, collation: "C"),
                    total_amount_cents = table.Column<long>(type: "bigint", nullable: false),
                    customer_id = table.Column<long>(type: "bigint", nullable: true),
                    payment_source_id = table.Column<long>(type: "bigint", nullable: true),
                    mode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false, collation: "C"),
                    reference = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true, collation: "C"),
                    metadata = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_akinon_sessions_customer_id",
                table: "akinon_sessions",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_akinon_sessions_expires_at",
                table: "akinon_sessions",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "IX_api_clients_client_id",
                table: "api_clients",
                column: "client_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_api_keys_key_id",
                table: "api_keys",
                column: "key_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_credit_cards_card_identifier",
                table: "credit_cards",
                column: "card_identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_credit_cards_mode",
                table: "credit_cards",
                column: "mode");

            migrationBuilder.CreateIndex(
                name: "IX_credit_cards_mode_card_type_created_at",
                table: "credit_cards",
                columns: new[] { "mode", "card_type", "created_at" },
                descending: new[] { false, false, true });

            migrationBuilder.CreateIndex(
                name: "IX_credit_cards_mode_created_at",
                table: "credit_cards",
                columns: new[] { "mode", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_cards_mode_fingerprint",
                table: "credit_cards",
                columns: new[] { "mode", "fingerprint" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_cards_mode_order_id",
                table: "credit_cards",
                columns: new[] { "mode", "order_id" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_cards_mode_reference",
                table: "credit_cards",
                columns: new[] { "mode", "reference" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_cards_number_key_id",
                table: "credit_cards",
                column: "number_key_id");

            migrationBuilder.CreateIndex(
                name: "IX_credit_cards_order_id",
                table: "credit_cards",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "IX_credit_cards_storage_state_created_at",
                table: "credit_cards",
                columns: new[] { "storage_state", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_customer_payment_sources_customer_id_payment_source_id",
                table: "customer_payment_sources",
                columns: new[] { "customer_id", "payment_source_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customer_payment_sources_customer_token",
                table: "customer_payment_sources",
                column: "customer_token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customer_payment_sources_mode_customer_id",
                table: "customer_payment_sources",
                columns: new[] { "mode", "customer_id" });

            migrationBuilder.CreateIndex(
                name: "IX_customer_payment_sources_payment_source_id",
                table: "customer_payment_sources",
                column: "payment_source_id");

            migrationBuilder.CreateIndex(
                name: "IX_customer_payment_sources_payment_source_token",
                table: "customer_payment_sources",
                column: "payment_source_token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_mode",
                table: "customers",
                column: "mode");

            migrationBuilder.CreateIndex(
                name: "IX_customers_mode_created_at",
                table: "customers",
                columns: new[] { "mode", "created_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "IX_customers_mode_email",
                table: "customers",
                columns: new[] { "mode", "email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_mode_reference",
                table: "customers",
                columns: new[] { "mode", "reference" });

            migrationBuilder.CreateIndex(
                name: "IX_customers_mode_status",
                table: "customers",
                columns: new[] { "mode", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_customer_id",
                table: "orders",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_orders_mode",
                table: "orders",
                column: "mode");

            migrationBuilder.CreateIndex(
                name: "IX_orders_mode_created_at",
                table: "orders",
                columns: new[] { "mode", "created_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "IX_orders_mode_customer_id",
                table: "orders",
                columns: new[] { "mode", "customer_id" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_mode_number",
                table: "orders",
                columns: new[] { "mode", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_mode_payment_source_id",
                table: "orders",
                columns: new[] { "mode", "payment_source_id" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_mode_payment_status_created_at",
                table: "orders",
                columns: new[] { "mode", "payment_status", "created_at" },
                descending: new[] { false, false, true });

            migrationBuilder.CreateIndex(
                name: "IX_orders_mode_status_created_at",
                table: "orders",
                columns: new[] { "mode", "status", "created_at" },
                descending: new[] { false, false, true });

            migrationBuilder.CreateIndex(
                name: "IX_orders_payment_source_id",
                table: "orders",
                column: "payment_source_id");

            migrationBuilder.CreateIndex(
                name: "IX_revoked_tokens_expires_at",
                table: "revoked_tokens",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_vault_data_keys_one_active_per_mode",
                table: "vault_data_keys",
                column: "mode",
                unique: true,
                filter: "\"state\" = 'active'");

            migrationBuilder.AddForeignKey(
                name: "FK_credit_cards_orders_order_id",
                table: "credit_cards",
                column: "order_id",
                principalTable: "orders",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            CreditCardCountTriggers.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            CreditCardCountTriggers.Drop(migrationBuilder);

            migrationBuilder.DropForeignKey(
                name: "FK_orders_customers_customer_id",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_credit_cards_orders_order_id",
                table: "credit_cards");

            migrationBuilder.DropTable(
                name: "akinon_sessions");

            migrationBuilder.DropTable(
                name: "api_clients");

            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "credit_card_counts");

            migrationBuilder.DropTable(
                name: "customer_payment_sources");

            migrationBuilder.DropTable(
                name: "revoked_tokens");

            migrationBuilder.DropTable(
                name: "vault_data_keys");

            migrationBuilder.DropTable(
                name: "customers");

            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "credit_cards");
        }
    }
}
