using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.JsonApi.Services;

/// <summary>Hands the layer the application's DbContext for the current request.</summary>
internal sealed class JsonApiDbContextAccessor(DbContext dbContext)
{
    /// <summary>The request's DbContext.</summary>
    public DbContext DbContext { get; } = dbContext;
}
