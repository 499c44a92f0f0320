namespace JsonApiCards.Api.Data;

/// <summary>An entity whose creation and last change times are kept by the database context.</summary>
public interface ITimestamped
{
    DateTime CreatedAt { get; set; }

    DateTime UpdatedAt { get; set; }
}
