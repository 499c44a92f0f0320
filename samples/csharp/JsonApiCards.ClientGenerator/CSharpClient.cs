using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace JsonApiCards.ClientGenerator;

/// <summary>
/// The C# client that NSwag's generator makes from the committed OpenAPI document: one <c>JsonApiCardsClient</c> whose
/// methods are named by the operation ids (<c>GetCreditCardCollectionAsync</c>, <c>PostCreditCardAsync</c>, ...), with
/// System.Text.Json models and <c>ApiException&lt;ErrorDocument&gt;</c> for a JSON:API error.
/// </summary>
public static class CSharpClient
{
    /// <summary>The client's source for the document, with LF line endings and one final newline, as it is committed.</summary>
    public static async Task<string> GenerateAsync(string documentJson)
    {
        OpenApiDocument document = await OpenApiDocument.FromJsonAsync(documentJson);
        QueryEnumTypeNames.Apply(document);
        IncludedResources.Apply(document);
        JsonRequestBodies.Apply(document);
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = "JsonApiCardsClient",
            OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
            ParameterNameGenerator = new QueryParameterNames(),
            GenerateClientInterfaces = true,

            // The caller's HttpClient carries the base address (and, for a test, the in-memory server).
            UseBaseUrl = false,
            InjectHttpClient = true,
            DisposeHttpClient = false,
            GenerateOptionalParameters = true,
            CSharpGeneratorSettings =
            {
                Namespace = "JsonApiCards.Client",
                JsonLibrary = CSharpJsonLibrary.SystemTextJson,
                GenerateNullableReferenceTypes = true,
                GenerateOptionalPropertiesAsNullable = true,
                ClassStyle = CSharpClassStyle.Poco,
                EnumNameGenerator = new WireEnumNames(),
            },
        };

        string code = new CSharpClientGenerator(document, settings).GenerateFile();
        return code.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }

}
