using System.Globalization;
using System.Text.Json;
using JsonApiCards.JsonApi.Errors;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>Writes one error object of an error document: status (as a string), code, title, detail and source.</summary>
internal static class ErrorObjectWriter
{
    public static void Write(Utf8JsonWriter writer, ErrorObject error)
    {
        writer.WriteStartObject();
        writer.WriteString(MemberNames.Status, ((int)error.Status).ToString(CultureInfo.InvariantCulture));
        writer.WriteString(MemberNames.Code, error.Code);
        writer.WriteString(MemberNames.Title, error.Title);
        if (error.Detail is not null)
        {
            writer.WriteString(MemberNames.Detail, error.Detail);
        }

        if (error.Pointer is not null || error.Parameter is not null || error.Header is not null)
        {
            writer.WritePropertyName(MemberNames.Source);
            writer.WriteStartObject();
            if (error.Pointer is not null)
            {
                writer.WriteString(MemberNames.Pointer, error.Pointer);
            }

            if (error.Parameter is not null)
            {
                writer.WriteString(MemberNames.Parameter, error.Parameter);
            }

            if (error.Header is not null)
            {
                writer.WriteString(MemberNames.Header, error.Header);
            }

            writer.WriteEndObject();
        }

        if (error.TypeLink is not null)
        {
            writer.WritePropertyName(MemberNames.Links);
            writer.WriteStartObject();
            writer.WritePropertyName(MemberNames.Type);
            writer.WriteStartArray();
            writer.WriteStringValue(error.TypeLink);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        if (error.MaxPageSize is int maxSize)
        {
            writer.WritePropertyName(MemberNames.Meta);
            writer.WriteStartObject();
            writer.WritePropertyName(MemberNames.Page);
            writer.WriteStartObject();
            writer.WriteNumber(MemberNames.MaxSize, maxSize);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
