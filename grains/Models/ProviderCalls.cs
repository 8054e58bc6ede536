using System.ClientModel;
using System.ClientModel.Primitives;
using LlmActors.Chat;

namespace LlmActors.Grains.Models;

/// <summary>
/// Sends a request body to one deployment through the OpenAI SDK's protocol methods (Chat Completions, Responses),
/// or a ClientModel pipeline on the same shared transport where the SDK has no public client (legacy completions,
/// Anthropic's Messages): the pipeline (auth, transport) carries bytes the gateway never rebuilt, and fields providers
/// add next month pass through without a release. A non-success status throws the SDK's
/// <see cref="ClientResultException"/>, whose response holds the provider's own error.
/// </summary>
public sealed class ProviderCalls(ProviderClients clients)
{
    private static readonly PipelineMessageClassifier Success = PipelineMessageClassifier.Create(stackalloc ushort[] { 200 });

    public async Task<PipelineResponse> SendAsync(Deployment deployment, ChatEndpoint endpoint, byte[] body, bool stream, CancellationToken cancellationToken)
    {
        var options = new RequestOptions { CancellationToken = cancellationToken, BufferResponse = !stream };
        var content = BinaryContent.Create(BinaryData.FromBytes(body));
        switch (endpoint)
        {
            case ChatEndpoint.ChatCompletions:
                return (await clients.For(deployment.Provider).GetChatClient(deployment.ProviderModel).CompleteChatAsync(content, options)).GetRawResponse();
            case ChatEndpoint.Responses:
#pragma warning disable OPENAI001 // The Responses client is marked experimental in the SDK; its protocol method is the stable wire.
                return (await clients.For(deployment.Provider).GetResponsesClient().CreateResponseAsync(content, options)).GetRawResponse();
#pragma warning restore OPENAI001
            case ChatEndpoint.Messages:
                var (anthropic, anthropicBase) = clients.Anthropic(deployment.Provider);
                return await PostAsync(anthropic, anthropicBase, "/messages", content, stream, options);
            default:
                // The SDK keeps its legacy completions client internal; its pipeline still sends the request.
                var (client, baseUri) = clients.WithEndpoint(deployment.Provider);
                return await PostAsync(client.Pipeline, baseUri, "/completions", content, stream, options);
        }
    }

    private static async Task<PipelineResponse> PostAsync(ClientPipeline pipeline, Uri baseUri, string path, BinaryContent content, bool stream, RequestOptions options)
    {
        using var message = pipeline.CreateMessage();
        message.ResponseClassifier = Success;
        message.Request.Method = "POST";
        message.Request.Uri = new Uri(baseUri.AbsoluteUri.TrimEnd('/') + path);
        message.Request.Headers.Set("Content-Type", "application/json");
        message.Request.Headers.Set("Accept", stream ? "text/event-stream" : "application/json");
        message.Request.Content = content;
        message.Apply(options);
        await pipeline.SendAsync(message);
        var response = message.Response!;
        if (response.IsError)
        {
            throw await ClientResultException.CreateAsync(response);
        }

        return message.ExtractResponse() ?? response;
    }
}
