//! Language codes the kiosk knows about, in one place. A code is a BCP 47 tag
//! as used in the content files and the `locales/` folder names.

/// The language every content item must have and every other falls back to.
pub const BASE: &str = "zh-CN";

/// The primary language of a tag: "zh" for "zh-HK".
pub fn primary(code: &str) -> &str {
    code.split('-').next().unwrap_or(code)
}

/// Speech-engine language tags that can read `code`, best first. Mandarin
/// voices are tagged `cmn` on espeak-ng; Cantonese ones `yue` (`zh-yue` on
/// some engines).
pub fn voice_tags(code: &str) -> Vec<String> {
    match primary(code) {
        "zh" => vec!["zh".into(), "cmn".into(), "yue".into()],
        "yue" => vec!["yue".into(), "zh-yue".into()],
        other => vec![other.to_owned()],
    }
}

/// Cantonese, as a speech language.
pub const CANTONESE: &str = "yue";

/// The language speech reads text shown in `code` in: Hong Kong Chinese in
/// Cantonese, as Hong Kong readers expect, unless the branch's readers of
/// Traditional Chinese prefer Mandarin (`cantonese` false).
pub fn speech_language(code: &str, cantonese: bool) -> &str {
    match code {
        "zh-HK" if cantonese => CANTONESE,
        "zh-HK" => BASE,
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_tags_find_mandarin_voices() {
        assert_eq!(primary("zh-HK"), "zh");
        assert!(voice_tags("zh-CN").contains(&"cmn".to_owned()));
        assert_eq!(voice_tags("en-US"), vec!["en".to_owned()]);
    }

    #[test]
    fn hong_kong_chinese_is_read_in_cantonese_unless_the_branch_says_mandarin() {
        assert_eq!(speech_language("zh-HK", true), "yue");
        assert_eq!(voice_tags(speech_language("zh-HK", true))[0], "yue");
        assert_eq!(speech_language("zh-HK", false), "zh-CN");
        assert_eq!(speech_language("zh-CN", true), "zh-CN");
        assert_eq!(speech_language("en-US", true), "en-US");
    }
}
