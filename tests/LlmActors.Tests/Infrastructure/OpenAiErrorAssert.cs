using System.Text.Json;

namespace LlmActors.Tests.Infrastructure;

public static class OpenAiErrorAssert
{
    /// <summary>Asserts the status and that the body is the OpenAI error shape; returns the error object.</summary>
    public static async Task<JsonElement> IsError(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        using var doc = JsonDocument.Parse(body);
        var error = doc.RootElement.GetProperty("error");
        Assert.Equal(JsonValueKind.String, error.GetProperty("message").ValueKind);
        Assert.Equal(JsonValueKind.String, error.GetProperty("type").ValueKind);
        Assert.True(error.TryGetProperty("param", out _), "error.param missing");
        Assert.True(error.TryGetProperty("code", out _), "error.code missing");
        return error.Clone();
    }
}
