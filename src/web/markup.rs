//! The last pass over a rendered page: the island scripts, only on pages that have an island,
//! and hydration markers written as comments the HTML standard allows.
//!
//! Leptos's `HydrationScripts` would put the whole WASM bundle on every page, and (in 0.8.23) sets
//! the preload links' `crossorigin` to the CSP nonce, which makes the browser ignore the preload
//! and the Nu Html Checker refuse the page. A page with nothing to enhance should load nothing.

use leptos::config::LeptosOptions;

/// The element every island renders as; a page without one needs no script.
const ISLAND: &str = "<leptos-island";

/// Leptos's own island loader (MIT licence, from leptos 0.8's `hydration/island_script.js`): it
/// waits for the browser to be idle, loads the bundle, and hydrates each island.
const ISLAND_SCRIPT: &str = include_str!("island_script.js");

/// Adds the island scripts when the page has an island, and makes the markers valid.
pub fn finish(html: String, options: &LeptosOptions, nonce: &str) -> String {
    let html = valid_markers(&html);
    if !html.contains(ISLAND) {
        return html;
    }
    match html.find("</head>") {
        Some(at) => {
            let mut page = String::with_capacity(html.len() + 4096);
            page.push_str(&html[..at]);
            page.push_str(&island_scripts(options, nonce));
            page.push_str(&html[at..]);
            page
        }
        None => html,
    }
}

/// The preload hints and the module script. Module scripts never block the first render, and the
/// loader itself waits for idle time.
pub fn island_scripts(options: &LeptosOptions, nonce: &str) -> String {
    let pkg = &options.site_pkg_dir;
    let js = &options.output_name;
    // cargo-leptos names the WASM file after the package; a plain cargo build (the tests) uses
    // wasm-bindgen's `_bg` suffix, as Leptos's own component does.
    let wasm = if option_env!("LEPTOS_OUTPUT_NAME").is_none() { format!("{js}_bg") } else { js.to_string() };
    format!(
        "<link rel=\"modulepreload\" href=\"/{pkg}/{js}.js\">\
         <link rel=\"preload\" href=\"/{pkg}/{wasm}.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"anonymous\">\
         <script type=\"module\" nonce=\"{nonce}\">{ISLAND_SCRIPT}(\"\", {pkg:?}, {js:?}, {wasm:?});</script>"
    )
}

/// Leptos marks a place between two text nodes, or an empty one, with `<!>`: a comment to the
/// browser, but a parse error to the HTML standard. `<!---->` is the same empty comment, written
/// validly, so hydration sees the same nodes. Tags, comments, scripts and styles are copied as
/// they are, so an attribute value that happens to hold `<!>` is left alone.
pub fn valid_markers(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len() + 256);
    let mut copied = 0;
    let mut i = 0;
    while let Some(offset) = html[i..].find('<') {
        let at = i + offset;
        let rest = &html[at..];
        if rest.starts_with("<!>") {
            out.push_str(&html[copied..at]);
            out.push_str("<!---->");
            i = at + 3;
            copied = i;
        } else if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(html.len(), |end| at + end + 3);
        } else if bytes.get(at + 1).is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/' || *b == b'!') {
            let end = tag_end(html, at);
            let name = tag_name(&html[at + 1..end]);
            i = if name.eq_ignore_ascii_case("script") || name.eq_ignore_ascii_case("style") {
                let close = format!("</{name}");
                html[end..].find(&close).map_or(html.len(), |c| end + c)
            } else {
                end
            };
        } else {
            i = at + 1;
        }
    }
    out.push_str(&html[copied..]);
    out
}

/// Writes a rendered page to `dir` for the tests' HTML check. One file per address, language and
/// status, so a journey walked many times leaves one copy of each page (the last); a page that
/// cannot be written is only logged, since this never runs in production.
pub fn keep(dir: &std::path::Path, url: &crate::ui::shell::PageUrl, language: &str, status: axum::http::StatusCode, html: &str) {
    let mut name: String = url
        .path
        .chars()
        .chain(url.query.iter().flat_map(|(k, v)| ['?'].into_iter().chain(k.chars()).chain(['=']).chain(v.chars())))
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' })
        .take(150)
        .collect();
    name.push_str(&format!(".{language}.{}.html", status.as_u16()));
    if let Err(e) = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(dir.join(name), html)) {
        tracing::warn!(error = %e, "could not keep a page for the HTML check");
    }
}

/// Where the tag that opens at `start` ends (just past its `>`), minding quoted attribute values.
fn tag_end(html: &str, start: usize) -> usize {
    let mut quote = None;
    for (n, c) in html[start..].char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return start + n + 1,
            _ => {}
        }
    }
    html.len()
}

fn tag_name(tag: &str) -> &str {
    let end = tag.find(|c: char| !c.is_ascii_alphanumeric() && c != '-').unwrap_or(tag.len());
    &tag[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_between_text_become_valid_empty_comments() {
        assert_eq!(valid_markers("<p>one<!>two</p><!>"), "<p>one<!---->two</p><!---->");
    }

    #[test]
    fn attribute_values_comments_and_scripts_are_left_as_they_are() {
        let html = r#"<leptos-island data-props="{&quot;a&quot;:&quot;<!>&quot;}" title='<!>'><!-- <!> --><script>let s = "<!>";</script><style>a::after{content:"<!>"}</style>"#;
        assert_eq!(valid_markers(html), html);
    }

    #[test]
    fn text_that_only_looks_like_a_tag_is_copied() {
        assert_eq!(valid_markers("a < b <!> c"), "a < b <!----> c");
        assert_eq!(valid_markers("<p>unclosed <"), "<p>unclosed <");
    }

    #[test]
    fn a_page_without_an_island_gets_no_script() {
        let options = LeptosOptions::builder().output_name("portico").build();
        let page = finish("<html><head></head><body><p>Hi</p></body></html>".into(), &options, "n");
        assert!(!page.contains("<script") && !page.contains("modulepreload"), "{page}");
    }

    #[test]
    fn a_page_with_an_island_gets_the_loader_with_its_nonce_and_no_nonce_as_crossorigin() {
        let options = LeptosOptions::builder().output_name("portico").build();
        let page = finish("<html><head></head><body><leptos-island data-component=\"X\"></leptos-island></body></html>".into(), &options, "abc");
        let head = &page[..page.find("</head>").unwrap()];
        assert!(head.contains("<script type=\"module\" nonce=\"abc\">"), "{head}");
        assert!(head.contains("rel=\"modulepreload\" href=\"/pkg/portico.js\""), "{head}");
        assert!(!head.contains("crossorigin=\"abc\""), "{head}");
    }
}
