using System.ClientModel;
using System.ClientModel.Primitives;
using LlmActors.Chat;

namespace LlmActors.Grains.Models;

/// <summary>
/// Sends a request body to one deployment through the OpenAI SDK's protocol methods: the SDK's pipeline (auth,
/// transport) carries bytes the gateway never rebuilt, and fields providers add next month pass through without a
/// release. A non-success status throws the SDK's <see cref="ClientResultException"/>, whose response holds the
/// provider's own error.
/// </summary>
public sealed class ProviderCalls(ProviderClients clients)
{
    private static readonly PipelineMessageClassifier Success = PipelineMessageClassifier.Create(stackalloc ushort[] { 200 });

    public async Task<PipelineResponse> SendAsync(Deployment deployment, ChatEndpoint endpoint, byte[] body, bool stream, CancellationToken cancellationToken)
    {
        var options = new RequestOptions { CancellationToken = cancellationToken, BufferResponse = !stream };
        if (endpoint == ChatEndpoint.ChatCompletions)
        {
            var result = await clients.For(deployment.Provider).GetChatClient(deployment.ProviderModel)
                .CompleteChatAsync(BinaryContent.Create(BinaryData.FromBytes(body)), options);
            return result.GetRawResponse();
        }

        // The SDK keeps its legacy completions client internal; its pipeline still sends the request.
        var (client, baseUri) = clients.WithEndpoint(deployment.Provider);
        using var message = client.Pipeline.CreateMessage();
        message.ResponseClassifier = Success;
        message.Request.Method = "POST";
        message.Request.Uri = new Uri(baseUri.AbsoluteUri.TrimEnd('/') + "/completions");
        message.Request.Headers.Set("Content-Type", "application/json");
        message.Request.Headers.Set("Accept", stream ? "text/event-stream" : "application/json");
        message.Request.Content = BinaryContent.Create(BinaryData.FromBytes(body));
        message.Apply(options);
        await client.Pipeline.SendAsync(message);
        var response = message.Response!;
        if (response.IsError)
        {
            throw await ClientResultException.CreateAsync(response);
        }

        return message.ExtractResponse() ?? response;
    }
}
