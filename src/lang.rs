//! Language codes the kiosk knows about, in one place. A code is a BCP 47 tag
//! as used in the content files and the `locales/` folder names.

/// The language every content item must have and every other falls back to.
pub const BASE: &str = "zh-CN";

/// The primary language of a tag: "zh" for "zh-HK".
pub fn primary(code: &str) -> &str {
    code.split('-').next().unwrap_or(code)
}

/// Speech-engine language tags that can read `code`, best first. Mandarin
/// voices are tagged `cmn` on espeak-ng; Cantonese ones `yue`.
pub fn voice_tags(code: &str) -> Vec<String> {
    match primary(code) {
        "zh" => vec!["zh".into(), "cmn".into(), "yue".into()],
        other => vec![other.to_owned()],
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
}
