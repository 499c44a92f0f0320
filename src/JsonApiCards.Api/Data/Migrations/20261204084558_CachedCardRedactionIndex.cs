using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JsonApiCards.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class CachedCardRedactionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_credit_cards_storage_state_created_at",
                table: "credit_cards",
                columns: new[] { "storage_state", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_credit_cards_storage_state_created_at",
                table: "credit_cards");
        }
    }
}
