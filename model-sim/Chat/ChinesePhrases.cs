namespace LlmActors.ModelSim.Chat;

/// <summary>Sentence material for Chinese prose answers, used when the user writes Chinese.</summary>
internal static class ChinesePhrases
{
    public static readonly string[] Openers =
    [
        "感谢您的提问。", "简单来说，", "这个问题很常见。", "很高兴为您解答。", "根据您的描述，", "我们一步一步来看。",
    ];

    public static readonly string[] Bodies =
    [
        "通常重启服务后再试一次就可以解决", "大部分设置都可以在账户页面的偏好设置中修改", "您可以随时在控制台查看订单状态",
        "修改一般会在几分钟内生效", "退款会在五个工作日内退回原支付方式", "请先检查网络连接，再检查配置文件",
        "最简单的做法是先从小处开始，测量之后再调整", "报告中列出了每一步及其成本", "额度每天零点自动重置",
        "您可以在报表页面把数据导出为表格文件", "重置密码的链接会发送到您登记的邮箱", "缓存结果可以避免为同样的工作重复付费",
        "这个错误通常表示令牌已过期，需要重新获取", "如果问题持续存在，客服可以升级处理", "配送时间取决于地区和承运商",
        "把任务拆成更小的部分会更容易测试", "最新版本已经修复了这个问题，建议先升级",
    ];

    public static readonly string[] Closers =
    [
        "如有疑问，欢迎继续提问。", "希望对您有帮助。", "以上是常见情况的处理方法。", "这是一条模拟回答。",
    ];

    public const string EchoPrefix = "关于";
}
