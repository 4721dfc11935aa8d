//! Content checks before publishing: advice, not errors. Each piece names the place it is about
//! (as `rules::Problem` does, so the same `fix_link` finds the page that fixes it) and never
//! stops a version being published: these are judgements a designer may overrule.
//!
//! - a hint where the GOV.UK pattern wants one (see `hint_needed`);
//! - link text that does not say where it leads, and phrases like "click here", in every
//!   language the draft has, with that language's own list (`Vague`, from the designer's Fluent
//!   messages `designer-advice-vague-links` and `designer-advice-vague-phrases`);
//! - the same question asked twice;
//! - a question that asks for what the citizen's profile holds but does not use it (tell us once);
//! - a short text that asks for a name, an organisation or a postcode without autofill (WCAG 1.3.5).
//!
//! Label words are read in English, the language a service is written in.

use super::draft::Draft;
use crate::{
    i18n::SOURCE_LANGUAGE,
    services::model::{Kind, Question},
};

/// One piece of advice: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    /// `title`, `questions[2]`, `exits[0]`: where the text or question is.
    pub place: String,
    pub kind: AdviceKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AdviceKind {
    /// A hint would help; the message id says which hint and why.
    Hint(&'static str),
    /// Link text that does not make sense on its own, in language `lang`.
    VagueLink { lang: String, text: String },
    /// A phrase like "click here" in a text, in language `lang`.
    VaguePhrase { lang: String, phrase: String },
    /// The same question as question `number` (counted from 1).
    Duplicate { number: usize },
    /// Asks for a profile detail without using the profile.
    Profile { field: &'static str },
    /// Asks for an email address, phone number or address as plain text: the type that checks
    /// it, fills it in and can use the profile is `kind` (`email`, `phone`, `address`).
    Kind { kind: &'static str },
    /// A short text that should let the browser fill it in with `token`.
    Autocomplete { token: &'static str },
}

impl Advice {
    /// The Fluent message id, and its variables (`field`, `kind` and `token` hold message
    /// ids, which the page puts in words).
    // l10n: uses designer-profile-* designer-kind-* designer-autofill-*
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match &self.kind {
            AdviceKind::Hint(id) => (*id, vec![]),
            AdviceKind::VagueLink { lang, text } => ("designer-advice-vague-link", vec![("language", lang.clone()), ("text", text.clone())]),
            AdviceKind::VaguePhrase { lang, phrase } => ("designer-advice-vague-phrase", vec![("language", lang.clone()), ("text", phrase.clone())]),
            AdviceKind::Duplicate { number } => ("designer-advice-duplicate", vec![("number", number.to_string())]),
            AdviceKind::Profile { field } => ("designer-advice-profile", vec![("field", format!("designer-profile-{}", field.replace('_', "-")))]),
            AdviceKind::Kind { kind } => ("designer-advice-kind", vec![("kind", format!("designer-kind-{kind}"))]),
            AdviceKind::Autocomplete { token } => ("designer-advice-autocomplete", vec![("token", format!("designer-autofill-{token}"))]),
        }
    }
}

/// A language's vague words: link texts that say nothing on their own ("here", "more"), and
/// phrases that make no sense in a text ("click here"). Lower case.
#[derive(Clone, Debug, Default)]
pub struct Vague {
    pub lang: String,
    pub links: Vec<String>,
    pub phrases: Vec<String>,
}

impl Vague {
    /// From the two comma-separated lists of a language's messages.
    pub fn from_lists(lang: &str, links: &str, phrases: &str) -> Self {
        let split = |list: &str| list.split(',').map(normalise).filter(|w| !w.is_empty()).collect();
        Self { lang: lang.to_owned(), links: split(links), phrases: split(phrases) }
    }
}

/// Lower case, letters and digits only, single spaces: "Click here!" and "click  here" match.
fn normalise(text: &str) -> String {
    let kept: String = text.chars().map(|c| if c.is_alphanumeric() { c.to_lowercase().next().unwrap_or(c) } else { ' ' }).collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn has(words: &str, phrase: &str) -> bool {
    format!(" {words} ").contains(&format!(" {phrase} "))
}

/// Whether a label is about someone else ("their name"): autofill and the profile are for the
/// person filling in the form only.
fn about_someone_else(label: &str) -> bool {
    ["their", "his", "her", "partner", "child", "childs", "landlord", "employer", "agent"].iter().any(|w| has(label, w))
}

/// Which hint the GOV.UK pattern wants, if the question has none. Dates are not here: the engine
/// shows "For example, 27 3 2007" under a date without a hint, as the date input pattern does.
fn hint_needed(question: &Question, label: &str) -> Option<&'static str> {
    if question.hint.is_some() {
        return None;
    }
    match &question.kind {
        // GOV.UK "Upload a file": say which document, and what it must show; the engine adds the
        // types and the size limit itself.
        Kind::File { .. } => Some("designer-advice-hint-file"),
        // GOV.UK "Money": say which amount people should give (per week or month, before or
        // after tax), or they guess.
        Kind::Money { .. } => Some("designer-advice-hint-money"),
        // GOV.UK "National Insurance number" and other reference numbers: show the format with
        // an example, so people find the right number and type it as expected.
        Kind::Text { .. } => ["national insurance", "nhs number", "reference", "registration", "account number", "sort code", "vat", "utr", "number plate"]
            .iter()
            .any(|w| has(label, w))
            .then_some("designer-advice-hint-code"),
        _ => None,
    }
}

/// The profile detail a question asks for, by its type and its label's words.
fn profile_like(question: &Question, label: &str) -> Option<&'static str> {
    if question.profile.is_some() || about_someone_else(label) {
        return None;
    }
    let yours = has(label, "your") || has(label, "you");
    match &question.kind {
        Kind::Email => Some("email"),
        Kind::Phone => Some("phone"),
        Kind::Address if yours => Some("address"),
        Kind::Date { .. } if ["date of birth", "born", "birthday"].iter().any(|w| has(label, w)) => Some("date_of_birth"),
        _ => None,
    }
}

/// The type a short text should have been, when it asks for the person's own contact details.
fn better_kind(question: &Question, label: &str) -> Option<&'static str> {
    if !matches!(question.kind, Kind::Text { .. }) || about_someone_else(label) {
        return None;
    }
    if has(label, "email") {
        Some("email")
    } else if ["phone", "telephone", "mobile"].iter().any(|w| has(label, w)) {
        Some("phone")
    } else if has(label, "your address") || has(label, "home address") {
        Some("address")
    } else {
        None
    }
}

/// The autofill a short text should ask for (one the designer can choose), when it has none.
fn autocomplete_for(question: &Question, label: &str) -> Option<&'static str> {
    let Kind::Text { autocomplete, .. } = &question.kind else { return None };
    if autocomplete.as_deref().is_some_and(|t| t != "off" && t != "none") || about_someone_else(label) {
        return None;
    }
    let any = |words: &[&str]| words.iter().any(|w| has(label, w));
    if any(&["first name", "given name", "forename", "first names"]) {
        Some("given-name")
    } else if any(&["last name", "surname", "family name"]) {
        Some("family-name")
    } else if any(&["postcode", "post code"]) {
        Some("postal-code")
    } else if any(&["organisation", "organization", "company name", "business name"]) {
        Some("organization")
    } else if any(&["your name", "full name"]) || label == "name" {
        Some("name")
    } else {
        None
    }
}

/// Every piece of advice for `draft`, checked against each language's vague words.
pub fn advise(draft: &Draft, vague: &[Vague]) -> Vec<Advice> {
    let d = &draft.definition;
    let mut advice = Vec::new();
    let mut add = |place: String, kind: AdviceKind| advice.push(Advice { place, kind });
    let english = |id: &str| normalise(&draft.text(SOURCE_LANGUAGE, id));
    let mut seen: Vec<(String, String)> = Vec::new();
    for (n, q) in d.questions.iter().enumerate() {
        let here = format!("questions[{n}]");
        let label = english(&q.label);
        if let Some(hint) = hint_needed(q, &label) {
            add(here.clone(), AdviceKind::Hint(hint));
        }
        if let Some(at) = seen.iter().position(|(id, text)| *id == q.label || (!label.is_empty() && *text == label)) {
            add(here.clone(), AdviceKind::Duplicate { number: at + 1 });
        }
        seen.push((q.label.clone(), label.clone()));
        if let Some(field) = profile_like(q, &label) {
            add(here.clone(), AdviceKind::Profile { field });
        }
        if let Some(kind) = better_kind(q, &label) {
            add(here.clone(), AdviceKind::Kind { kind });
        } else if let Some(token) = autocomplete_for(q, &label) {
            add(here.clone(), AdviceKind::Autocomplete { token });
        }
    }
    // Link text: the service's name is its link in the list of services, and a question's
    // summary label (or label) the hidden end of its "Change" link in check your answers.
    let mut links: Vec<(String, &str)> = vec![("title".into(), d.title.as_str())];
    links.extend(d.questions.iter().enumerate().map(|(n, q)| (format!("questions[{n}]"), q.summary_label.as_deref().unwrap_or(&q.label))));
    // Texts people read, where "click here" makes no sense (there is nothing to click).
    let mut texts: Vec<(String, &str)> = vec![("summary".into(), d.summary.as_str()), ("declaration".into(), d.declaration.as_str())];
    texts.extend(d.before_you_start.iter().map(|t| ("before_you_start".to_owned(), t.as_str())));
    texts.extend(d.what_happens_next.iter().map(|t| ("what_happens_next".to_owned(), t.as_str())));
    for (n, q) in d.questions.iter().enumerate() {
        texts.extend([Some(q.label.as_str()), q.hint.as_deref()].into_iter().flatten().map(|t| (format!("questions[{n}]"), t)));
    }
    for (n, e) in d.exits.iter().enumerate() {
        texts.extend(std::iter::once(e.title.as_str()).chain(e.body.iter().map(String::as_str)).map(|t| (format!("exits[{n}]"), t)));
    }
    for words in vague.iter().filter(|v| draft.texts.contains_key(&v.lang)) {
        for (place, id) in &links {
            let text = draft.text(&words.lang, id);
            if words.links.contains(&normalise(&text)) {
                add(place.clone(), AdviceKind::VagueLink { lang: words.lang.clone(), text });
            }
        }
        for (place, id) in &texts {
            let text = normalise(&draft.text(&words.lang, id));
            if let Some(phrase) = words.phrases.iter().find(|p| has(&text, p)) {
                add(place.clone(), AdviceKind::VaguePhrase { lang: words.lang.clone(), phrase: phrase.clone() });
            }
        }
    }
    advice
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> Draft {
        let mut draft = Draft::new_service("pothole", "Report a pothole", "roads");
        for (label, kind) in [
            ("What is your email address?", "email"),
            ("Your full name", "text"),
            ("Upload a photo", "file"),
            ("Your full name", "text"),
            ("Your National Insurance number", "text"),
            ("What is your date of birth?", "date"),
            ("Your phone number", "text"),
            ("Their name", "text"),
        ] {
            draft.add_question(crate::designer::draft::kind(kind).unwrap(), label);
        }
        draft.definition.before_you_start = draft.set_paragraphs(&[], "pothole-before", "Click here to read the rules.");
        draft
    }

    fn english() -> Vec<Vague> {
        vec![Vague::from_lists("en", "here, click here, more, continue, start", "click here, read more")]
    }

    fn at(advice: &[Advice], place: &str) -> Vec<AdviceKind> {
        advice.iter().filter(|a| a.place == place).map(|a| a.kind.clone()).collect()
    }

    #[test]
    fn each_check_finds_its_question() {
        let advice = advise(&draft(), &english());
        assert_eq!(at(&advice, "questions[0]"), vec![AdviceKind::Profile { field: "email" }]);
        assert_eq!(at(&advice, "questions[1]"), vec![AdviceKind::Autocomplete { token: "name" }]);
        assert_eq!(at(&advice, "questions[2]"), vec![AdviceKind::Hint("designer-advice-hint-file")]);
        assert_eq!(at(&advice, "questions[3]"), vec![AdviceKind::Duplicate { number: 2 }, AdviceKind::Autocomplete { token: "name" }]);
        assert_eq!(at(&advice, "questions[4]"), vec![AdviceKind::Hint("designer-advice-hint-code")]);
        assert_eq!(at(&advice, "questions[5]"), vec![AdviceKind::Profile { field: "date_of_birth" }]);
        assert_eq!(at(&advice, "questions[6]"), vec![AdviceKind::Kind { kind: "phone" }]);
        assert_eq!(at(&advice, "questions[7]"), vec![], "someone else's name is not autofilled");
        assert_eq!(at(&advice, "before_you_start"), vec![AdviceKind::VaguePhrase { lang: "en".into(), phrase: "click here".into() }]);
    }

    #[test]
    fn vague_words_are_checked_in_each_language_with_its_own_list() {
        let mut draft = draft();
        let title = draft.definition.title.clone();
        draft.set_text(SOURCE_LANGUAGE, &title, "Start");
        draft.set_text("cy", &title, "Yma");
        let lists = vec![Vague::from_lists("cy", "yma, mwy", "cliciwch yma"), Vague::from_lists("pl", "tutaj", "kliknij tutaj")];
        let advice = advise(&draft, &lists);
        assert_eq!(at(&advice, "title"), vec![AdviceKind::VagueLink { lang: "cy".into(), text: "Yma".into() }], "English is not checked without its list");
        let advice = advise(&draft, &english());
        assert_eq!(at(&advice, "title"), vec![AdviceKind::VagueLink { lang: "en".into(), text: "Start".into() }]);
    }

    #[test]
    fn a_question_with_its_hint_and_profile_has_no_advice() {
        let mut draft = draft();
        for q in &mut draft.definition.questions {
            q.hint = Some("h".into());
            q.profile = Some("x".into());
        }
        draft.definition.questions.truncate(3);
        if let Kind::Text { autocomplete, .. } = &mut draft.definition.questions[1].kind {
            *autocomplete = Some("name".into());
        }
        assert_eq!(advise(&draft, &[]), vec![]);
    }
}
