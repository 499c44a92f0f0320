namespace JsonApiCards.Api.Data;

/// <summary>An entity that belongs to one mode, <c>test</c> or <c>live</c>: data never crosses modes.</summary>
public interface IModeScoped
{
    string Mode { get; set; }
}
