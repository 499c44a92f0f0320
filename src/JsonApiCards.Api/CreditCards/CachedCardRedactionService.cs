using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.CreditCards;

/// <summary>
/// Runs <see cref="CachedCardRedaction"/> every <see cref="CardRedactionOptions.RedactionInterval"/> on the service's
/// <see cref="TimeProvider"/>, starting one interval after start-up. A failed pass is logged and the next one tries again;
/// it never stops the service.
/// </summary>
internal sealed partial class CachedCardRedactionService(
    IServiceScopeFactory scopes, TimeProvider timeProvider, IOptions<CardRedactionOptions> options, ILogger<CachedCardRedactionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RedactionInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunPassAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The service is stopping.
        }
    }

    private async Task RunPassAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using AsyncServiceScope scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CachedCardRedaction>().RedactExpiredCardsAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // A busy or unreachable database fails one pass; the cards it missed still match the next one.
            LogPassFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Redacting expired cached cards failed; the next pass tries again")]
    private partial void LogPassFailed(Exception exception);
}
