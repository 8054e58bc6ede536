namespace LlmActors.Api.Idempotency;

/// <summary>
/// The response body seen through an idempotency key: everything passes straight to the client, and a copy is kept
/// while the answer is whole (not an event stream) and within the size bound, so it can be stored for replay.
/// </summary>
public sealed class AnswerCapture(Stream inner, HttpResponse response, int maxBytes) : Stream
{
    private MemoryStream? _copy = new();
    private bool _checkedType;

    /// <summary>More bytes were written than an idempotency key stores.</summary>
    public bool Overflowed { get; private set; }

    /// <summary>The whole answer, or null when it was streamed or too large.</summary>
    public byte[]? Copy => _copy?.ToArray();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public static bool IsEventStream(string? contentType) =>
        contentType?.StartsWith("text/event-stream", StringComparison.OrdinalIgnoreCase) == true;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (!_checkedType)
        {
            // Headers are fixed by the first write: a stream is never stored, so it is never buffered either.
            _checkedType = true;
            if (IsEventStream(response.ContentType))
            {
                _copy = null;
            }
        }

        if (_copy is null)
        {
            return;
        }

        if (_copy.Length + bytes.Length > maxBytes)
        {
            Overflowed = true;
            _copy = null;
            return;
        }

        _copy.Write(bytes);
    }
}
