//! Tests over small repository trees written to temporary folders.

use super::*;
use std::path::{Path, PathBuf};

/// A repository tree in a temporary folder, removed when dropped.
struct Tree(PathBuf);

impl Tree {
    fn new(files: &[(&str, &str)]) -> Self {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let root = std::env::temp_dir().join(format!("portico-l10n-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for (path, text) in files {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().expect("a file has a folder")).expect("create folder");
            std::fs::write(&path, text).expect("write fixture");
        }
        std::fs::create_dir_all(root.join("src")).expect("create src");
        Tree(root)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn check(&self) -> Report {
        check(&self.0)
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Findings with `code`, as `locale file:line:column id`.
fn found(report: &Report, code: Code) -> Vec<String> {
    report
        .with_code(code)
        .map(|f| format!("{} {}:{}:{} {}", f.locale, f.file, f.line, f.column, f.id.clone().unwrap_or_default()))
        .collect()
}

/// English and Welsh files with the code using every English message.
fn tree(en: &str, cy: &str) -> Tree {
    Tree::new(&[
        ("locales/en/main.ftl", en),
        ("locales/cy/main.ftl", cy),
        ("src/uses.rs", "// l10n: uses *\n"),
    ])
}

#[test]
fn a_clean_tree_has_no_findings() {
    let t = tree("language-name = English\nhello = Hello { $name }\n", "language-name = Cymraeg\nhello = Helo { $name }\n");
    let report = t.check();
    assert!(report.findings.is_empty(), "{report}");
    assert!(!report.has_errors());
    assert_eq!(report.locales, ["en", "cy"]);
    assert_eq!(report.files_checked, 2);
}

#[test]
fn a_syntax_error_is_reported_at_the_parsers_position_and_its_message_is_not_also_missing() {
    let t = tree("language-name = English\nhello = Hello\n", "language-name = Cymraeg\n\nhello = Helo }\n");
    let report = t.check();
    let syntax: Vec<_> = report.with_code(Code::Syntax).collect();
    assert_eq!(syntax.len(), 1, "{report}");
    assert_eq!((syntax[0].file.as_str(), syntax[0].line, syntax[0].column), ("locales/cy/main.ftl", 3, 14));
    assert_eq!(syntax[0].severity, Severity::Error);
    assert!(found(&report, Code::MissingMessage).is_empty(), "{report}");
}

#[test]
fn a_translation_missing_a_message_is_reported_at_the_english_line() {
    let t = Tree::new(&[
        ("locales/en/main.ftl", "language-name = English\n"),
        ("locales/en/services/form.ftl", "# A comment.\n\nform-title = Form\nform-hint = Hint\n"),
        ("locales/cy/main.ftl", "language-name = Cymraeg\n"),
        ("locales/cy/services/form.ftl", "form-title = Ffurflen\n"),
        ("src/uses.rs", "// l10n: uses *\n"),
    ]);
    let report = t.check();
    assert_eq!(found(&report, Code::MissingMessage), ["cy locales/en/services/form.ftl:4:1 form-hint"]);
    let finding = report.with_code(Code::MissingMessage).next().expect("one finding");
    assert_eq!(finding.severity, Severity::Warning);
    assert!(finding.explanation.contains("locales/cy/services/form.ftl"), "{}", finding.explanation);
}

#[test]
fn a_language_without_its_name_is_an_error() {
    let t = tree("language-name = English\n", "hello = Helo\n");
    let report = t.check();
    let missing: Vec<_> = report.with_code(Code::MissingMessage).collect();
    assert_eq!(missing[0].severity, Severity::Error);
    assert!(report.has_errors());
}

#[test]
fn a_message_that_moved_to_another_file_is_neither_missing_nor_obsolete() {
    let t = Tree::new(&[
        ("locales/en/a.ftl", "language-name = English\nmoved = Moved\n"),
        ("locales/cy/b/c.ftl", "moved = Symudwyd\nlanguage-name = Cymraeg\n"),
        ("src/uses.rs", "// l10n: uses *\n"),
    ]);
    assert!(t.check().findings.is_empty(), "{}", t.check());
}

#[test]
fn a_message_english_does_not_have_is_obsolete_at_its_own_line() {
    let t = tree("language-name = English\n", "language-name = Cymraeg\n-old-term = Hen\nold = Hen\n");
    let report = t.check();
    assert_eq!(found(&report, Code::ObsoleteMessage), ["cy locales/cy/main.ftl:2:1 -old-term", "cy locales/cy/main.ftl:3:1 old"]);
}

#[test]
fn missing_and_obsolete_attributes_are_reported() {
    let t = tree(
        "language-name = English\nbutton = Save\n    .title = Save it\n    .aria-label = Save\n",
        "language-name = Cymraeg\nbutton = Cadw\n    .title = Cadw fe\n    .tooltip = Cadw\n",
    );
    let report = t.check();
    assert_eq!(found(&report, Code::MissingAttribute), ["cy locales/cy/main.ftl:2:1 button"]);
    assert_eq!(found(&report, Code::ObsoleteAttribute), ["cy locales/cy/main.ftl:4:5 button"]);
}

#[test]
fn a_variable_english_does_not_have_is_an_error_at_its_place() {
    let t = tree(
        "language-name = English\ngreet = Hello { $name }\n    .title = Hi { $name }\n",
        "language-name = Cymraeg\ngreet = Helo { $name } { $nmae }\n    .title = Hai { $who }\n",
    );
    let report = t.check();
    assert_eq!(found(&report, Code::UnknownVariable), ["cy locales/cy/main.ftl:2:26 greet", "cy locales/cy/main.ftl:3:20 greet"]);
    assert!(report.has_errors());
    // `.title` lost $name too.
    assert_eq!(found(&report, Code::MissingVariable), ["cy locales/cy/main.ftl:3:5 greet"]);
}

#[test]
fn a_variable_dropped_in_one_variant_is_fine_but_dropped_from_every_variant_is_a_warning() {
    let en = "language-name = English\n\
              items = { $count ->\n    [one] One item\n   *[other] { $count } items\n}\n\
              files = { $count ->\n    [one] One file\n   *[other] { $count } files\n}\n";
    let cy = "language-name = Cymraeg\n\
              items = { $count ->\n    [zero] Dim\n    [one] Un eitem\n    [two] Dau eitem\n    [few] Tri eitem\n    [many] Chwe eitem\n   *[other] { $count } eitem\n}\n\
              files = { $n ->\n    [zero] Dim\n    [one] Un\n    [two] Dau\n    [few] Tri\n    [many] Chwech\n   *[other] Llawer\n}\n";
    let report = tree(en, cy).check();
    assert_eq!(found(&report, Code::MissingVariable), ["cy locales/cy/main.ftl:10:1 files"], "{report}");
    assert_eq!(found(&report, Code::UnknownVariable), ["cy locales/cy/main.ftl:10:11 files"]);
    assert!(found(&report, Code::MissingPluralCategory).is_empty(), "{report}");
}

#[test]
fn a_select_without_a_default_variant_is_reported() {
    let t = tree(
        "language-name = English\nitems = { $count ->\n    [one] One\n   *[other] Many\n}\n",
        "language-name = Cymraeg\nitems = { $count ->\n    [one] Un\n    [other] Llawer\n}\n",
    );
    let report = t.check();
    let findings: Vec<_> = report.with_code(Code::NoDefaultVariant).collect();
    assert_eq!(findings.len(), 1, "{report}");
    assert_eq!((findings[0].file.as_str(), findings[0].severity), ("locales/cy/main.ftl", Severity::Error));
}

#[test]
fn a_welsh_plural_lacking_categories_is_reported_with_the_missing_ones() {
    let t = tree(
        "language-name = English\nitems = { $count ->\n    [one] One item\n   *[other] { $count } items\n}\n",
        "language-name = Cymraeg\nitems = { $count ->\n    [one] Un eitem\n   *[other] { $count } eitem\n}\n",
    );
    let report = t.check();
    let findings: Vec<_> = report.with_code(Code::MissingPluralCategory).collect();
    assert_eq!(findings.len(), 1, "{report}");
    assert_eq!((findings[0].line, findings[0].column), (2, 11));
    assert!(findings[0].explanation.contains("[zero], [two], [few], [many]"), "{}", findings[0].explanation);
}

#[test]
fn arabic_zero_is_covered_by_a_zero_key_and_polish_needs_few_and_many() {
    let t = Tree::new(&[
        ("locales/en/main.ftl", "language-name = English\nitems = { $count ->\n    [one] One item\n   *[other] { $count } items\n}\n"),
        (
            "locales/ar/main.ftl",
            "language-name = العربية\nitems = { $count ->\n    [0] لا شيء\n    [one] واحد\n    [two] اثنان\n    [few] قليل\n    [many] كثير\n   *[other] { $count }\n}\n",
        ),
        ("locales/pl/main.ftl", "language-name = Polski\nitems = { $count ->\n    [one] Jeden\n   *[other] { $count }\n}\n"),
        ("src/uses.rs", "// l10n: uses *\n"),
    ]);
    let report = t.check();
    let missing: Vec<_> = report.with_code(Code::MissingPluralCategory).collect();
    assert_eq!(missing.len(), 1, "{report}");
    assert_eq!(missing[0].locale, "pl");
    assert!(missing[0].explanation.contains("[few], [many]"), "{}", missing[0].explanation);
}

#[test]
fn a_select_is_plural_by_its_own_keys_or_by_englishs_but_not_by_other_words() {
    let en = "language-name = English\n\
              who = { $gender ->\n    [female] She\n   *[other] They\n}\n\
              count = { $n ->\n    [one] One\n   *[other] Many\n}\n";
    // Welsh `count` uses number keys only, but English makes it a plural select.
    let cy = "language-name = Cymraeg\n\
              who = { $gender ->\n    [female] Hi\n   *[other] Nhw\n}\n\
              count = { $n ->\n    [1] Un\n   *[other] Llawer\n}\n";
    let report = tree(en, cy).check();
    let missing: Vec<_> = report.with_code(Code::MissingPluralCategory).map(|f| f.id.clone().unwrap_or_default()).collect();
    assert_eq!(missing, ["count"], "{report}");
}

#[test]
fn an_id_defined_twice_in_one_language_is_an_error_even_across_files() {
    let t = Tree::new(&[
        ("locales/en/a.ftl", "language-name = English\nhello = Hello\n"),
        ("locales/cy/a.ftl", "language-name = Cymraeg\nhello = Helo\n"),
        ("locales/cy/b.ftl", "\nhello = Shwmae\n"),
        ("src/uses.rs", "// l10n: uses *\n"),
    ]);
    let report = t.check();
    assert_eq!(found(&report, Code::DuplicateId), ["cy locales/cy/b.ftl:2:1 hello"]);
    assert!(report.with_code(Code::DuplicateId).all(|f| f.explanation.contains("locales/cy/a.ftl:2")));
}

#[test]
fn references_to_unknown_messages_terms_and_attributes_are_errors_and_english_counts_as_fallback() {
    let en = "language-name = English\n-brand = Portico\nbutton = Save\n    .title = Save it\nhello = Hello { -brand }\n";
    let cy = "language-name = Cymraeg\n\
              hello = Helo { -brand } { -brnd } { buton } { button.title } { button.tooltip } { language-name }\n";
    let report = tree(en, cy).check();
    assert_eq!(
        found(&report, Code::UnknownReference),
        ["cy locales/cy/main.ftl:2:27 hello", "cy locales/cy/main.ftl:2:37 hello", "cy locales/cy/main.ftl:2:64 hello"],
        "{report}"
    );
}

#[test]
fn an_id_the_code_asks_for_that_english_lacks_is_an_error_at_the_code() {
    let t = Tree::new(&[
        ("locales/en/main.ftl", "language-name = English\nhello = Hello\n"),
        (
            "src/page.rs",
            "fn page(i: &I18n) {\n    let a = i.t(\"hello\");\n    let b = t!(i, \"helo\", name = x);\n    let c = \"not-an-id\";\n}\n// l10n: uses language-name\n",
        ),
    ]);
    let report = t.check();
    assert_eq!(found(&report, Code::UnknownIdInCode), ["en src/page.rs:3:19 helo"]);
    assert!(found(&report, Code::UnusedMessage).is_empty(), "{report}");
}

#[test]
fn a_service_definition_claims_the_ids_under_its_text_keys() {
    let t = Tree::new(&[
        ("locales/en/main.ftl", "language-name = English\nsvc-title = A service\nsvc-q = A question?\n"),
        (
            "src/services/definitions/svc.toml",
            "id = \"svc\"\ntitle = \"svc-title\"\nbefore_you_start = [\"svc-before\"]\n\n[[questions]]\nid = \"q\"\nlabel = \"svc-q\"\noptions = [{ value = \"a\", label = \"svc-q-a\" }]\n",
        ),
        ("src/i18n.rs", "fn f() { bundle.get_message(\"language-name\"); }\n"),
    ]);
    let report = t.check();
    assert_eq!(
        found(&report, Code::UnknownIdInCode),
        ["en src/services/definitions/svc.toml:3:21 svc-before", "en src/services/definitions/svc.toml:8:35 svc-q-a"]
    );
    assert!(found(&report, Code::UnusedMessage).is_empty(), "{report}");
}

#[test]
fn an_english_message_nothing_uses_is_a_warning_and_uses_comments_and_references_count() {
    let t = Tree::new(&[
        (
            "locales/en/main.ftl",
            "language-name = English\nmonth-1 = January\nmonth-2 = February\nwrapper = { inner }\ninner = Inner\nlonely = Alone\nstatus-open = Open\n",
        ),
        (
            "src/dates.rs",
            "// l10n: uses month-*\nfn m(i: &I18n, n: u32) -> String { i.t(&format!(\"month-{n}\")) }\n\
             fn s(i: &I18n, s: &str) -> String { i.t(&format!(\"status-{s}\")) }\nconst W: &str = \"wrapper\";\n\
             const N: &str = \"language-name\";\n// l10n: uses gone-*\n",
        ),
    ]);
    let report = t.check();
    assert_eq!(found(&report, Code::UnusedMessage), ["en locales/en/main.ftl:6:1 lonely", "en locales/en/main.ftl:7:1 status-open"]);
    assert_eq!(found(&report, Code::DynamicIdInCode), ["en src/dates.rs:3:50 "]);
    assert_eq!(found(&report, Code::StaleUsesComment), ["en src/dates.rs:6:1 "]);
    assert!(!report.has_errors(), "{report}");
}

#[test]
fn the_report_renders_as_text_grouped_by_language_and_as_json() {
    let t = tree("language-name = English\nhello = Hello\n", "language-name = Cymraeg\nhello = Helo { $x }\nextra = Mwy\n");
    let report = t.check();
    let text = report.to_string();
    assert!(text.contains("== cy (1 error, 1 warning) =="), "{text}");
    assert!(text.contains("locales/cy/main.ftl:2:16: error[unknown-variable]: $x is not a variable of 'hello'"), "{text}");
    assert!(text.contains("locales/cy/main.ftl:3:1: warning[obsolete-message]:"), "{text}");
    assert!(text.trim_end().ends_with("1 error, 1 warning (obsolete-message: 1, unknown-variable: 1)"), "{text}");
    let json = serde_json::to_value(&report).expect("serialisable");
    assert_eq!(json["summary"]["errors"], 1);
    assert_eq!(json["findings"][0]["code"], "unknown-variable");
    assert_eq!(json["findings"][0]["severity"], "error");
    assert_eq!(json["findings"][0]["line"], 2);
    assert!(report.has_errors());
}

#[test]
fn an_unreadable_file_is_reported_and_does_not_panic() {
    let t = Tree::new(&[("locales/en/main.ftl", "language-name = English\n"), ("src/uses.rs", "// l10n: uses *\n")]);
    std::fs::create_dir_all(t.path().join("locales/cy")).expect("folder");
    std::fs::write(t.path().join("locales/cy/main.ftl"), [0xff, 0xfe, b'x']).expect("write");
    let report = t.check();
    assert_eq!(found(&report, Code::UnreadableFile), ["cy locales/cy/main.ftl:1:1 "]);
}

#[test]
fn a_byte_order_mark_is_explained_and_its_first_message_is_not_called_missing() {
    let t = tree("language-name = English\n", "\u{feff}language-name = Cymraeg\n");
    let report = t.check();
    let syntax: Vec<_> = report.with_code(Code::Syntax).collect();
    assert_eq!(syntax.len(), 1, "{report}");
    assert!(syntax[0].explanation.contains("byte order mark"), "{report}");
    assert!(found(&report, Code::MissingMessage).is_empty(), "{report}");
}

#[test]
fn garbled_translations_yield_findings_and_never_panic() {
    let nasty = [
        "",
        "{",
        "}}}",
        "\u{feff}language-name = Cymraeg\r\nhello = Helo { $x\r\n",
        "hello = { $n ->\n    [one] Un\n}\n",
        "hello = { $n ->\n   *[other] { $n ->\n       *[other] x { -t(a: 1, $b) }\n    }\n}\n",
        "héllo ünïcode = ☃ {\n-term =\n.attr = x\n",
        "hello =\n    .title = { \"unterminated\n",
    ];
    for text in nasty {
        let t = tree("language-name = English\nhello = Hello\n", text);
        let report = t.check();
        let _ = (report.to_string(), serde_json::to_string(&report));
        let _ = (status(t.path()).to_string(), pseudo_accented(text), pseudo_rtl(text));
    }
}

#[test]
fn status_counts_translated_missing_and_identical_messages() {
    let en = "language-name = English\nok = OK\nemail = Email\nhello = Hello\nbye = Goodbye\nwhen = { $weekday } { $date }\n-brand = Portico\n";
    let cy = "language-name = Cymraeg\n# l10n: same-as-english\nok = OK\nemail = Email\nhello = Helo\nwhen = { $weekday } { $date }\n-brand = Portico\nold = Hen\n";
    let t = tree(en, cy);
    let status = status(t.path());
    assert_eq!(status.total, 7);
    let cy = &status.locales[0];
    assert_eq!(cy.locale, "cy");
    assert_eq!((cy.translated, cy.untranslated, cy.missing, cy.obsolete), (4, 2, 1, 1));
    assert_eq!(cy.untranslated_ids, ["email", "-brand"]);
    assert_eq!(cy.missing_ids, ["bye"]);
    assert_eq!(cy.percent, 57.1);
    let table = status.to_string();
    assert!(table.contains("cy              4/7            2        1        1     57.1%"), "{table}");
    assert_eq!(serde_json::to_value(&status).expect("serialisable")["locales"][0]["missing"], 1);
}

const ENGLISH: &str = "### Resource comment\n\n\
# A comment.\n\
hello = Hello, { $name }!\n    .title = Say hello\n\
-brand = Portico\n\
items = { $count ->\n    [one] One item in { -brand }\n   *[other] { $count } items\n}\n\
long =\n    First line\n    second line\n\
ref = See { hello } and { hello.title }\n\
only-attrs =\n    .label = Label\n";

fn reparse(text: &str) -> fluent_syntax::ast::Resource<&str> {
    match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("pseudo text does not parse: {errors:?}\n{text}"),
    }
}

#[test]
fn the_accented_pseudo_locale_changes_text_only_and_parses_again() {
    let out = pseudo_accented(ENGLISH);
    reparse(&out);
    assert!(out.contains("hello = [Ħḗḗŀŀǿǿ, { $name }!]"), "{out}");
    assert!(out.contains(".title = [Şȧȧẏ ħḗḗŀŀǿǿ]"), "{out}");
    assert!(out.contains("[one] ǾǾƞḗḗ īīŧḗḗḿ īīƞ { -brand }"), "{out}");
    assert!(out.contains("*[other] { $count } īīŧḗḗḿş"), "{out}");
    assert!(out.contains("{ \"[\" }Ƒīīřşŧ ŀīīƞḗḗ"), "{out}");
    assert!(out.contains("Şḗḗḗḗ { hello } ȧȧƞḓ { hello.title }]"), "{out}");
    assert!(out.contains("# A comment.\nhello") && out.contains("### Resource comment"), "{out}");
    assert_eq!(pseudo(PSEUDO_ACCENTED, ENGLISH).as_deref(), Some(out.as_str()));
    assert!(pseudo("fr", ENGLISH).is_none());
}

#[test]
fn the_accented_pseudo_locale_is_about_a_third_longer() {
    let english = "sentence = The quick brown fox jumps over the lazy dog near the riverbank\n";
    let text = |s: &str| s.split_once(" = ").map_or(0, |(_, t)| t.trim().chars().count());
    let ratio = text(&pseudo_accented(english)) as f64 / text(english) as f64;
    assert!((1.25..1.6).contains(&ratio), "{ratio}");
}

#[test]
fn the_rtl_pseudo_locale_flips_words_and_keeps_placeables() {
    let out = pseudo_rtl(ENGLISH);
    let resource = reparse(&out);
    assert_eq!(resource.body.len(), fluent_syntax::parser::parse(ENGLISH).expect("English parses").body.len());
    assert!(out.contains("hello = \u{202E}Hǝʅʅo\u{202C}, { $name }!"), "{out}");
    assert!(out.contains("[one] \u{202E}Ouǝ\u{202C} \u{202E}ıʇǝɯ\u{202C} \u{202E}ıu\u{202C} { -brand }"), "{out}");
    assert!(out.contains("{ hello.title }") && out.contains("{ $count ->"), "{out}");
    assert_eq!(pseudo(PSEUDO_RTL, ENGLISH).as_deref(), Some(out.as_str()));
}

#[test]
fn a_select_inside_a_nested_placeable_still_reparses() {
    let out = pseudo_accented("n = {{ $n ->\n    [one] One\n   *[other] Many\n}}\n");
    reparse(&out);
    assert!(out.contains("{ \"[\" }"), "{out}");
}

#[test]
fn a_broken_english_entry_is_left_out_of_the_pseudo_locale() {
    let out = pseudo_accented("ok = Fine\nbroken = { oops\nalso = Also\n");
    let resource = reparse(&out);
    assert_eq!(resource.body.len(), 2, "{out}");
    assert!(!out.contains("broken"));
}

/// Runs the checks on this repository, when it has `locales/`; prints only.
#[test]
fn the_real_tree_can_be_checked_without_panicking() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if !root.join("locales").is_dir() {
        return;
    }
    let report = check(root);
    println!("{report}");
    println!("{}", status(root));
}

/// Every English file of this repository, when it has them, makes pseudo-locales that parse.
#[test]
fn the_real_english_files_make_pseudo_locales_that_parse_again() {
    let english = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(SOURCE_LOCALE);
    let mut pending = vec![english];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let Ok(source) = std::fs::read_to_string(&path) else { continue };
            let Ok(original) = fluent_syntax::parser::parse(source.as_str()) else { continue };
            for out in [pseudo_accented(&source), pseudo_rtl(&source)] {
                assert_eq!(reparse(&out).body.len(), original.body.len(), "{}", path.display());
            }
        }
    }
}

/// `locales/languages.toml` with English complete and the other languages as given.
fn list(others: &[(&str, &str, &str)]) -> String {
    let entry = |code: &str, direction: &str, status: &str| {
        format!("[[language]]\ncode = \"{code}\"\nname = \"{code}\"\ndirection = \"{direction}\"\nstatus = \"{status}\"\n\n")
    };
    let mut text = entry("en", "ltr", "complete");
    for (code, direction, status) in others {
        text.push_str(&entry(code, direction, status));
    }
    text
}

/// A copy of this repository's `locales/` in a temporary tree, with `edit` applied to one file.
fn real_locales_with(file: &str, edit: impl Fn(&str) -> String) -> Tree {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files = Vec::new();
    let mut pending = vec![source.clone()];
    while let Some(dir) = pending.pop() {
        for path in std::fs::read_dir(&dir).expect("locales/ is readable").flatten().map(|e| e.path()) {
            if path.is_dir() {
                pending.push(path);
            } else {
                let rel = format!("locales/{}", super::catalog::relative(&source, &path));
                let text = std::fs::read_to_string(&path).expect("UTF-8 text");
                files.push((rel.clone(), if rel == file { edit(&text) } else { text }));
            }
        }
    }
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    Tree::new(&borrowed)
}

#[test]
fn a_missing_welsh_message_is_an_error_because_welsh_is_complete() {
    let whole = real_locales_with("", str::to_owned);
    let gap = real_locales_with("locales/cy/shell.ftl", |text| {
        text.lines().filter(|l| !l.starts_with("shell-skip-link =")).map(|l| format!("{l}\n")).collect()
    });

    let before = whole.check();
    let after = gap.check();

    assert!(!before.has_errors(), "{before}");
    assert!(found(&before, Code::MissingMessage).is_empty(), "{before}");
    let missing: Vec<_> = after.with_code(Code::MissingMessage).collect();
    assert_eq!(missing.len(), 1, "{after}");
    assert_eq!((missing[0].severity, missing[0].locale.as_str(), missing[0].id.as_deref()), (Severity::Error, "cy", Some("shell-skip-link")));
    assert!(missing[0].explanation.contains("declared complete"), "{}", missing[0].explanation);
    assert!(after.has_errors());
}

#[test]
fn a_message_missing_from_a_language_in_progress_is_only_a_warning() {
    let t = Tree::new(&[
        ("locales/languages.toml", &list(&[("cy", "ltr", "complete"), ("pl", "ltr", "in-progress")])),
        ("locales/en/main.ftl", "hello = Hello\nbye = Bye\n"),
        ("locales/cy/main.ftl", "hello = Helo\n"),
        ("locales/pl/main.ftl", "hello = Cześć\n"),
        ("src/uses.rs", "// l10n: uses *\n"),
    ]);
    let report = t.check();
    let severities: Vec<(&str, Severity)> =
        report.with_code(Code::MissingMessage).map(|f| (f.locale.as_str(), f.severity)).collect();
    assert_eq!(severities, [("cy", Severity::Error), ("pl", Severity::Warning)], "{report}");
    // With a list, no language needs a `language-name` message: the list names them.
    assert_eq!(report.summary.errors, 1, "{report}");
}

#[test]
fn status_says_which_languages_are_complete_in_progress_or_not_listed() {
    let t = Tree::new(&[
        ("locales/languages.toml", &list(&[("cy", "ltr", "complete"), ("pl", "ltr", "in-progress")])),
        ("locales/en/main.ftl", "hello = Hello\n"),
        ("locales/cy/main.ftl", "hello = Helo\n"),
        ("locales/pl/main.ftl", "hello = Cześć\n"),
        ("locales/uk/main.ftl", "hello = Привіт\n"),
    ]);
    let status = status(t.path());
    let table = status.to_string();
    let json = serde_json::to_value(&status).expect("serialisable");
    let states: Vec<serde_json::Value> = (0..3).map(|n| json["locales"][n]["status"].clone()).collect();
    assert_eq!(states, [serde_json::json!("complete"), serde_json::json!("in-progress"), serde_json::Value::Null]);
    assert!(table.lines().any(|l| l.starts_with("cy ") && l.ends_with("  complete")), "{table}");
    assert!(table.lines().any(|l| l.starts_with("pl ") && l.ends_with("  in-progress")), "{table}");
    assert!(table.lines().any(|l| l.starts_with("uk ") && l.ends_with("  not listed")), "{table}");
}

#[test]
fn the_list_and_the_folders_must_agree() {
    let t = Tree::new(&[
        ("locales/languages.toml", &list(&[("cy", "rtl", "complete"), ("so", "ltr", "in-progress")])),
        ("locales/en/main.ftl", "hello = Hello\n"),
        ("locales/cy/main.ftl", "hello = Helo\n"),
        ("locales/pl/main.ftl", "hello = Cześć\n"),
        ("src/uses.rs", "// l10n: uses *\n"),
    ]);
    let report = t.check();
    let severity = |code| report.with_code(code).map(|f| (f.locale.clone(), f.severity)).collect::<Vec<_>>();
    assert_eq!(severity(Code::LanguageList), [("so".to_owned(), Severity::Error)], "{report}");
    assert_eq!(severity(Code::UnlistedLanguage), [("pl".to_owned(), Severity::Warning)], "{report}");
    assert_eq!(severity(Code::LanguageDirection), [("cy".to_owned(), Severity::Warning)], "{report}");
    let so = report.with_code(Code::LanguageList).next().expect("a finding");
    assert_eq!((so.file.as_str(), so.line), ("locales/languages.toml", 14));
}

#[test]
fn a_broken_list_is_an_error_at_its_line() {
    let t = Tree::new(&[
        ("locales/languages.toml", "[[language]]\ncode = \"en\"\nname = \"English\"\ndirection = \"up\"\nstatus = \"complete\"\n"),
        ("locales/en/main.ftl", "hello = Hello\n"),
        ("src/uses.rs", "// l10n: uses *\n"),
    ]);
    let report = t.check();
    assert_eq!(found(&report, Code::LanguageList), ["en locales/languages.toml:4:13 "], "{report}");
    assert!(report.has_errors());
}
