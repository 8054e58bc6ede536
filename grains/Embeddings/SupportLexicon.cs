namespace LlmActors.Grains.Embeddings;

/// <summary>
/// The default concepts of retail customer service in English and Chinese: the topics of the usual FAQ
/// (returns, refunds, tracking, addresses, invoices, delivery, cancellation, coupons, prices, damage, accounts,
/// payment) and the words people use for them. English forms are matched on stemmed words, Chinese forms as
/// substrings, longest first, so 退款 (refund) is never read as 退 (return).
/// </summary>
public static class SupportLexicon
{
    public static readonly IReadOnlyList<Concept> Default =
    [
        Topic("return", ["return", "send back", "sent back", "send it back", "sent it back", "ship back", "shipped back", "take back", "give back", "returnable", "return policy"],
            ["退货", "退回", "退掉", "退换", "寄回", "能退吗", "退吗", "退了"]),
        Topic("exchange", ["exchange", "swap", "replacement", "replace"], ["换货", "调换", "更换商品", "换新"]),
        Topic("refund", ["refund", "money back", "reimburse", "reimbursement", "my money", "credited"],
            ["退款", "退钱", "钱退", "到账", "返款", "退费"]),
        Aspect("locate", ["track", "tracking", "whereabouts", "status", "progress", "trace", "locate"],
            ["到哪", "哪里了", "进度", "跟踪", "追踪", "状态", "查件", "查", "查询", "查看"]),
        Generic("shipment", ["package", "parcel", "shipment", "courier", "tracking number", "consignment"],
            ["快递", "包裹", "物流", "运单", "快件"]),
        Aspect("change", ["change", "update", "modify", "edit", "fix", "correct", "switch", "different", "wrong", "another", "amend"],
            ["修改", "更改", "改", "变更", "换个", "换一个", "填错", "写错", "错了"]),
        Topic("address", ["address", "ship to", "deliver to", "shipping address", "delivery address"], ["地址", "收货地址", "收件地址", "配送地址", "送货地址"]),
        Topic("phone", ["phone", "phone number", "mobile", "mobile number", "cell"], ["手机", "手机号", "电话", "联系方式"]),
        Topic("invoice", ["invoice", "receipt", "vat", "tax invoice", "bill", "fapiao"], ["发票", "开票", "增值税", "收据", "专票", "普票"]),
        Topic("invoice-title", ["company name", "invoice title", "tax id", "title"], ["抬头", "税号"]),
        Topic("cancel", ["cancel", "cancellation", "withdraw", "revoke", "call off", "stop the order"], ["取消", "撤销", "撤回", "撤单"]),
        Topic("coupon", ["coupon", "voucher", "promo", "promo code", "discount", "discount code", "promotion", "deal", "offer", "code", "sale"],
            ["优惠", "优惠券", "优惠码", "券", "折扣", "活动", "满减", "抵扣", "红包", "促销"]),
        Topic("price-protect", ["price drop", "price dropped", "price protection", "price match", "price adjustment", "difference",
            "cheaper", "lower price", "price guarantee", "partial refund"], ["差价", "退差价", "补差价", "降价", "价格保护", "保价", "便宜", "买贵"]),
        Topic("price", ["price", "cost", "how much", "expensive"], ["价格", "多少钱", "价钱", "贵"]),
        Topic("damaged", ["damaged", "damage", "broken", "smashed", "cracked", "defect", "defective", "faulty", "not working", "scratched", "torn"],
            ["坏", "破损", "碎", "损坏", "质量问题", "瑕疵", "有问题", "裂", "烂"]),
        Topic("password", ["password", "passcode", "pwd", "login password"], ["密码", "登录密码"]),
        Topic("payment-password", ["pin", "payment pin", "payment password"], ["支付密码", "交易密码"]),
        Topic("login", ["log in", "login", "log into", "sign in", "account", "locked out"], ["登录", "登陆", "账号", "账户", "帐号"]),
        Aspect("recover", ["forgot", "forget", "reset", "recover", "recovery", "lost"], ["忘记", "忘了", "重置", "找回"]),
        Topic("payment", ["pay", "payment", "payment method", "credit card", "debit card", "paypal", "installment", "cash on delivery",
            "apple pay", "alipay", "wechat pay", "card"], ["支付", "付款", "付钱", "信用卡", "花呗", "分期", "微信", "支付宝", "货到付款", "银行卡"]),
        Topic("shipping-cost", ["shipping cost", "shipping fee", "postage", "delivery fee", "delivery charge", "shipping charge"],
            ["运费", "邮费", "快递费"]),
        Aspect("delivery", ["delivery", "deliver", "arrive", "arrival", "ship", "shipping", "dispatch", "receive", "get it"],
            ["配送", "送到", "发货", "到货", "收到", "送货", "送达", "寄出"]),
        Aspect("time", ["how long", "how many days", "how soon", "when", "time", "days", "eta"], ["多久", "几天", "多长时间", "什么时候", "时间", "何时"]),
        Generic("order", ["order", "purchase", "bought", "buy", "item", "product", "goods", "thing"], ["订单", "商品", "东西", "货", "买", "下单", "单"]),
        Generic("how", ["how do i", "how can i", "how to", "process", "procedure", "steps", "start", "request", "apply"],
            ["怎么", "如何", "流程", "操作", "申请", "办理", "怎样"]),
    ];

    private static Concept Topic(string name, string[] english, string[] chinese) => new(name, ConceptRole.Subject, english, chinese);

    private static Concept Aspect(string name, string[] english, string[] chinese) => new(name, ConceptRole.Aspect, english, chinese);

    private static Concept Generic(string name, string[] english, string[] chinese) => new(name, ConceptRole.Generic, english, chinese);
}
