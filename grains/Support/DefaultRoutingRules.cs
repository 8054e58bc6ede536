using LlmActors.Support;

namespace LlmActors.Grains.Support;

/// <summary>The rules a project has until its admin sets its own: the seed's FAQ topics in Chinese and English.</summary>
public static class DefaultRoutingRules
{
    public static readonly IReadOnlyList<string> Keywords =
    [
        "退货", "退换", "退款", "查订单", "改地址", "发票", "配送", "物流", "快递", "价格", "优惠",
        "换货", "取消订单", "优惠券", "运费", "发货", "到货", "差价", "密码", "支付", "付款",
        "return", "refund", "exchange", "track order", "order status", "tracking", "change address", "shipping address",
        "invoice", "receipt", "delivery", "shipping", "price", "discount", "coupon", "promo code", "voucher",
        "cancel order", "password", "payment",
    ];

    // Written as customers might ask; a project should replace them with its own most asked questions.
    public static readonly IReadOnlyList<string> Examples =
    [
        "怎么退货", "退货需要什么条件", "退款多久能到账", "我的订单现在到哪里了", "怎么查物流", "如何修改收货地址",
        "怎么开发票", "发货后几天能到", "运费怎么算", "怎么取消订单", "优惠券怎么使用", "最近有没有优惠活动",
        "降价了能退差价吗", "收到的商品坏了怎么处理", "忘记密码了怎么办", "支持哪些付款方式", "可以换货吗", "多久发货",
        "how do I return something", "what is your return policy", "when do I get my refund", "where is my package",
        "how can I track my order", "how do I update my delivery address", "can I get an invoice", "how long does shipping take",
        "how much is shipping", "how do I cancel an order", "how do I use a promo code", "do you have any sales",
        "will you refund the price difference", "my order arrived broken", "I can't remember my password",
        "which payment options do you have", "can I exchange an item", "when will my order ship",
    ];

    public static RoutingRules Create(SupportOptions options) => new(
        Keywords, Examples, SimpleBelowTurns: 3, ComplexFromTurns: 5, LongMessageChars: 400, TierModels.None,
        options.CacheThreshold, options.FaqSimilarity, FaqIntents: []);
}
