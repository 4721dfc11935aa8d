//! Request references: 8 characters from an alphabet without look-alikes (no I, O, Q, Z, 0, 1),
//! drawn at random, so that one reference says nothing about the next.

/// 22 letters and 8 digits.
pub const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPRSTUVWXY23456789";
pub const LENGTH: usize = 8;

#[cfg(feature = "ssr")]
pub fn new_reference() -> String {
    use rand::Rng;
    let mut rng = rand::rngs::OsRng;
    (0..LENGTH).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char).collect()
}

/// Whether `text` could be a reference (after trimming and upper-casing, as people type them).
pub fn normalise(text: &str) -> Option<String> {
    let text: String = text.chars().filter(|c| !c.is_whitespace() && *c != '-').collect::<String>().to_uppercase();
    (text.len() == LENGTH && text.bytes().all(|b| ALPHABET.contains(&b))).then_some(text)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn references_use_only_unambiguous_characters() {
        for _ in 0..1000 {
            let r = new_reference();
            assert_eq!(r.len(), 8);
            assert!(!r.contains(['I', 'O', 'Q', 'Z', '0', '1']), "{r}");
            assert_eq!(normalise(&r).as_deref(), Some(r.as_str()));
        }
    }

    #[test]
    fn references_do_not_repeat_or_follow_a_sequence() {
        let many: Vec<String> = (0..10_000).map(|_| new_reference()).collect();
        let unique: HashSet<&String> = many.iter().collect();
        assert_eq!(unique.len(), many.len());
        let increasing = many.windows(2).filter(|w| w[0] < w[1]).count();
        assert!((4_000..6_000).contains(&increasing), "about half should be increasing: {increasing}");
    }

    #[test]
    fn typed_references_are_normalised() {
        assert_eq!(normalise(" abcd-efgh "), Some("ABCDEFGH".into()));
        assert_eq!(normalise("ABCDEFG1"), None);
        assert_eq!(normalise("ABC"), None);
    }
}
