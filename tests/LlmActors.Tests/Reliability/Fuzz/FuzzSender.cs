using System.Diagnostics;
using System.Text;

namespace LlmActors.Tests.Reliability.Fuzz;

/// <summary>
/// Sends inputs byte for byte as generated: no path canonicalisation by the client, headers without validation
/// (UTF-8 bytes where a test asks for non-ASCII), no redirects, no retries.
/// </summary>
public sealed class FuzzSender(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
        Expect100ContinueTimeout = TimeSpan.FromSeconds(10),
    })
    { Timeout = TimeSpan.FromSeconds(60) };

    public async Task<FuzzOutcome> SendAsync(FuzzInput input, CancellationToken cancellationToken)
    {
        var uri = new Uri(baseAddress + input.PathAndQuery.TrimStart('/'), new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        using var request = new HttpRequestMessage(new HttpMethod(input.Method), uri);
        if (input.Body is not null)
        {
            request.Content = new ByteArrayContent(input.Body);
            if (input.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", input.ContentType);
            }
        }

        if (input.Authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", input.Authorization);
        }

        request.Headers.ExpectContinue = input.ExpectContinue;
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await _client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return new FuzzOutcome(input, (int)response.StatusCode, body, watch.Elapsed);
        }
        catch (HttpRequestException e)
        {
            return new FuzzOutcome(input, 0, "", watch.Elapsed, $"transport: {e.Message} {e.InnerException?.Message}");
        }
    }

    public void Dispose() => _client.Dispose();
}
