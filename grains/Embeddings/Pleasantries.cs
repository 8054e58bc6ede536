namespace LlmActors.Grains.Embeddings;

/// <summary>
/// Greetings, thanks and politeness formulas that people wrap around a question. They carry no meaning
/// for what the answer is, so they are removed from the start and the end before matching.
/// </summary>
internal static class Pleasantries
{
    private static readonly string[] Leading = Longest(
    [
        "hi", "hello", "hey", "hiya", "hi there", "hello there", "hey there", "good morning", "good afternoon",
        "good evening", "dear", "dear support", "excuse me", "please", "pls", "plz", "kindly", "quick question",
        "um", "umm", "uh", "ok", "okay", "so", "yo", "greetings", "support", "can you help", "help",
        "i have a question", "question", "sorry",
        "你好", "您好", "你好呀", "你们好", "在吗", "在不在", "在么", "亲", "亲亲", "请问", "请问一下", "问一下", "问下",
        "想问一下", "我想问一下", "我想问下", "麻烦问一下", "麻烦问下", "麻烦", "打扰一下", "打扰了", "哈喽", "嗨", "喂",
        "客服", "嗯", "早上好", "下午好", "晚上好", "您好请问", "你好请问",
    ]);

    private static readonly string[] Trailing = Longest(
    [
        "thanks", "thank you", "thank you so much", "thank you very much", "thanks a lot", "many thanks",
        "thanks in advance", "thx", "ty", "tks", "please", "pls", "plz", "cheers", "appreciate it", "regards",
        "best regards", "thanks again", "asap",
        "谢谢", "谢谢你", "谢谢您", "谢谢啦", "谢谢了", "谢了", "多谢", "感谢", "非常感谢", "麻烦了", "麻烦你了", "麻烦您了",
        "辛苦了", "哈", "呀", "啊", "啦", "哦", "急", "在线等",
    ]);

    public static string Strip(string normalized)
    {
        var text = normalized;
        bool changed;
        do
        {
            changed = false;
            foreach (var phrase in Leading)
            {
                if (StartsWithPhrase(text, phrase))
                {
                    text = text[phrase.Length..].TrimStart();
                    changed = true;
                    break;
                }
            }

            foreach (var phrase in Trailing)
            {
                if (EndsWithPhrase(text, phrase))
                {
                    text = text[..^phrase.Length].TrimEnd();
                    changed = true;
                    break;
                }
            }
        }
        while (changed && text.Length > 0);

        // A message that is nothing but a pleasantry keeps its words: "thanks" is still a message.
        return text.Length > 0 ? text : normalized;
    }

    private static bool StartsWithPhrase(string text, string phrase) =>
        text.Length > phrase.Length && text.StartsWith(phrase, StringComparison.Ordinal)
        && (text[phrase.Length] == ' ' || TextNormalizer.IsCjk(phrase[^1]));

    private static bool EndsWithPhrase(string text, string phrase) =>
        text.Length > phrase.Length && text.EndsWith(phrase, StringComparison.Ordinal)
        && (text[^(phrase.Length + 1)] == ' ' || TextNormalizer.IsCjk(phrase[0]));

    private static string[] Longest(string[] phrases) => [.. phrases.OrderByDescending(p => p.Length)];
}
