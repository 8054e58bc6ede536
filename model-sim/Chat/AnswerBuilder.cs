using System.Text;

namespace LlmActors.ModelSim.Chat;

/// <summary>Accumulates an answer piece by piece (each piece becomes one streamed chunk) and applies stop sequences and the token limit.</summary>
internal sealed class AnswerBuilder
{
    private readonly StringBuilder _text = new(512);
    private readonly List<int> _ends = new(128);

    public int Length => _text.Length;

    /// <summary>How many pieces (future stream chunks) the answer has so far.</summary>
    public int Pieces => _ends.Count;

    public AnswerBuilder Add(string piece)
    {
        if (piece.Length > 0)
        {
            _text.Append(piece);
            _ends.Add(_text.Length);
        }

        return this;
    }

    /// <summary>Adds each space-separated word as its own piece, the space leading, as tokenizers split English.</summary>
    public AnswerBuilder AddWords(string text, bool leadingSpace)
    {
        var start = 0;
        while (start < text.Length)
        {
            var next = text.IndexOf(' ', start + 1);
            var end = next < 0 ? text.Length : next;
            var piece = text[start..end];
            Add(start == 0 && leadingSpace ? " " + piece : piece);
            start = end;
        }

        return this;
    }

    /// <summary>Adds text in pieces of <paramref name="size"/> characters (Chinese has no spaces to split on).</summary>
    public AnswerBuilder AddChunks(string text, int size)
    {
        for (var i = 0; i < text.Length; i += size)
        {
            Add(text.Substring(i, Math.Min(size, text.Length - i)));
        }

        return this;
    }

    /// <summary>Adds text a token at a time (JSON and code have no spaces worth splitting on).</summary>
    public AnswerBuilder AddTokens(string text)
    {
        var start = 0;
        foreach (var end in TokenPieces.Ends(text))
        {
            Add(text[start..end]);
            start = end;
        }

        return this;
    }

    public Answer Build(int? maxTokens, string[]? stop)
    {
        var text = _text.ToString();
        var finish = "stop";
        var cut = text.Length;
        string? stoppedBy = null;
        if (stop is not null)
        {
            foreach (var sequence in stop)
            {
                var at = text.IndexOf(sequence, StringComparison.Ordinal);
                if (at >= 0 && at < cut)
                {
                    cut = at;
                    stoppedBy = sequence;
                }
            }
        }

        var tokens = SimTokenizer.Count(cut == text.Length ? text : text[..cut]);
        if (maxTokens is { } limit && tokens > limit)
        {
            // A legacy max_tokens of 0 (echo only) is valid; the tokenizer refuses a zero budget, so cut by hand.
            cut = limit == 0 ? 0 : SimTokenizer.Instance.GetIndexByTokenCount(text.AsSpan(0, cut), limit, out _, out tokens);
            tokens = limit == 0 ? 0 : tokens;
            finish = "length";
            stoppedBy = null;
        }

        return new Answer(cut == text.Length ? text : text[..cut], EndsUpTo(cut), tokens, finish) { StopSequence = stoppedBy };
    }

    private int[] EndsUpTo(int cut)
    {
        var count = 0;
        while (count < _ends.Count && _ends[count] < cut)
        {
            count++;
        }

        var ends = new int[cut > 0 ? count + 1 : 0];
        for (var i = 0; i < count; i++)
        {
            ends[i] = _ends[i];
        }

        if (cut > 0)
        {
            ends[count] = cut;
        }

        return ends;
    }
}
