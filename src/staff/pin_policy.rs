//! Which staff PINs are refused when set, after NIST SP 800-63B (§5.1.1.2:
//! check a new secret against values known to be commonly used) and the PIN
//! study of Markert et al., "This PIN Can Be Easily Guessed" (IEEE S&P 2020):
//! a short blocklist of the most chosen 6-digit PINs removes most of what an
//! attacker guesses first, while leaving staff free to pick.

/// At least this many digits.
pub const MIN_DIGITS: usize = 6;

/// Commonly chosen 6-digit PINs not already caught by the rules below:
/// keyboard and keypad shapes, mirrored halves, "love" numbers (520 = 我爱你,
/// 1314 = 一生一世), lucky 6s and 8s, and well-known dates.
const COMMON: [&str; 100] = [
    "123321", "112233", "121212", "123123", "456456", "789789", "147258", "258369", "147369", "159357", "159753",
    "357159", "753951", "951753", "789456", "456789", "654123", "321654", "123654", "147852", "963852", "741852",
    "852963", "258456", "369258", "741963", "124578", "135790", "246810", "135246", "520520", "520131", "131420",
    "521521", "521314", "201314", "131452", "584520", "520000", "525252", "168168", "666888", "888666", "668899",
    "886688", "168888", "518518", "198198", "666999", "999888", "100200", "101010", "102030", "110110", "111222",
    "112211", "121121", "123000", "100100", "110120", "112358", "314159", "271828", "142857", "123789", "789123",
    "987654", "147147", "258258", "369369", "159159", "753753", "852852", "741741", "963963", "121314", "131313",
    "141414", "232323", "565656", "199001", "199101", "198001", "200001", "200101", "201001", "202020", "202121",
    "202202", "202501", "010101", "020202", "030303", "101101", "110011", "010203", "001122", "998877", "778899",
    "445566",
];

/// Why `pin` (already known to be digits) is too easy to guess, if it is.
pub fn weakness(pin: &str) -> Option<&'static str> {
    let digits: Vec<i8> = pin.bytes().map(|b| (b - b'0') as i8).collect();
    if digits.len() < MIN_DIGITS {
        return Some("too short");
    }
    let steps: Vec<i8> = digits.windows(2).map(|w| (w[1] - w[0]).rem_euclid(10)).collect();
    if steps.iter().all(|&s| s == 0) {
        return Some("one digit repeated");
    }
    if steps.iter().all(|&s| s == 1) || steps.iter().all(|&s| s == 9) {
        return Some("digits in a row");
    }
    if (1..=digits.len() / 2).any(|n| digits.len().is_multiple_of(n) && digits.chunks(n).all(|c| c == &digits[..n])) {
        return Some("a short group repeated");
    }
    if COMMON.contains(&pin) {
        return Some("one of the most commonly chosen PINs");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pins_attackers_try_first_are_refused() {
        for weak in ["123456", "000000", "111111", "654321", "890123", "121212", "123123", "520520", "147258", "12345"]
        {
            assert!(weakness(weak).is_some(), "{weak} should be refused");
        }
        for fine in ["274915", "603817", "9182736450", "480263"] {
            assert_eq!(weakness(fine), None, "{fine} is fine");
        }
    }

    #[test]
    fn the_common_list_has_no_duplicates_and_only_pins() {
        let mut sorted = COMMON.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), COMMON.len());
        assert!(COMMON.iter().all(|p| p.len() == 6 && p.bytes().all(|b| b.is_ascii_digit())));
    }
}
