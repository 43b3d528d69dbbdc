//! Phone numbers are read digit by digit: 96110 is "九六一一零" / "nine six one
//! one zero", never "ninety-six thousand…". Engines read plain numbers as
//! amounts, so the text is rewritten before it is spoken.

/// The words for 0–9 in one language, and how to join them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DigitWords {
    pub digits: [String; 10],
    /// Between two digits ("" in Chinese, " " in English).
    pub join: String,
    /// Where the number has a dash ("，" / ", ").
    pub pause: String,
}

impl DigitWords {
    /// Builds from a space-separated list of ten words; `None` if it is not ten.
    pub fn new(list: &str, join: &str, pause: &str) -> Option<Self> {
        let words: Vec<String> = list.split_whitespace().map(str::to_owned).collect();
        let digits: [String; 10] = words.try_into().ok()?;
        Some(Self { digits, join: join.to_owned(), pause: pause.to_owned() })
    }

    /// Spells out every number that is a phone number: one of `phones`, one
    /// with dashes (400-800-9558), or one of five digits or more. Other
    /// numbers ("15 天") stay as they are.
    pub fn spell_phone_numbers(&self, text: &str, phones: &[String]) -> String {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len() * 2);
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].is_ascii_digit() {
                out.push(chars[i]);
                i += 1;
                continue;
            }
            let end = number_end(&chars, i);
            let token: String = chars[i..end].iter().collect();
            let digits: String = token.chars().filter(char::is_ascii_digit).collect();
            let known = phones.iter().any(|p| p.chars().filter(char::is_ascii_digit).collect::<String>() == digits);
            if known || token.contains('-') || digits.len() >= 5 {
                out.push_str(&self.spell(&token));
            } else {
                out.push_str(&token);
            }
            i = end;
        }
        out
    }

    fn spell(&self, token: &str) -> String {
        let mut out = String::new();
        let mut after_digit = false;
        for c in token.chars() {
            match c.to_digit(10) {
                Some(d) => {
                    if after_digit {
                        out.push_str(&self.join);
                    }
                    out.push_str(&self.digits[d as usize]);
                    after_digit = true;
                }
                None => {
                    out.push_str(&self.pause);
                    after_digit = false;
                }
            }
        }
        out
    }
}

/// Where a number starting at `start` ends: digits, with single dashes between
/// digit groups.
fn number_end(chars: &[char], start: usize) -> usize {
    let mut end = start;
    while end < chars.len() {
        let dash_then_digit = chars[end] == '-' && chars.get(end + 1).is_some_and(char::is_ascii_digit);
        if !chars[end].is_ascii_digit() && !dash_then_digit {
            break;
        }
        end += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::DigitWords;

    fn zh() -> DigitWords {
        DigitWords::new("零 一 二 三 四 五 六 七 八 九", "", "，").expect("ten words")
    }

    fn en() -> DigitWords {
        DigitWords::new("zero one two three four five six seven eight nine", " ", ", ").expect("ten words")
    }

    #[test]
    fn phone_numbers_are_read_digit_by_digit() {
        let phones = vec!["110".to_owned(), "96110".to_owned()];
        assert_eq!(zh().spell_phone_numbers("请拨打96110", &phones), "请拨打九六一一零");
        assert_eq!(en().spell_phone_numbers("Call 96110 now", &phones), "Call nine six one one zero now");
        assert_eq!(zh().spell_phone_numbers("报警110", &phones), "报警一一零");
        assert_eq!(zh().spell_phone_numbers("400-800-9558", &[]), "四零零，八零零，九五五八");
    }

    #[test]
    fn other_numbers_stay_numbers() {
        assert_eq!(zh().spell_phone_numbers("15 天内", &["110".to_owned()]), "15 天内");
        assert_eq!(en().spell_phone_numbers("within 2 years", &[]), "within 2 years");
        assert!(DigitWords::new("one two", "", "").is_none());
    }
}
