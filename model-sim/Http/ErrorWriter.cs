namespace LlmActors.ModelSim.Http;

/// <summary>Writes <c>{"error": {"message", "type", "param", "code"}}</c>, the body every OpenAI client understands.</summary>
internal static class ErrorWriter
{
    public static Task WriteAsync(HttpResponse response, SimError error) =>
        JsonResponse.WriteAsync(response, error, static (json, error) =>
        {
            json.WriteStartObject();
            json.WriteStartObject("error"u8);
            json.WriteString("message"u8, error.Message);
            json.WriteString("type"u8, error.Type);
            WriteNullable(json, "param"u8, error.Param);
            WriteNullable(json, "code"u8, error.Code);
            json.WriteEndObject();
            json.WriteEndObject();
        }, error.Status);

    public static Task WriteAsync(HttpResponse response, int status, string message, string type, string? param, string? code) =>
        WriteAsync(response, new SimError(status, message, type, param, code));

    private static void WriteNullable(Utf8JsonWriter json, ReadOnlySpan<byte> name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
