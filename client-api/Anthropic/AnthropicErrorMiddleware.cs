using Microsoft.AspNetCore.Http.Features;

namespace LlmActors.Api.Anthropic;

/// <summary>
/// Runs outside everything else on the Messages door's paths, so every error written there — by key
/// authentication, idempotency, the handlers, routing or the exception handler — reaches the client in Anthropic's
/// shape and status codes. Only error answers are held back (to be rewritten); successes and streams pass straight through.
/// </summary>
public sealed class AnthropicErrorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!AnthropicDoor.IsDoorPath(context.Request.Path))
        {
            await next(context);
            return;
        }

        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var errors = new ErrorCapture(original.Stream, context.Response);
        var captured = new StreamResponseBodyFeature(errors, original);
        context.Features.Set<IHttpResponseBodyFeature>(captured);
        try
        {
            await next(context);
            await captured.CompleteAsync();
        }
        finally
        {
            context.Features.Set(original);
        }

        if (errors.Held is not { } held)
        {
            return;
        }

        var response = context.Response;
        var body = held;
        if (AnthropicErrors.Rewrite(held, response.StatusCode) is var (rewritten, status))
        {
            body = rewritten;
            response.StatusCode = status;
            response.ContentType = "application/json";
        }

        response.ContentLength = body.Length;
        await original.Stream.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Passes the body on, except an error answer's, which it holds until the handler is done.</summary>
    private sealed class ErrorCapture(Stream inner, HttpResponse response) : Stream
    {
        private MemoryStream? _held;
        private bool _decided;

        public byte[]? Held => _held?.ToArray();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Hold())
            {
                _held!.Write(buffer);
            }
            else
            {
                inner.Write(buffer);
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Hold())
            {
                _held!.Write(buffer.Span);
                return ValueTask.CompletedTask;
            }

            return inner.WriteAsync(buffer, cancellationToken);
        }

        public override void Flush()
        {
            if (!Hold())
            {
                inner.Flush();
            }
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Hold() ? Task.CompletedTask : inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        /// <summary>Decided at the first write or flush, when the status is fixed: errors are held, all else passes.</summary>
        private bool Hold()
        {
            if (!_decided)
            {
                _decided = true;
                if (response.StatusCode >= 400)
                {
                    _held = new MemoryStream();
                }
            }

            return _held is not null;
        }
    }
}
