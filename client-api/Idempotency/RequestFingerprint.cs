using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace LlmActors.Api.Idempotency;

/// <summary>
/// What "the same request" means for an idempotency key: SHA-256 over the method, the path with its query string,
/// and the raw body bytes. Byte-exact on purpose: a client retrying sends the same bytes, and the gateway should not
/// guess which differences in a body change the answer.
/// </summary>
public static class RequestFingerprint
{
    public static async Task<string> OfAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Buffered so the handler can still read the body after it has been hashed.
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.PathBase}{request.Path}{request.QueryString}\n"));
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
