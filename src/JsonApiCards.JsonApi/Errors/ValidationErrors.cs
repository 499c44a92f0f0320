using System.Net;

namespace JsonApiCards.JsonApi.Errors;

/// <summary>Collects 422 errors on attributes, then throws them all at once.</summary>
public sealed class ValidationErrors
{
    private readonly List<ErrorObject> _errors = [];

    /// <summary>Whether any error was added.</summary>
    public bool Any => _errors.Count > 0;

    /// <summary>Adds an error on an attribute of the primary resource, pointing at <c>/data/attributes/{attribute}</c>.</summary>
    public void AddForAttribute(string attribute, string detail) =>
        _errors.Add(new ErrorObject(HttpStatusCode.UnprocessableEntity, ErrorCodes.InvalidAttribute, "Input validation failed.", detail) { Pointer = "/data/attributes/" + attribute });

    /// <summary>Adds an error on a relationship of the primary resource, pointing at <c>/data/relationships/{relationship}</c>.</summary>
    public void AddForRelationship(string relationship, string detail) =>
        _errors.Add(new ErrorObject(HttpStatusCode.UnprocessableEntity, ErrorCodes.InvalidRelationship, "Input validation failed.", detail) { Pointer = "/data/relationships/" + relationship });

    /// <summary>Throws a <see cref="JsonApiException"/> with every error added, if any.</summary>
    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new JsonApiException(_errors.ToArray());
        }
    }
}
