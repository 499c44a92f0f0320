using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JsonApiCards.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class VaultDataKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "vault_data_keys",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    wrapped_key = table.Column<byte[]>(type: "BLOB", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vault_data_keys", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_credit_cards_number_key_id",
                table: "credit_cards",
                column: "number_key_id");

            migrationBuilder.CreateIndex(
                name: "ix_vault_data_keys_one_active_per_mode",
                table: "vault_data_keys",
                column: "mode",
                unique: true,
                filter: "\"state\" = 'active'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "vault_data_keys");

            migrationBuilder.DropIndex(
                name: "IX_credit_cards_number_key_id",
                table: "credit_cards");
        }
    }
}
