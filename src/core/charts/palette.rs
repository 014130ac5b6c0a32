//! The one palette. Beijing and Tianjin keep these colours in every chart and on the map;
//! `styles/graphic.css` declares the same values as CSS variables (a test keeps them equal).
//!
//! Charts mark elements with the classes below; the page styles them through CSS (so a
//! dark theme can change them) and a downloaded SVG carries [`stylesheet`] inline.

pub const BEIJING: &str = "#cc4a21";
pub const TIANJIN: &str = "#1b5185";
/// The receiving Hebei side: a neutral, so the two aiding cities stand out.
pub const HEBEI: &str = "#7a7469";
pub const MUTED: &str = "#e6e3dc";
pub const INK: &str = "#1b1b1b";
pub const INK_2: &str = "#555049";
pub const RULE: &str = "#d9d5cc";

/// Colour family of a mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tone {
    Beijing,
    Tianjin,
    Hebei,
    Muted,
}

impl Tone {
    /// The class that fills a shape in this tone.
    pub fn fill_class(self) -> &'static str {
        match self {
            Tone::Beijing => "c-beijing",
            Tone::Tianjin => "c-tianjin",
            Tone::Hebei => "c-hebei",
            Tone::Muted => "c-muted",
        }
    }

    pub fn hex(self) -> &'static str {
        match self {
            Tone::Beijing => BEIJING,
            Tone::Tianjin => TIANJIN,
            Tone::Hebei => HEBEI,
            Tone::Muted => MUTED,
        }
    }
}

/// The chart classes with fixed colours, for standalone SVG files.
pub fn stylesheet() -> String {
    use super::text::size::{AXIS, LABEL};
    format!(
        ".c-beijing{{fill:{BEIJING}}}.c-tianjin{{fill:{TIANJIN}}}.c-hebei{{fill:{HEBEI}}}\
         .c-jingjin{{fill:{INK}}}\
         .c-muted{{fill:{MUTED}}}.s-beijing{{stroke:{BEIJING}}}.s-tianjin{{stroke:{TIANJIN}}}\
         .s-hebei{{stroke:{HEBEI}}}.s-rule{{stroke:{RULE}}}.s-ink{{stroke:{INK}}}\
         .t-label{{fill:{INK_2};font-size:{LABEL}px}}.t-value{{fill:{INK};font-size:{LABEL}px;font-weight:700}}\
         .t-axis{{fill:{INK_2};font-size:{AXIS}px}}.t-ink{{fill:{INK}}}.t-on-dark{{fill:#fff}}\
         .t-beijing{{fill:#a83a17}}.t-tianjin{{fill:#1f5684}}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page's CSS variables and the palette here are the same colours.
    #[test]
    fn css_matches_the_palette() {
        let css = include_str!("../../../styles/graphic.css");
        for (var, hex) in [
            ("--beijing", BEIJING),
            ("--tianjin", TIANJIN),
            ("--hebei", HEBEI),
            ("--unpaired", MUTED),
            ("--ink", INK),
            ("--ink-2", INK_2),
            ("--rule", RULE),
        ] {
            assert!(
                css.contains(&format!("{var}: {hex};")),
                "{var} should be {hex} in styles/graphic.css"
            );
        }
    }
}
