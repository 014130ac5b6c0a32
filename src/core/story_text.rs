//! The story's section headings and control labels, one table per language (a missing
//! translation does not compile). No numbers here: they all come from the dataset.

use super::locale::Locale;
use super::state::{CompareMode, Section};

#[derive(Debug)]
pub struct StoryText {
    /// Heading and one-line introduction of each section, in `Section::ALL` order.
    pub sections: [(&'static str, &'static str); 9],
    /// Tab labels, in `CompareMode::ALL` order.
    pub modes: [&'static str; 3],
    pub absolute: &'static str,
    pub shares: &'static str,
    pub metric: &'static str,
    pub city_metric: &'static str,
    pub pick_title: &'static str,
    pub pick_hint: &'static str,
    pub pick_search: &'static str,
    pub pick_add: &'static str,
    pub pick_remove: &'static str,
    pub pick_clear: &'static str,
    pub pick_full: &'static str,
    pub pick_none: &'static str,
    pub compare_add: &'static str,
    pub compare_remove: &'static str,
    pub fact: &'static str,
    pub quote: &'static str,
    /// The one disclosure of a section's several sentences: `{0}` = how many.
    pub quotes: &'static str,
    pub period: &'static str,
    pub on_map: &'static str,
    pub compare_table_title: &'static str,
    /// Under the county comparison: its facts cite their own sources, cell by cell.
    pub compare_sources: &'static str,
    pub embed: &'static str,
    pub embed_title: &'static str,
    pub embed_hint: &'static str,
    pub embed_part: &'static str,
    pub embed_whole: &'static str,
    pub embed_iframe: &'static str,
    pub embed_script: &'static str,
    pub embed_copy: &'static str,
    pub embed_copied: &'static str,
    pub embed_copy_failed: &'static str,
}

pub const ZH_HANS: StoryText = StoryText {
    sections: [
        ("五年总账", "文章开头列出的五年累计投入。"),
        (
            "结对地图",
            "北京、天津的区与张家口、承德、保定的县一一结对。切换图层，查看结对区、摘帽年份、贫困县类别和县级数字。",
        ),
        ("脱贫成果", "截至报道发表时，受援贫困县已全部脱贫摘帽。"),
        (
            "产业合作",
            "今年，京津企业带着投资落户河北受援县，援建的扶贫车间和产业园区把岗位送到贫困人口家门口。",
        ),
        (
            "劳务协作",
            "疫情之年，河北仍把数千名贫困劳动力“点对点”送回京津岗位；到京津读职校的学生，就业的还是少数。",
        ),
        (
            "携手奔小康",
            "京津的乡镇、村、学校、医院、企业和社会组织与受援县结对。",
        ),
        (
            "合作项目",
            "文章点名的京冀、津冀合作项目；有县可考的在地图上标出。",
        ),
        ("摘帽时间线", "受援县分批退出贫困县序列。"),
        ("比一比", "北京与天津、城市之间、县与县、帮扶前后。"),
    ],
    modes: ["北京与天津", "城市对比", "县与县"],
    absolute: "数量",
    shares: "占比",
    metric: "看哪一项",
    city_metric: "比较内容",
    pick_title: "选择要比较的县",
    pick_hint: "选二至四个县：在下面搜索，或在地图上选中一个县后点“加入比较”。",
    pick_search: "搜索县名",
    pick_add: "加入",
    pick_remove: "移除",
    pick_clear: "清空",
    pick_full: "最多比较四个县；再加入会替换最早选的县。",
    pick_none: "没有匹配的县",
    compare_add: "加入比较",
    compare_remove: "移出比较",
    fact: "项目",
    quote: "原文",
    quotes: "原文（{0}句）",
    period: "时间",
    on_map: "在地图上查看",
    compare_table_title: "县与县比较",
    compare_sources: "来源：每一格所注的资料（S编号，见页尾“全部来源”），可信度随注。",
    embed: "嵌入这张图",
    embed_title: "把这张图放进你的页面",
    embed_hint: "代码包含当前的视图和选择。iframe 会自动调整高度；脚本方式直接放进页面，样式互不影响。",
    embed_part: "显示哪一部分",
    embed_whole: "整篇",
    embed_iframe: "iframe（推荐）",
    embed_script: "脚本",
    embed_copy: "复制",
    embed_copied: "已复制",
    embed_copy_failed: "无法自动复制，请手动选择代码",
};

pub const ZH_HANT: StoryText = StoryText {
    sections: [
        ("五年總賬", "文章開頭列出的五年累計投入。"),
        (
            "結對地圖",
            "北京、天津的區與張家口、承德、保定的縣一一結對。切換圖層，查看結對區、摘帽年份、貧困縣類別和縣級數字。",
        ),
        ("脫貧成果", "截至報道發表時，受援貧困縣已全部脫貧摘帽。"),
        (
            "產業合作",
            "今年，京津企業帶著投資落戶河北受援縣，援建的扶貧車間和產業園區把崗位送到貧困人口家門口。",
        ),
        (
            "勞務協作",
            "疫情之年，河北仍把數千名貧困勞動力「點對點」送回京津崗位；到京津讀職校的學生，就業的還是少數。",
        ),
        (
            "攜手奔小康",
            "京津的鄉鎮、村、學校、醫院、企業和社會組織與受援縣結對。",
        ),
        (
            "合作項目",
            "文章點名的京冀、津冀合作項目；有縣可考的在地圖上標出。",
        ),
        ("摘帽時間線", "受援縣分批退出貧困縣序列。"),
        ("比一比", "北京與天津、城市之間、縣與縣、幫扶前後。"),
    ],
    modes: ["北京與天津", "城市對比", "縣與縣"],
    absolute: "數量",
    shares: "佔比",
    metric: "看哪一項",
    city_metric: "比較內容",
    pick_title: "選擇要比較的縣",
    pick_hint: "選二至四個縣：在下面搜索，或在地圖上選中一個縣後點「加入比較」。",
    pick_search: "搜索縣名",
    pick_add: "加入",
    pick_remove: "移除",
    pick_clear: "清空",
    pick_full: "最多比較四個縣；再加入會替換最早選的縣。",
    pick_none: "沒有匹配的縣",
    compare_add: "加入比較",
    compare_remove: "移出比較",
    fact: "項目",
    quote: "原文",
    quotes: "原文（{0}句）",
    period: "時間",
    on_map: "在地圖上查看",
    compare_table_title: "縣與縣比較",
    compare_sources: "來源：每一格所註的資料（S編號，見頁尾「全部來源」），可信度隨註。",
    embed: "嵌入這張圖",
    embed_title: "把這張圖放進你的頁面",
    embed_hint: "代碼包含當前的視圖和選擇。iframe 會自動調整高度；腳本方式直接放進頁面，樣式互不影響。",
    embed_part: "顯示哪一部分",
    embed_whole: "整篇",
    embed_iframe: "iframe（推薦）",
    embed_script: "腳本",
    embed_copy: "複製",
    embed_copied: "已複製",
    embed_copy_failed: "無法自動複製，請手動選擇代碼",
};

pub const EN: StoryText = StoryText {
    sections: [
        (
            "Five years in figures",
            "The cumulative aid the article opens with.",
        ),
        (
            "Who paired with whom",
            "Districts of Beijing and Tianjin each paired with a county of Zhangjiakou, Chengde or Baoding. Switch layers to see partner districts, exit years, poverty status and county figures.",
        ),
        (
            "Results",
            "By the time of the report, every aided poverty county had left the poverty list.",
        ),
        (
            "Industrial cooperation",
            "Beijing and Tianjin firms brought their money to Hebei's aided counties this year, and the workshops and parks they helped build put jobs on poor families' doorsteps.",
        ),
        (
            "Labour cooperation",
            "In the pandemic year Hebei still took thousands of poor workers back to jobs in Beijing and Tianjin; of its students sent to vocational schools there, only a few are in work so far.",
        ),
        (
            "Pairing up",
            "Townships, villages, schools, hospitals, firms and social organisations of Beijing and Tianjin paired with the aided counties.",
        ),
        (
            "Named projects",
            "The Beijing-Hebei and Tianjin-Hebei projects the article names; those with a known county are on the map.",
        ),
        (
            "Leaving the poverty list",
            "The aided counties left the list in batches.",
        ),
        (
            "Compare",
            "Beijing and Tianjin, the three cities, county with county, before and after.",
        ),
    ],
    modes: ["Beijing vs Tianjin", "City vs city", "County vs county"],
    absolute: "Numbers",
    shares: "Shares",
    metric: "Which figure",
    city_metric: "Compare by",
    pick_title: "Pick counties to compare",
    pick_hint: "Pick two to four counties: search below, or select one on the map and press “Add to comparison”.",
    pick_search: "Search counties",
    pick_add: "Add",
    pick_remove: "Remove",
    pick_clear: "Clear",
    pick_full: "Four counties at most; adding another replaces the first one picked.",
    pick_none: "No county matches",
    compare_add: "Add to comparison",
    compare_remove: "Remove from comparison",
    fact: "Fact",
    quote: "Source sentence",
    quotes: "Source sentences ({0})",
    period: "Period",
    on_map: "Show on the map",
    compare_table_title: "County vs county",
    compare_sources: "Sources: those cited in each cell (S numbers, listed under All sources at the foot of the page), each with its confidence.",
    embed: "Embed this graphic",
    embed_title: "Put this graphic in your page",
    embed_hint: "The code carries the current view and choices. The iframe sizes itself; the script puts the graphic straight into the page, with styles kept apart both ways.",
    embed_part: "Which part",
    embed_whole: "The whole story",
    embed_iframe: "iframe (recommended)",
    embed_script: "Script",
    embed_copy: "Copy",
    embed_copied: "Copied",
    embed_copy_failed: "Could not copy; select the code by hand",
};

pub fn story_text(locale: Locale) -> &'static StoryText {
    match locale {
        Locale::ZhHans => &ZH_HANS,
        Locale::ZhHant => &ZH_HANT,
        Locale::En => &EN,
    }
}

impl StoryText {
    pub fn heading(&self, s: Section) -> &'static str {
        self.sections[s as usize].0
    }

    pub fn intro(&self, s: Section) -> &'static str {
        self.sections[s as usize].1
    }

    pub fn mode(&self, m: CompareMode) -> &'static str {
        self.modes[m as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_typed_numbers_and_nothing_empty() {
        for l in Locale::ALL {
            let t = story_text(l);
            let all = t
                .sections
                .iter()
                .flat_map(|(a, b)| [*a, *b])
                .chain(t.modes)
                .chain([t.absolute, t.shares, t.pick_title, t.pick_hint, t.pick_full]);
            for s in all {
                assert!(!s.is_empty(), "{l:?}");
                assert!(!s.chars().any(|c| c.is_ascii_digit()), "{l:?}: {s}");
            }
        }
    }
}
