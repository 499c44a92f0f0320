namespace JsonApiCards.Api.Tests.Support;

/// <summary>A stream whose length cannot be known up front, as a client streaming its body has: sent without Content-Length.</summary>
public sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
{
    public override bool CanSeek => false;
}
