namespace JsonApiCards.JsonApi.Resources;

/// <summary>An entity with a database-generated numeric key, written as a string <c>id</c> in documents.</summary>
public interface IIdentifiable
{
    /// <summary>The primary key.</summary>
    long Id { get; set; }
}
