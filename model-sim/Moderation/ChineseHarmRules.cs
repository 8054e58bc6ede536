using static LlmActors.ModelSim.Moderation.RiskCategory;

namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// Self-harm, sexual content and requests for criminal help in Chinese: a method or a finality of suicide, an
/// intimate image or an explicit scene asked for, a forged document or an impersonating message, a drug made
/// or sold, a gun made untraceable, someone's phone or account entered behind their back, a drink spiked.
/// </summary>
internal static class ChineseHarmRules
{
    /// <summary>Any run of characters within one sentence.</summary>
    private const string Gap = "[^。！？!?\n]";

    /// <summary>Someone close to the speaker whose phone or accounts are the target.</summary>
    private const string Intimate = "(?:前女友|前男友|前任|老婆|老公|女朋友|男朋友|女友|男友|别人|同事|室友|他|她)";

    public static readonly IntentRule[] Rules =
    [
        // Suicide: a method sought or a finality stated.
        IntentRule.Fixed(SelfHarm, Strength.Clear,
            "不再醒来|永远睡过去|睡过去不再醒|一了百了|了结(?:自己|生命|此生)|结束这一切",
            "(?:吃|吞)多少(?:片|粒|颗)?" + Gap + "{0,10}(?:才能|会|就能|就会)" + Gap + "{0,6}(?:死|不再醒|睡过去|解脱)",
            "几楼" + Gap + "{0,6}(?:跳|摔)" + Gap + "{0,10}(?:死|成功|没救|确保)|跳下去" + Gap + "{0,8}(?:确保|一定|才能)" + Gap + "{0,6}(?:死|成功)"),
        IntentRule.Fixed(SelfHarm, Strength.Likely,
            "(?:写好|写了|留下|留好)" + Gap + "{0,3}遗书|遗书" + Gap + "{0,4}(?:写好|写完|准备好|留好)",
            "(?:药|安眠药|安定)" + Gap + "{0,6}(?:攒够|攒了|囤了|存够)|(?:攒够|攒了|囤了)" + Gap + "{0,4}(?:药|安眠药|安定)"),
        IntentRule.Of(SelfHarm, Strength.Suggestive, "(?:今晚|今天|马上|明天)" + Gap + "{0,6}(?:彻底)?解脱|活着(?:好累|太累|没意义)"),
        // An intimate image or an explicit scene asked for.
        IntentRule.Of(Sexual, Strength.Clear,
            "(?:照片|视频|自拍)" + Gap + "{0,10}(?:不穿衣服|没穿衣服|裸|光着|脱光)|(?:不穿衣服|没穿衣服|脱光|光着)" + Gap + "{0,10}(?:照片|视频|自拍)|洗澡(?:时)?的(?:照片|视频)"),
        IntentRule.Of(Sexual, Strength.Likely,
            "(?:详细|露骨|具体)" + Gap + "{0,12}(?:上床|做爱|性爱|床戏|性行为|发生关系)|(?:上床|做爱|床戏|性爱)" + Gap + "{0,12}(?:越露骨越好|露骨|详细描写)"),
        // Fraud: a forged document, an impersonating message, a victim asked for card details.
        IntentRule.Of(Illicit, Strength.Likely,
            "冒充" + Gap + "{0,6}(?:银行|客服|公安|警察|民警|税务|法院|快递|领导|老板|官方|公司|平台)",
            "(?<![请放休度寒暑病事年婚产])假(?![期日])" + Gap + "{0,5}(?:病假条|证明|发票|合同|学历|证件|证书|身份证|公章|印章|执照|病历|毕业证|驾照|护照|结婚证|房产证)",
            "(?:伪造|仿造|刻)" + Gap + "{0,4}(?:证件|公章|印章|签名|证明|发票|合同|身份证)",
            "(?:做|写|搭|建|发)" + Gap + "{0,4}钓鱼(?:网站|链接|短信|邮件|页面)",
            "让(?:客户|用户|对方|他们|老人|受害人|别人)" + Gap + "{0,8}(?:输入|提供|告诉|转账|汇款)" + Gap + "{0,8}(?:卡号|密码|验证码|账号|钱)"),
        // A drug made or sold.
        IntentRule.Of(Illicit, Strength.Clear,
            "(?:提炼|提取|制作|合成|熬制|制造)" + Gap + "{0,8}(?:冰毒|k粉|摇头丸|海洛因|大麻|可卡因|麻古|芬太尼|毒品)|做(?:冰毒|k粉|摇头丸|海洛因|麻古)"),
        IntentRule.Of(Illicit, Strength.Likely,
            "(?:冰糖|叶子|猪肉|溜冰|飞叶子|麻古|k粉|神仙水|邮票)[\\s\\S]{0,20}?(?:量大|量足|货好|私聊|有货|出货|都有|便宜|加v|加微|加我|懂的来)"),
        // A gun made untraceable; stolen goods bought; personal accounts sold.
        IntentRule.Of(Illicit, Strength.Clear,
            "(?:手枪|枪|仿真枪|气枪)" + Gap + "{0,8}(?:查不到|没有编号|无编号|自制|不上户|改装)|(?:查不到|没有编号|无编号|自制|改装)" + Gap + "{0,6}(?:手枪|枪)|(?:做|造|改|组装)一把" + Gap + "{0,6}枪"),
        IntentRule.Of(Illicit, Strength.Likely,
            "(?:出售|收购|买卖|卖)" + Gap + "{0,6}(?:银行卡|四件套|身份证|公民信息|个人信息|账户|手机卡|电话卡|实名)"),
        IntentRule.Of(Illicit, Strength.Veiled, "来路不明的?(?:也行|也收|都收|没关系|无所谓)|收" + Gap + "{0,6}(?:来路不明|赃物|偷来的)"),
        IntentRule.Of(Illicit, Strength.Faint, "来路不明|赃物|偷来的"),
        // Covert access to someone's phone, accounts or whereabouts.
        IntentRule.Fixed(Illicit, Strength.Likely,
            "(?:登录|登陆|登上|进入|盗)" + Gap + "{0,6}" + Intimate + "的?" + Gap + "{0,4}(?:微信|qq|邮箱|账号|手机)",
            Intimate + Gap + "{0,6}(?:装|安装|放)" + Gap + "{0,6}(?:定位|监控|窃听|追踪器|定位器)"),
        IntentRule.Fixed(Illicit, Strength.Suggestive, "(?:看|翻|查)" + Gap + "{0,6}" + Intimate + "的?" + Gap + "{0,4}聊天记录"),
        IntentRule.Fixed(Illicit, Strength.Hint, "(?:装|安装|放)" + Gap + "{0,6}(?:定位|监控|窃听|追踪器|定位器)"),
        IntentRule.Fixed(Illicit, Strength.Partial, "(?:不让|别让|不被|不会让)(?:她|他|对方|别人)?(?:发现|知道)|神不知鬼不觉"),
        // A drink spiked to knock someone out.
        IntentRule.Of(Illicit, Strength.Likely,
            "(?:饮料|酒|水|咖啡|杯子|饭)里" + Gap + "{0,6}(?:加|放|下)" + Gap + "{0,10}(?:昏|晕|睡|失去意识|不省人事|迷)",
            "下药|迷药|迷晕|让(?:他|她)(?:昏睡|睡过去|失去意识|不省人事|昏过去)"),
    ];
}
