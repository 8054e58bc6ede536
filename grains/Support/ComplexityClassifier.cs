using LlmActors.Models;
using System.Globalization;
using System.Numerics.Tensors;
using LlmActors.Support;

namespace LlmActors.Grains.Support;

/// <summary>
/// Decides a message's tier from a project's <see cref="RoutingRules"/>. A message is an FAQ when it holds a
/// keyword (<see cref="KeywordMatcher"/>) or is close to one of the project's example questions, compared with
/// the same embedder as the cache, so "Where's my parcel?" counts although it holds no keyword.
/// </summary>
public sealed class ComplexityClassifier
{
    private readonly RoutingRules _rules;
    private readonly KeywordMatcher _keywords;
    private readonly IReadOnlyList<float[]> _examples;

    /// <param name="exampleVectors">The embeddings of <see cref="RoutingRules.FaqExamples"/>, in the same order.</param>
    public ComplexityClassifier(RoutingRules rules, IReadOnlyList<float[]> exampleVectors)
    {
        _rules = rules;
        _keywords = new KeywordMatcher(rules.FaqKeywords);
        _examples = exampleVectors;
    }

    /// <param name="messageVector">The message's embedding (the one the cache lookup uses), or empty.</param>
    /// <param name="priorTurns">How many user messages came before this one in the conversation.</param>
    public Classification Classify(string message, ReadOnlySpan<float> messageVector, int priorTurns)
    {
        var turn = priorTurns + 1;
        if (priorTurns >= _rules.ComplexFromTurns)
        {
            return new(ModelTier.Complex, false, $"turn {turn}: {priorTurns} earlier turns >= {_rules.ComplexFromTurns}");
        }

        var faq = FaqReason(message, messageVector);
        if (message.Length > _rules.LongMessageChars)
        {
            return new(ModelTier.Medium, faq is not null, $"long message: {message.Length} > {_rules.LongMessageChars} chars");
        }

        if (faq is null)
        {
            return new(ModelTier.Medium, false, $"not an FAQ; turn {turn}, {priorTurns} earlier turns < {_rules.ComplexFromTurns}");
        }

        return priorTurns < _rules.SimpleBelowTurns
            ? new(ModelTier.Simple, true, $"FAQ ({faq}); {priorTurns} earlier turns < {_rules.SimpleBelowTurns}")
            : new(ModelTier.Medium, true, $"FAQ ({faq}) but {priorTurns} earlier turns >= {_rules.SimpleBelowTurns}");
    }

    private string? FaqReason(string message, ReadOnlySpan<float> vector)
    {
        if (_keywords.Find(message) is { } keyword)
        {
            return $"keyword '{keyword}'";
        }

        var best = -1;
        var bestScore = _rules.FaqSimilarity;
        for (var i = 0; i < _examples.Count; i++)
        {
            if (_examples[i].Length == vector.Length && TensorPrimitives.Dot(_examples[i], vector) is var score && score >= bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best < 0 ? null : string.Create(CultureInfo.InvariantCulture, $"{bestScore:0.00} similar to '{_rules.FaqExamples[best]}'");
    }
}
