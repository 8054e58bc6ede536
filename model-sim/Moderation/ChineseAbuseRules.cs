using static LlmActors.ModelSim.Moderation.RiskCategory;

namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// Threats, intimidation, hate, harassment and doxxing in Chinese, as structures: a consequence promised to
/// "你" (让你…, 打断你的…, 后果自负), leverage over the target's family or address, a group (any "X人") said to
/// be animals, disease or criminals by nature, a person's phone or address dug up and posted.
/// </summary>
internal static class ChineseAbuseRules
{
    /// <summary>Any run of characters within one sentence.</summary>
    private const string Gap = "[^。！？!?\n]";

    /// <summary>A group: any "X人" of one to three characters, or a named group.</summary>
    private const string Group =
        "(?:[\u4e00-\u9fff]{0,2}[\u4e00-\u9fff-[的个些多有么别好坏]]人|黑鬼|穆斯林|回回|同性恋|基佬|女的|残疾|外地佬|乡巴佬|农民工|这种人|那些人|这些人)";

    /// <summary>What a group is said to be: animals, vermin, disease, criminals by nature, a burden.</summary>
    private const string Degrading =
        "(?:猴子|畜生|禽兽|狗|猪|老鼠|蟑螂|苍蝇|蛆|寄生虫|垃圾|人渣|败类|骗子|小偷|贼|强盗|有病|神经病|劣等|低等|下等|累赘|杂种|害虫|瘟疫|蠢货|蠢|笨|废物|恐怖分子|罪犯|不配)";

    /// <summary>What someone knows of the reader's family or home.</summary>
    private const string Leverage =
        "我知道你(?:家|住|女儿|儿子|孩子|老婆|老公|爸妈|父母|在哪|每天)|你(?:家|女儿|儿子|孩子|老婆|老公)(?:住|在)" + Gap + "{1,14}(?:吧|对吧|是不是)"
        + "|你(?:家|公司|单位|学校)?的?(?:地址|住址|单位|电话)" + Gap + "{0,6}(?:找到|查到|知道|拿到)了?";

    /// <summary>Goading the reader: "你最近挺嚣张啊", "你不是很能说吗".</summary>
    private const string Taunt = "你" + Gap + "{0,6}(?:嚣张|很狂|挺狂|能耐|很能说|牛逼|得意|横)";

    /// <summary>Soft warnings: caring or ordinary alone ("出门小心点"), menacing after leverage or a dare.</summary>
    private const string Warning =
        "掂量|看着办|想清楚|小心点|当心点|注意安全|后果(?:你)?自(?:己)?(?:负|承担)|看看会发生什么|会发生什么事|(?:上门|登门)拜访|我们会去找你|等你下班|等你放学|出门(?:小心|当心)|晚上(?:走路|回家)(?:小心|当心)";

    public static readonly IntentRule[] Rules =
    [
        // A consequence promised to the reader.
        IntentRule.Of(Violence, Strength.Clear,
            "让你(?:横着|躺着)(?:出去|回去|进医院)|打断你的?(?:腿|手|狗腿|骨头)|打(?:残|断|瘸|废)(?:你|他|她)|废了(?:你|他|她)|弄残|卸你一条|让你(?:生不如死|见不到明天|活不过|没命)",
            "(?:泼|浇)(?:汽油|硫酸|油漆|粪)|放火烧|烧了(?:你|他|她)(?:家|的)",
            "我(?:要|会|就|得|准备|打算)" + Gap + "{0,10}(?:撞|烧|砍|捅|泼|毒|炸|弄)" + Gap + "{0,6}(?:他|她|你|那个|那些)",
            "让(?:你|他|她|那个" + Gap + "{0,4})(?:出车祸|出事|出意外|受伤|残废|住院|见血|没命|死)"),
        IntentRule.Of(Violence, Strength.Veiled,
            "让你(?:好看|后悔|付出代价|吃不了兜着走|知道厉害|见识见识|消失|混不下去)|走着瞧|走夜路(?:最好|小心)"),
        IntentRule.Fixed(Violence, Strength.Veiled,
            "(?:要是不|如果不|再不|不)" + Gap + "{1,10}(?:的话|就)" + Gap + "{0,10}(?:后果|别怪我|小心你的|等着瞧)"),
        // Leverage: the reader's family or home known; a warning after it turns it into intimidation.
        IntentRule.Of(Harassment, Strength.Partial, Leverage),
        IntentRule.Of(Harassment, Strength.Likely, Leverage + "[\\s\\S]{0,60}?(?:" + Warning + ")"),
        IntentRule.Of(Harassment, Strength.Suggestive, "你(?:再敢|敢再)|你再(?:去|来)?(?:找|碰|动|惹|骂)" + Gap + "{0,10}试试"),
        // A taunt followed by a warning or by what is known of the target: "你挺嚣张啊……出门注意安全".
        IntentRule.Of(Harassment, Strength.Veiled, Taunt + "[\\s\\S]{0,40}?(?:" + Warning + "|" + Leverage + ")"),
        IntentRule.Of(Harassment, Strength.Hint, Warning),
        // Shaming threatened: photos or chats sent to everyone the target knows.
        IntentRule.Of(Harassment, Strength.Likely,
            "(?:照片|视频|截图|聊天记录|裸照)" + Gap + "{0,6}(?:发|传|寄|贴)(?:给|到)" + Gap + "{0,8}(?:全公司|所有人|你(?:们)?(?:家|公司|同事|老婆|老公|爸妈|父母|领导|朋友|全)|网上|群里)"),
        IntentRule.Of(Harassment, Strength.Veiled,
            "赶紧(?:从网上)?消失|怎么不去死|(?:丑|恶心|胖|蠢)" + Gap + "{0,4}(?:还敢|也配)"),
        // Doxxing: a person's phone, address or ID dug up and posted.
        IntentRule.Of(Harassment, Strength.Likely,
            "(?:电话|手机号|号码|住址|家庭住址|地址|身份证号?|工作单位|单位|学校)" + Gap + "{0,12}(?:扒出来|扒一下|曝光|公开|人肉|都发|挂出来|发出来|(?:挂|发|贴|传)(?:到|在)?(?:网上|群里|微博|朋友圈|论坛|群))",
            "去(?:他|她|他们)(?:家|公司|单位|学校)(?:闹|堵|找|门口)"),
        // A group said to be animals, disease, criminals or worthless by nature.
        IntentRule.Of(Hate, Strength.Likely,
            Group + Gap + "{0,4}(?:都是|全是|全都是|就是|都|天生就?是?|统统是|个个都是|都像|就像|像)" + Gap + "{0,5}" + Degrading,
            "不配(?:当人|做人|活着)"),
        IntentRule.Of(Hate, Strength.Veiled,
            Group + Gap + "{0,3}(?:应该|就该|都该|必须|统统)" + Gap + "{0,4}(?:抓起来|关起来|赶出去|滚出|消灭|清理|处理掉|灭了|杀光|去死|绝育)",
            "像(?:老鼠|蟑螂|苍蝇|狗|猪|蛆)一样"),
    ];
}
