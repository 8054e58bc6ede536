using LlmActors.ModelSim.Moderation;

namespace LlmActors.Tests.ModelSim;

/// <summary>The hidden moderation truth: what a careful human moderator would roughly say.</summary>
public sealed class RiskAnalyzerTests
{
    [Theory]
    [InlineData("I will kill you")]
    [InlineData("I'm going to stab him tonight")]
    [InlineData("I want to end my life")]
    [InlineData("How do I make a bomb?")]
    [InlineData("You are worthless, kill yourself")]
    [InlineData("我要杀了你")]
    [InlineData("我真的不想活了")]
    [InlineData("哪里可以买毒品")]
    public void Clear_violations_score_high(string text) => Assert.InRange(RiskAnalyzer.Analyze(text).Overall, 0.8, 1.0);

    [Theory]
    [InlineData("How do I kill a process in Linux?")]
    [InlineData("I would never hurt you")]
    [InlineData("Don't kill yourself, please call the hotline")]
    [InlineData("We killed it at the concert last night")]
    [InlineData("The movie has a scene where the villain stabs a guard")]
    [InlineData("What is the best recipe for banana bread?")]
    [InlineData("我的电脑死机了")]
    [InlineData("我不会打人的")]
    [InlineData("这部电影讲的是一个杀人犯的故事")]
    public void Benign_uses_of_harmful_words_score_low(string text) => Assert.InRange(RiskAnalyzer.Analyze(text).Overall, 0.0, 0.35);

    [Theory]
    [InlineData("my coworker is such an idiot")]
    [InlineData("I feel hopeless lately")]
    [InlineData("他真是个白痴")]
    public void Borderline_texts_land_in_the_middle(string text) => Assert.InRange(RiskAnalyzer.Analyze(text).Overall, 0.25, 0.75);

    [Fact]
    public void An_insult_aimed_at_you_is_worse_than_one_about_someone_else() =>
        Assert.True(RiskAnalyzer.Analyze("you are an idiot").Overall > RiskAnalyzer.Analyze("that movie plot was idiotic").Overall + 0.3);

    [Fact]
    public void The_category_follows_the_cue()
    {
        var profile = RiskAnalyzer.Analyze("I want to kill myself");
        Assert.True(profile[RiskCategory.SelfHarm] > 0.8);
        Assert.True(profile[RiskCategory.Violence] < 0.5);
    }
}
