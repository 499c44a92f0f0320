using System.Buffers.Text;
using System.Text;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>Composes a link in UTF-8 on the stack; falls back to the heap only for a base URL too long for the stack buffer.</summary>
internal ref struct LinkBuffer(Span<byte> buffer)
{
    private Span<byte> _buffer = buffer;
    private int _length;

    public readonly ReadOnlySpan<byte> Written => _buffer[.._length];

    /// <summary>Appends <c>{baseUrl}/{type}/{id}</c>.</summary>
    public void AppendResourcePath(string baseUrl, ResourceType resourceType, long id)
    {
        Append(baseUrl);
        Append((byte)'/');
        Append(resourceType.JsonName.EncodedUtf8Bytes);
        Append((byte)'/');
        Append(id);
    }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        Grow(bytes.Length);
        bytes.CopyTo(_buffer[_length..]);
        _length += bytes.Length;
    }

    public void Append(byte value)
    {
        Grow(1);
        _buffer[_length++] = value;
    }

    public void Append(string text)
    {
        Grow(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _buffer[_length..]);
    }

    public void Append(long number)
    {
        Grow(20);
        Utf8Formatter.TryFormat(number, _buffer[_length..], out int written);
        _length += written;
    }

    private void Grow(int extra)
    {
        if (_length + extra > _buffer.Length)
        {
            var larger = new byte[Math.Max(_buffer.Length * 2, _length + extra)];
            _buffer[.._length].CopyTo(larger);
            _buffer = larger;
        }
    }
}
