namespace LlmActors.Bench.Scenarios.Support;

/// <summary>Multi-turn conversations about one customer's own case: order numbers, details, follow-ups.</summary>
public static class ComplexConversations
{
    public static readonly string[] Openings =
    [
        "My order {0} arrived with the wrong size and the box was damaged, what can you do?",
        "I was charged twice for order {0}, can you look into it?",
        "Order {0} says delivered but I never received it. I was home all day.",
        "订单{0}少发了一件商品，包装也破了，怎么处理？",
        "我的订单{0}被扣了两次款，请帮我查一下。",
    ];

    public static readonly string[] FollowUps =
    [
        "I already tried that and it didn't work.",
        "Can you check again? It's been a week.",
        "What exactly do I need to send you?",
        "That's not acceptable, I want to speak to a manager.",
        "OK, and how long will that take?",
        "我已经试过了，还是不行。",
        "能再帮我查一下吗？已经一周了。",
        "那我需要提供什么材料？",
    ];
}
