namespace LlmActors.Bench.Scenarios.Support;

/// <summary>
/// How customers ask the common questions, written for this benchmark: several phrasings per topic and
/// language. The generator adds greetings, thanks, case and punctuation noise around them.
/// </summary>
public static class FaqPhrasings
{
    public static readonly IReadOnlyList<(string Topic, string[] English, string[] Chinese)> Topics =
    [
        ("returns", ["how do i return something", "what's your return policy", "can i send an item back", "how do returns work", "i'd like to return a purchase"],
            ["怎么退货", "退货政策是什么", "东西可以退回吗", "退货怎么弄", "我要退货"]),
        ("refund", ["when will my refund arrive", "how long do refunds take", "i haven't got my refund yet", "when do i get my money back"],
            ["退款多久到账", "退款什么时候到", "退款还没到账", "钱什么时候退给我"]),
        ("tracking", ["where is my package", "how can i track my order", "track my parcel", "has my order shipped"],
            ["我的快递到哪了", "怎么查物流", "订单到哪里了", "包裹到哪了"]),
        ("address", ["how do i change my delivery address", "can i update my shipping address", "i need to change the address on my order"],
            ["怎么改收货地址", "收货地址填错了怎么改", "可以修改配送地址吗"]),
        ("invoice", ["how do i get an invoice", "can i have a vat invoice", "where do i download my receipt"],
            ["怎么开发票", "可以开增值税发票吗", "发票怎么申请"]),
        ("delivery", ["how long does shipping take", "how many days for delivery", "when will it be delivered"],
            ["几天能到", "配送需要多久", "多久能送到"]),
        ("cancel", ["how do i cancel an order", "can i cancel my order", "cancel my purchase please"],
            ["怎么取消订单", "订单能取消吗", "我想取消订单"]),
        ("coupon", ["how do i use a coupon", "where do i enter a promo code", "my discount code doesn't work"],
            ["优惠券怎么用", "优惠码在哪里填", "优惠券用不了"]),
        ("price", ["the price dropped, can i get the difference back", "do you do price protection"],
            ["降价了能补差价吗", "有价格保护吗"]),
        ("password", ["i forgot my password", "how do i reset my password"], ["忘记密码了", "密码怎么重置"]),
        ("payment", ["what payment methods do you accept", "can i pay by credit card"], ["支持哪些付款方式", "能用信用卡付款吗"]),
    ];

    public static readonly string[] EnglishItems = ["a jacket", "some headphones", "a phone case", "running shoes", "a lamp"];
    public static readonly string[] ChineseItems = ["一件外套", "一副耳机", "手机壳", "跑鞋", "台灯"];
    public static readonly string[] EnglishFillers = ["quick question:", "um", "sorry,", "please", "so"];
    public static readonly string[] EnglishGreetings = ["hi", "hello", "hey there", "good morning", "hi,", "hello!"];
    public static readonly string[] EnglishThanks = ["thanks", "thank you", "thx", "thanks a lot!", "cheers"];
    public static readonly string[] ChineseGreetings = ["你好", "您好，", "在吗？", "亲，", "你好，请问"];
    public static readonly string[] ChineseThanks = ["谢谢", "谢谢！", "多谢", "麻烦了"];
}
