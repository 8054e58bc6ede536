using System.Text.Encodings.Web;

namespace LlmActors.ModelSim.Http;

internal static class SimJson
{
    /// <summary>Chinese answers stay readable and small: non-ASCII is written as UTF-8, not \u escapes (the bodies are never HTML).</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
