using System.Text.Json.Serialization.Metadata;

namespace LlmActors.ModelSim.Http;

/// <summary>Writes a JSON body straight into the response pipe (no intermediate string or buffer copy).</summary>
internal static class JsonResponse
{
    public static async Task WriteAsync<T>(HttpResponse response, T value, JsonTypeInfo<T> type, int status = StatusCodes.Status200OK)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        using (var json = new Utf8JsonWriter(response.BodyWriter, SimJson.WriterOptions))
        {
            JsonSerializer.Serialize(json, value, type);
        }

        await response.BodyWriter.FlushAsync(response.HttpContext.RequestAborted);
    }

    /// <summary>For bodies written by hand (embedding vectors go straight into the pipe, one float at a time).</summary>
    public static async Task WriteAsync<TState>(HttpResponse response, TState state, Action<Utf8JsonWriter, TState> write)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        using (var json = new Utf8JsonWriter(response.BodyWriter, SimJson.WriterOptions))
        {
            write(json, state);
        }

        await response.BodyWriter.FlushAsync(response.HttpContext.RequestAborted);
    }
}
