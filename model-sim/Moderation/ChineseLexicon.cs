using static LlmActors.ModelSim.Moderation.RiskCategory;

namespace LlmActors.ModelSim.Moderation;

/// <summary>Chinese cues for the hidden moderation truth, matched as substrings (Chinese has no word spaces).</summary>
internal static class ChineseLexicon
{
    public static readonly Cue[] Cues =
    [
        .. Many(Violence, 0.92, "杀了你", "弄死你", "砍死", "打死你", "捅死", "杀光", "杀人", "炸掉", "放火烧", "血洗", "我要杀", "宰了你",
            "枪杀", "砍人", "捅你", "灭了你", "杀死"),
        .. Many(Violence, 0.45, "杀", "打人", "炸弹", "暴力", "报复", "揍", "弄死"),
        .. Many(Violence, 0.3, "打架", "枪", "武器", "攻击", "死", "刀", "血"),
        .. Many(Hate, 0.92, "劣等民族", "下等人", "滚出中国", "都该死", "种族清洗", "灭绝他们", "低等种族", "杂种"),
        .. Many(Hate, 0.45, "外国佬", "乡巴佬", "畜生"),
        .. Many(Hate, 0.25, "歧视", "种族", "那些人", "外地人"),
        .. Many(Harassment, 0.9, "你去死", "你这个废物", "你真是个垃圾", "滚蛋吧你", "我知道你住哪", "人肉你", "没人喜欢你", "你怎么不去死", "去死"),
        .. Many(Harassment, 0.55, "傻逼", "贱人", "蠢货", "丑八怪"),
        .. Many(Harassment, 0.4, "白痴", "废物", "闭嘴", "神经病", "笨蛋"),
        .. Many(Harassment, 0.25, "垃圾", "滚"),
        .. Many(SelfHarm, 0.92, "不想活", "结束生命", "割腕", "活不下去", "轻生", "结束自己"),
        .. Many(SelfHarm, 0.8, "自杀", "想死", "跳楼", "安眠药", "活着没意思"),
        .. Many(SelfHarm, 0.45, "撑不下去", "没有希望"),
        .. Many(SelfHarm, 0.3, "绝望", "抑郁", "崩溃"),
        .. Many(Sexual, 0.9, "色情", "裸照", "黄片", "性交", "约炮", "裸聊", "成人视频"),
        .. Many(Sexual, 0.6, "做爱"),
        .. Many(Sexual, 0.4, "裸体", "性感", "诱惑", "暧昧"),
        .. Many(Illicit, 0.9, "制造炸弹", "做炸弹", "买毒品", "卖毒品", "贩毒", "黑进", "制毒", "买枪", "盗刷"),
        .. Many(Illicit, 0.7, "洗钱", "盗号", "假钞", "假证", "偷车", "逃税"),
        .. Many(Illicit, 0.45, "毒品", "偷", "走私", "诈骗"),
        .. Many(Illicit, 0.3, "黑客", "盗版", "翻墙", "赌博", "破解"),
    ];

    /// <summary>Within two characters before a cue these negate it ("不会杀", "别打人").</summary>
    public const string NegationChars = "不没别勿未非莫无";

    /// <summary>Words that start with a negation character but negate nothing ("非常" very, "别人" others).</summary>
    public static readonly string[] NotNegations = ["非常", "非得", "无论", "无聊", "别人", "别的", "未来", "不得不"];

    /// <summary>True when a negation stands within two characters before <paramref name="start"/>.</summary>
    public static bool NegatedBefore(ReadOnlySpan<char> text, int start)
    {
        for (var i = Math.Max(0, start - 2); i < start; i++)
        {
            if (NegationChars.Contains(text[i]) && !StartsNonNegation(text[i..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsNonNegation(ReadOnlySpan<char> text)
    {
        foreach (var word in NotNegations)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Within three characters before a cue these mark intent ("我要", "怎么").</summary>
    public static readonly string[] IntentWords = ["要", "想", "会", "准备", "打算", "怎么", "如何"];

    public static readonly string[] SecondPerson = ["你", "您"];

    /// <summary>Before a violent word aimed at the speaker, these make it a wish rather than hyperbole ("我想死").</summary>
    public static readonly string[] Wishing = ["想", "希望", "求", "请"];

    public static readonly string[] BenignContexts =
    [
        "电影", "电视剧", "游戏", "小说", "故事", "角色", "剧情", "历史", "新闻", "报道", "记者", "研究", "统计", "预防", "防止", "防范",
        "热线", "心理咨询", "医生", "医院", "歌词", "象棋", "菜谱", "法律", "法院", "课堂", "老师", "科普", "纪录片", "翻译", "进程", "代码",
        "程序",
    ];

    public static readonly string[] Idioms =
    [
        "笑死", "累死", "饿死", "热死", "冷死", "困死", "忙死", "烦死", "吓死", "气死", "死机", "死循环", "杀毒", "秒杀", "杀价", "杀时间",
        "打死也不", "杀青", "杀进程", "炸鸡", "炸酱面", "油炸", "刀削面", "血拼", "血压", "血糖", "血型", "偷偷", "偷懒", "毒舌", "攻略",
        "性能", "性格", "垃圾分类", "垃圾桶", "垃圾邮件", "滚动", "滚筒", "菜刀",
    ];

    public static readonly string[] Minors = ["儿童", "未成年", "小孩", "孩子", "幼女", "学生妹"];

    private static IEnumerable<Cue> Many(RiskCategory category, double weight, params string[] phrases) =>
        phrases.Select(p => new Cue(p, category, weight));
}
