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
