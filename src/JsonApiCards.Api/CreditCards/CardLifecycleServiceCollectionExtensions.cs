namespace JsonApiCards.Api.CreditCards;

public static class CardLifecycleServiceCollectionExtensions
{
    // The longest period a PeriodicTimer takes.
    private static readonly TimeSpan MaxInterval = TimeSpan.FromDays(49);

    /// <summary>
    /// Adds the card lifecycle's clock: cached cards no wallet holds are redacted once older than <c>Vault:CachedCardLifetime</c>
    /// (30 minutes), looked for every <c>Vault:RedactionInterval</c> (1 minute), <c>Vault:RedactionBatchSize</c> (500) cards a statement.
    /// </summary>
    public static WebApplicationBuilder AddCardLifecycle(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<CardRedactionOptions>()
            .BindConfiguration(CardRedactionOptions.SectionName)
            .Validate(options => options.CachedCardLifetime > TimeSpan.Zero, "Vault:CachedCardLifetime must be a positive time span, such as 00:30:00.")
            .Validate(options => options.RedactionInterval > TimeSpan.Zero && options.RedactionInterval <= MaxInterval, "Vault:RedactionInterval must be a positive time span of at most 49 days, such as 00:01:00.")
            .Validate(options => options.RedactionBatchSize > 0, "Vault:RedactionBatchSize must be a positive number of cards.")
            .ValidateOnStart();
        builder.Services.AddScoped<CachedCardRedaction>();
        builder.Services.AddHostedService<CachedCardRedactionService>();
        return builder;
    }
}
