using LlmActors.Grains.Models;

namespace LlmActors.Tests.Moderation;

public sealed class RiskPromptTests
{
    [Theory]
    [InlineData("""{"score": 0.73, "flagged": true}""", 0.73)]
    [InlineData("""```json\n{"score": 0.2}\n```""", 0.2)]
    [InlineData("""{"score": 1.7}""", 1.0)]
    [InlineData("""{"score": -0.3}""", 0.0)]
    [InlineData("""{"flagged": true}""", 1.0)]
    [InlineData("""{"flagged": false}""", 0.0)]
    public void A_chat_models_answer_gives_a_score_in_the_unit_range(string answer, double expected) =>
        Assert.Equal(expected, RiskPrompt.ReadScore(answer));

    [Theory]
    [InlineData("I cannot help with that.")]
    [InlineData("""{"score": "high"}""")]
    [InlineData("""{"risk": 0.4}""")]
    [InlineData("""{"score": 0.4""")]
    public void An_answer_without_a_readable_score_gives_none(string answer) => Assert.Null(RiskPrompt.ReadScore(answer));
}
