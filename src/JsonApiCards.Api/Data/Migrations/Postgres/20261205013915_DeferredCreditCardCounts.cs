using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JsonApiCards.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DeferredCreditCardCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            CreditCardCountTriggers.Drop(migrationBuilder, keepFunction: true);
            CreditCardCountTriggers.CreateDeferred(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            CreditCardCountTriggers.Drop(migrationBuilder, keepFunction: true);
            CreditCardCountTriggers.CreateImmediate(migrationBuilder);
        }
    }
}
