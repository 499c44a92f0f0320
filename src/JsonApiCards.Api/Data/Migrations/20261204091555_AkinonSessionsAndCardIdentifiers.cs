using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JsonApiCards.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AkinonSessionsAndCardIdentifiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "card_identifier",
                table: "credit_cards",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Cards made before this migration get a random (version 4) identifier each, in EF Core's spelling of a Guid in
            // SQLite (upper-case text), before the unique index is built over them.
            migrationBuilder.Sql("""
                UPDATE credit_cards SET card_identifier =
                    upper(hex(randomblob(4))) || '-' || upper(hex(randomblob(2))) || '-4' || substr(upper(hex(randomblob(2))), 2) || '-'
                    || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(upper(hex(randomblob(2))), 2) || '-' || upper(hex(randomblob(6)));
                """);

            migrationBuilder.CreateTable(
                name: "akinon_sessions",
                columns: table => new
                {
                    key_hash = table.Column<string>(type: "TEXT", maxLength: 43, nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_credit_cards_card_identifier",
                table: "credit_cards",
                column: "card_identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_akinon_sessions_customer_id",
                table: "akinon_sessions",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_akinon_sessions_expires_at",
                table: "akinon_sessions",
                column: "expires_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "akinon_sessions");

            migrationBuilder.DropIndex(
                name: "IX_credit_cards_card_identifier",
                table: "credit_cards");

            // Not DropColumn: SQLite's rebuild of the table would lose the indexes later migrations' Down expect to drop.
            migrationBuilder.Sql("ALTER TABLE credit_cards DROP COLUMN card_identifier;");
        }
    }
}
