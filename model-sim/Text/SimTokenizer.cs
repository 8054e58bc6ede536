using Microsoft.ML.Tokenizers;

namespace LlmActors.ModelSim.Text;

/// <summary>
/// The o200k_base tokenizer the gateway also counts with, loaded once per process: building it parses a
/// large vocabulary, far too slow to repeat per request.
/// </summary>
internal static class SimTokenizer
{
    private static readonly Lazy<TiktokenTokenizer> Shared = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public static TiktokenTokenizer Instance => Shared.Value;

    public static int Count(string text) => text.Length == 0 ? 0 : Instance.CountTokens(text);
}
