//! The language cookie: how a person's choice of language is remembered between visits, whether
//! it was made with the switcher, in the profile, or comes with signing in.

use crate::i18n::LANGUAGE_COOKIE;
use axum::{
    http::{header, HeaderValue},
    response::Response,
};

/// Remembers `code` as the person's language for a year. `HttpOnly`: no script needs to read
/// it; `SameSite=Lax`: a link from another site still opens in the person's language.
pub fn set_language_cookie(response: &mut Response, code: &str, secure: bool) {
    let secure = if secure { "; Secure" } else { "" };
    let value = format!("{LANGUAGE_COOKIE}={code}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}");
    if let Ok(value) = HeaderValue::from_str(&value) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::response::IntoResponse;

    #[test]
    fn the_language_cookie_lasts_a_year_and_is_secure_only_when_asked() {
        let mut response = ().into_response();
        set_language_cookie(&mut response, "cy", false);
        set_language_cookie(&mut response, "ar", true);
        let cookies: Vec<&str> = response.headers().get_all(header::SET_COOKIE).iter().map(|v| v.to_str().unwrap()).collect();
        assert_eq!(cookies, [
            "portico_lang=cy; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
            "portico_lang=ar; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly; Secure",
        ]);
    }
}
