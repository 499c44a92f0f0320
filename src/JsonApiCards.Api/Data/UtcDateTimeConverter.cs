using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace JsonApiCards.Api.Data;

/// <summary>Every timestamp is stored and read back as UTC, whatever the provider keeps of the kind.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
