using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace LlmActors.Tests.Security;

/// <summary>
/// An <c>x-conversation-id</c> ending in a newline is refused with a 400 in the OpenAI shape. Kestrel itself ends a
/// header at a newline, so this goes through the in-memory test server, which passes the value as it is: the check
/// must hold behind whatever server or proxy delivers the header.
/// </summary>
public sealed class ConversationHeaderNewlineTests : IAsyncLifetime
{
    private readonly EmbeddedApiFactory _factory = new(kestrel: false);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_conversation_header_ending_in_a_newline_is_refused()
    {
        var key = await _factory.CreateProjectKey("newline-header");
        var body = """{"model":"auto","messages":[{"role":"user","content":"Where is my order?"}]}"""u8.ToArray();

        var context = await _factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Post;
            c.Request.Path = "/v1/chat/completions";
            c.Request.Headers.Authorization = "Bearer " + key;
            c.Request.Headers["x-conversation-id"] = "c1\n";
            c.Request.ContentType = "application/json";
            c.Request.ContentLength = body.Length;
            c.Request.Body = new MemoryStream(body);
        }, TestContext.Current.CancellationToken);

        var text = await new StreamReader(context.Response.Body, Encoding.UTF8).ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.True(context.Response.StatusCode == StatusCodes.Status400BadRequest, $"{context.Response.StatusCode}: {text}");
        using var json = JsonDocument.Parse(text);
        var error = json.RootElement.GetProperty("error");
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Equal("x-conversation-id", error.GetProperty("param").GetString());
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
