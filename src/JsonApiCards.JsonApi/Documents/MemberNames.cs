using System.Text.Json;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>The member names of JSON:API documents, encoded once for every document written.</summary>
internal static class MemberNames
{
    // Top level.
    public static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
    public static readonly JsonEncodedText Included = JsonEncodedText.Encode("included");
    public static readonly JsonEncodedText Links = JsonEncodedText.Encode("links");
    public static readonly JsonEncodedText Meta = JsonEncodedText.Encode("meta");
    public static readonly JsonEncodedText JsonApi = JsonEncodedText.Encode("jsonapi");
    public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    public static readonly JsonEncodedText Errors = JsonEncodedText.Encode("errors");

    // Resource objects and resource identifier objects.
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText Attributes = JsonEncodedText.Encode("attributes");
    public static readonly JsonEncodedText Relationships = JsonEncodedText.Encode("relationships");

    // Links objects and the paging meta.
    public static readonly JsonEncodedText Self = JsonEncodedText.Encode("self");
    public static readonly JsonEncodedText Related = JsonEncodedText.Encode("related");
    public static readonly JsonEncodedText First = JsonEncodedText.Encode("first");
    public static readonly JsonEncodedText Prev = JsonEncodedText.Encode("prev");
    public static readonly JsonEncodedText Next = JsonEncodedText.Encode("next");
    public static readonly JsonEncodedText Last = JsonEncodedText.Encode("last");
    public static readonly JsonEncodedText RecordCount = JsonEncodedText.Encode("record_count");
    public static readonly JsonEncodedText PageCount = JsonEncodedText.Encode("page_count");
    public static readonly JsonEncodedText Page = JsonEncodedText.Encode("page");
    public static readonly JsonEncodedText MaxSize = JsonEncodedText.Encode("maxSize");
    public static readonly JsonEncodedText Truncated = JsonEncodedText.Encode("truncated");
    public static readonly JsonEncodedText ErrorCount = JsonEncodedText.Encode("error_count");

    // Error objects.
    public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    public static readonly JsonEncodedText Detail = JsonEncodedText.Encode("detail");
    public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    public static readonly JsonEncodedText Pointer = JsonEncodedText.Encode("pointer");
    public static readonly JsonEncodedText Parameter = JsonEncodedText.Encode("parameter");
    public static readonly JsonEncodedText Header = JsonEncodedText.Encode("header");
}
