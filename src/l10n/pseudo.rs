//! Pseudo-locales, generated from English Fluent text at load time so that the preview shows
//! what a translation will stress without waiting for one:
//!
//! * `en-XA` (accented): ASCII letters become accented look-alikes (`ȦȦƈƈǿǿŭŭƞŧ`), vowels are
//!   doubled (about 35% longer, as German or Finnish often are), and each message value and
//!   attribute is wrapped in `[` `]` so that cut-off text shows.
//! * `ar-XB` (right-to-left): letters are turned upside down (`ɐqɔp`) and each word is wrapped
//!   in RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING (U+202E … U+202C), so words read
//!   right to left like Arabic but stay decipherable; shown with `dir="rtl"` it mirrors the
//!   layout too. This is the scheme of Firefox's "bidi" pseudo-locale.
//!
//! Only text is changed: placeables (`{ $var }`, `{ msg }`, `{ -term }`, selectors and variant
//! keys), ids and comments stay as they are. The source is parsed with fluent-syntax, changed in
//! the AST, and serialised back, so the result parses again; a broken entry (Junk) is left out.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::{parser, serializer};

/// The accented pseudo-locale's code.
pub const PSEUDO_ACCENTED: &str = "en-XA";
/// The right-to-left pseudo-locale's code.
pub const PSEUDO_RTL: &str = "ar-XB";

const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED: &str = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ";
const FLIPPED: &str = "ɐqɔpǝɟƃɥıɾʞʅɯuodbɹsʇnʌʍxʎz∀ԐↃᗡƎℲ⅁HIſӼ⅂WNOԀÒᴚS⊥∩ɅＭX⅄Z";
const RLO: char = '\u{202E}';
const PDF: char = '\u{202C}';

/// English `.ftl` text to accented pseudo-English (`en-XA`).
pub fn pseudo_accented(source: &str) -> String {
    transform(source, accent, true)
}

/// English `.ftl` text to mirrored pseudo-English read right to left (`ar-XB`).
pub fn pseudo_rtl(source: &str) -> String {
    transform(source, flip, false)
}

/// The pseudo-locale text for `code` (`en-XA` or `ar-XB`), or `None` for any other code.
pub fn pseudo(code: &str, source: &str) -> Option<String> {
    if code.eq_ignore_ascii_case(PSEUDO_ACCENTED) {
        Some(pseudo_accented(source))
    } else if code.eq_ignore_ascii_case(PSEUDO_RTL) {
        Some(pseudo_rtl(source))
    } else {
        None
    }
}

fn map_char(c: char, to: &str) -> char {
    PLAIN.chars().position(|p| p == c).and_then(|n| to.chars().nth(n)).unwrap_or(c)
}

fn accent(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let mapped = map_char(c, ACCENTED);
        out.push(mapped);
        if "aeiouAEIOU".contains(c) {
            out.push(mapped);
        }
    }
    out
}

fn flip(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    let mut in_word = false;
    for c in text.chars() {
        let letter = c.is_ascii_alphabetic();
        if letter && !in_word {
            out.push(RLO);
        } else if !letter && in_word {
            out.push(PDF);
        }
        in_word = letter;
        out.push(map_char(c, FLIPPED));
    }
    if in_word {
        out.push(PDF);
    }
    out
}

fn transform(source: &str, change: fn(&str) -> String, brackets: bool) -> String {
    // Parsed as `String` so that text can be replaced in place.
    let mut resource = parser::parse(source.to_owned()).unwrap_or_else(|(resource, _)| resource);
    // Junk is broken English; the rest is still worth previewing.
    resource.body.retain(|e| !matches!(e, Entry::Junk { .. }));
    for entry in &mut resource.body {
        let (value, attributes) = match entry {
            Entry::Message(m) => (m.value.as_mut(), &mut m.attributes),
            Entry::Term(t) => (Some(&mut t.value), &mut t.attributes),
            _ => continue,
        };
        for pattern in value.into_iter().chain(attributes.iter_mut().map(|a| &mut a.value)) {
            change_text(pattern, change);
            if brackets {
                bracket(pattern);
            }
        }
    }
    serializer::serialize(&resource)
}

/// Changes every text element, in variants too; placeables stay as they are.
fn change_text(pattern: &mut Pattern<String>, change: fn(&str) -> String) {
    for element in &mut pattern.elements {
        match element {
            PatternElement::TextElement { value } => *value = change(value),
            PatternElement::Placeable { expression } => change_expression(expression, change),
        }
    }
}

fn change_expression(expression: &mut Expression<String>, change: fn(&str) -> String) {
    match expression {
        Expression::Select { variants, .. } => {
            for variant in variants {
                change_text(&mut variant.value, change);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => change_expression(expression, change),
        Expression::Inline(_) => {}
    }
}

/// Wraps a pattern in `[` `]`. A multi-line pattern is written from the next line, where a
/// line may not start with `[` (it would read as a variant key), so there the `[` is `{ "[" }`.
fn bracket(pattern: &mut Pattern<String>) {
    let multiline = pattern.elements.iter().any(|e| match e {
        PatternElement::TextElement { value } => value.contains('\n'),
        PatternElement::Placeable { expression } => is_select(expression),
    });
    match pattern.elements.first_mut() {
        _ if multiline => pattern.elements.insert(
            0,
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value: "[".to_owned() }),
            },
        ),
        Some(PatternElement::TextElement { value }) => value.insert(0, '['),
        _ => pattern.elements.insert(0, PatternElement::TextElement { value: "[".to_owned() }),
    }
    match pattern.elements.last_mut() {
        Some(PatternElement::TextElement { value }) => value.push(']'),
        _ => pattern.elements.push(PatternElement::TextElement { value: "]".to_owned() }),
    }
}

/// As the serializer decides: a select, even inside `{ { … } }`, starts the pattern on a new line.
fn is_select(expression: &Expression<String>) -> bool {
    match expression {
        Expression::Select { .. } => true,
        Expression::Inline(InlineExpression::Placeable { expression }) => is_select(expression),
        Expression::Inline(_) => false,
    }
}
