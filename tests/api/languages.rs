use crate::helpers::{spawn_app, spawn_app_with, title_of};

#[tokio::test]
async fn the_browser_language_is_used_when_the_person_has_not_picked_one() {
    let app = spawn_app().await;

    let html = app.get_in("/cookies", "cy-GB,cy;q=0.9,en;q=0.8").await.text().await.unwrap();

    assert!(html.contains(r#"<html lang="cy" dir="ltr">"#));
    assert_eq!(title_of(&html), "Cwcis – Portico");
}

#[tokio::test]
async fn an_unknown_browser_language_falls_back_to_english() {
    let app = spawn_app().await;
    let html = app.get_in("/", "fr-FR,de;q=0.5").await.text().await.unwrap();
    assert!(html.contains(r#"<html lang="en" dir="ltr">"#));
}

#[tokio::test]
async fn arabic_pages_are_right_to_left() {
    let app = spawn_app().await;
    let html = app.page("/?lang=ar").await;
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
}

#[tokio::test]
async fn a_picked_language_is_remembered_and_wins_over_the_browser_language() {
    let app = spawn_app().await;

    let response = app.get("/privacy?lang=ar").await;
    let cookie = response.headers()["set-cookie"].to_str().unwrap().to_owned();
    let later = app.get_in("/contact", "cy").await.text().await.unwrap();

    assert!(cookie.starts_with("portico_lang=ar;"), "{cookie}");
    assert!(later.contains(r#"<html lang="ar" dir="rtl">"#));
}

#[tokio::test]
async fn the_language_cookie_is_http_only_same_site_lax_and_secure_when_configured() {
    let plain = spawn_app().await;
    let secure = spawn_app_with(&[("PORTICO_SECURE_COOKIES", "true")]).await;

    let plain_cookie = plain.get("/?lang=cy").await.headers()["set-cookie"].to_str().unwrap().to_owned();
    let secure_cookie = secure.get("/?lang=cy").await.headers()["set-cookie"].to_str().unwrap().to_owned();

    for cookie in [&plain_cookie, &secure_cookie] {
        assert!(cookie.contains("HttpOnly"), "{cookie}");
        assert!(cookie.contains("SameSite=Lax"), "{cookie}");
        assert!(cookie.contains("Path=/"), "{cookie}");
    }
    assert!(!plain_cookie.contains("Secure"), "{plain_cookie}");
    assert!(secure_cookie.contains("; Secure"), "{secure_cookie}");
}

#[tokio::test]
async fn an_unknown_picked_language_is_ignored_and_sets_no_cookie() {
    let app = spawn_app().await;

    let response = app.get_in("/?lang=xx", "cy").await;

    assert!(response.headers().get("set-cookie").is_none());
    assert!(response.text().await.unwrap().contains(r#"<html lang="cy""#));
}

#[tokio::test]
async fn the_switcher_links_to_the_same_page_in_each_other_language_naming_it_in_itself() {
    let app = spawn_app().await;

    let html = app.page("/cookies?lang=cy").await;

    assert!(html.contains(r#"<a href="/cookies?lang=en" lang="en" hreflang="en" class="lang-switcher__link">English</a>"#));
    assert!(html.contains(r#"<a href="/cookies?lang=ar" lang="ar" hreflang="ar" class="lang-switcher__link">العربية</a>"#));
    // The current language is not a link.
    assert!(html.contains(r#"<span lang="cy" aria-current="true" class="lang-switcher__current">Cymraeg</span>"#));
    assert!(!html.contains(r#"href="/cookies?lang=cy""#));
}

#[tokio::test]
async fn welsh_and_arabic_pages_show_no_english_page_text() {
    let app = spawn_app().await;
    for path in ["/", "/accessibility", "/privacy", "/cookies", "/contact", "/no-such-page"] {
        let english = app.get_in(path, "en").await.text().await.unwrap();
        let heading = between(&english, "<h1 class=\"heading-", "</h1>");
        for lang in ["cy", "ar"] {
            let html = app.get_in(path, lang).await.text().await.unwrap();
            assert!(!html.contains(&heading), "{path} in {lang} shows the English heading {heading}");
            assert!(!html.contains("Skip to main content"), "{path} in {lang}");
        }
    }
}

fn between(html: &str, start: &str, end: &str) -> String {
    let from = html.find(start).unwrap();
    let rest = &html[from..];
    let open_end = rest.find('>').unwrap() + 1;
    let close = rest.find(end).unwrap();
    rest[open_end..close].to_owned()
}

#[tokio::test]
async fn pseudo_locales_are_served_in_development_only_and_never_offered() {
    let dev = spawn_app_with(&[("PORTICO_DEV", "true")]).await;
    let accented = dev.page("/?lang=en-XA").await;
    assert!(accented.contains(r#"<html lang="en-XA" dir="ltr""#));
    assert!(!accented.contains("Skip to main content"), "the text is transformed");
    assert!(!accented.contains(r#"hreflang="en-XA""#), "the switcher does not offer it");
    let mirrored = dev.page("/?lang=ar-XB").await;
    assert!(mirrored.contains(r#"<html lang="ar-XB" dir="rtl""#));

    let production = spawn_app().await;
    assert!(production.page("/?lang=en-XA").await.contains(r#"<html lang="en" dir="ltr""#));
}

#[tokio::test]
async fn in_development_an_edited_translation_shows_on_the_next_page_load() {
    let dir = std::env::temp_dir().join(format!("portico-locales-{}", uuid::Uuid::new_v4().simple()));
    copy_dir(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/locales")), &dir);
    let app = spawn_app_with(&[("PORTICO_DEV", "true"), ("PORTICO_LOCALES_DIR", dir.to_str().unwrap())]).await;
    assert!(!app.page("/?lang=cy").await.contains("Neidio yn syth at y cynnwys"));

    let file = dir.join("cy/shell.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let edited: String = text
        .lines()
        .map(|l| if l.starts_with("shell-skip-link =") { "shell-skip-link = Neidio yn syth at y cynnwys".to_owned() } else { l.to_owned() })
        .collect::<Vec<_>>()
        .join("\n");
    // File times can be coarse: make sure the edit is seen as newer.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    std::fs::write(&file, edited + "\n").unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    assert!(app.page("/?lang=cy").await.contains("Neidio yn syth at y cynnwys"), "the edit shows without a restart");

    // A broken edit keeps the last good translations.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    std::fs::write(&file, "shell-skip-link = {\n").unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    let page = app.page("/?lang=cy").await;
    assert!(page.contains("Neidio yn syth at y cynnwys"), "the last good translations stay");
    let _ = std::fs::remove_dir_all(&dir);
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
