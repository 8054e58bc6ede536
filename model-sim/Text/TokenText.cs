namespace LlmActors.ModelSim.Text;

/// <summary>Token-id inputs (the SDKs' token overloads) decoded with o200k_base; bad ids are a 400 naming the field.</summary>
internal static class TokenText
{
    public static string Decode(int[] ids, string param)
    {
        if (ids.Length == 0)
        {
            throw SimError.BadRequest($"'{param}' must not be empty.", param);
        }

        if (ids.Any(id => id < 0))
        {
            throw SimError.BadRequest($"'{param}' holds negative token ids.", param);
        }

        try
        {
            // Ids outside the vocabulary decode to nothing rather than failing.
            var text = SimTokenizer.Instance.Decode(ids);
            return string.IsNullOrEmpty(text) ? throw SimError.BadRequest($"'{param}' holds unknown token ids.", param) : text;
        }
        catch (Exception e) when (e is not SimError)
        {
            throw SimError.BadRequest($"'{param}' holds unknown token ids.", param);
        }
    }
}
