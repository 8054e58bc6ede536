using System.Collections.Frozen;

namespace LlmActors.ModelSim.Text;

/// <summary>
/// Words too common to say what a message or a tool is about: function words, and the verbs and nouns every
/// tool description uses ("get", "returns", "data"), which would otherwise match every request.
/// </summary>
internal static class StopWords
{
    public static readonly FrozenSet<string> English = new[]
    {
        "the", "and", "but", "then", "else", "for", "with", "about", "from", "into", "onto", "over", "after", "before",
        "are", "was", "were", "been", "being", "does", "did", "done", "have", "has", "had", "having", "our", "ours", "you",
        "your", "yours", "him", "his", "she", "her", "hers", "its", "they", "them", "their", "this", "that", "these",
        "those", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "can", "could", "would",
        "should", "will", "shall", "may", "might", "must", "please", "tell", "give", "get", "gets", "set", "use", "used",
        "using", "make", "show", "want", "need", "like", "know", "let", "some", "any", "all", "each", "every", "not",
        "very", "just", "also", "than", "too", "there", "here", "now", "current", "currently", "value", "values",
        "data", "information", "info", "tool", "function", "call", "return", "returns", "given", "specified", "based",
        "thing", "things", "something", "anything", "okay", "thanks", "thank", "hello", "hey", "yes", "one", "two",
        "out", "off", "via", "per", "able", "much", "many", "more", "most", "other", "such", "only", "own", "same",
        "way", "again", "still", "even", "well", "really", "sure", "help", "me", "my", "we", "it", "is", "am", "be",
        "do", "of", "to", "in", "on", "at", "by", "or", "if", "an", "a", "i", "so", "no", "up", "as",
    }.ToFrozenSet(StringComparer.Ordinal);
}
