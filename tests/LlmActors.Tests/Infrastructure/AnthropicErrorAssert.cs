using System.Text.Json;

namespace LlmActors.Tests.Infrastructure;

public static class AnthropicErrorAssert
{
    /// <summary>Asserts the status and Anthropic's error shape; returns the error's <c>type</c>.</summary>
    public static async Task<string> IsError(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        using var doc = JsonDocument.Parse(body);
        Assert.Equal("error", doc.RootElement.GetProperty("type").GetString());
        var error = doc.RootElement.GetProperty("error");
        Assert.Equal(JsonValueKind.String, error.GetProperty("message").ValueKind);
        return error.GetProperty("type").GetString()!;
    }
}
