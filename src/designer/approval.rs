//! Publishing with four eyes. A team can say that publishing its services needs a second person:
//! then the designer's "Publish" asks for approval instead, recording who asked, when, and which
//! revision of the draft (a hash of its files). Another designer of the team or an admin, never
//! the person who asked, reads the diff and approves (which publishes) or sends it back with a
//! comment. A request for a revision the draft no longer has is void: an approval applies to
//! exactly what the approver read. Every step is recorded in the service's audit trail.

use crate::{casework::store::StaffUser, db::Db, with_db, with_tx};
use chrono::{DateTime, Utc};

use super::draft::Draft;

/// Where a request stands as stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Waiting,
    Approved,
    SentBack,
    /// Replaced by a newer request, or found to be for a revision the draft no longer has.
    Void,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Waiting => "waiting",
            Self::Approved => "approved",
            Self::SentBack => "sent_back",
            Self::Void => "void",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Waiting, Self::Approved, Self::SentBack, Self::Void].into_iter().find(|s| s.as_str() == text)
    }
}

/// A request for approval.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub id: i64,
    pub service: String,
    pub version: u32,
    pub revision: String,
    pub asked_by: i64,
    pub asked_by_name: String,
    pub asked_at: DateTime<Utc>,
    pub state: State,
    pub decided_by_name: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
    pub comment: Option<String>,
}

impl Request {
    /// Where the request stands against the draft as it is now: a waiting request for another
    /// revision (or another version) is void, whatever its row says.
    pub fn standing(&self, draft: Option<(&Draft, u32)>) -> State {
        match (self.state, draft) {
            (State::Waiting, Some((draft, number))) if number == self.version && revision(draft) == self.revision => State::Waiting,
            (State::Waiting, _) => State::Void,
            (state, _) => state,
        }
    }
}

/// The revision of a draft: a SHA-256 of its files as stored (definition, then each language's
/// texts), so any change to a question, a setting or a word makes another one.
pub fn revision(draft: &Draft) -> String {
    let files = draft.to_files();
    let mut bytes = files.definition.into_bytes();
    for (lang, text) in &files.texts {
        bytes.push(0);
        bytes.extend(lang.as_bytes());
        bytes.push(0);
        bytes.extend(text.as_bytes());
    }
    crate::audit::encoding::sha256_hex(&bytes)
}

/// Why someone may not decide on a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Nobody approves their own request.
    OwnRequest,
    /// The request is not waiting (decided, replaced, or its draft changed since).
    NotWaiting,
}

impl Refusal {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::OwnRequest => "designer-approval-own",
            Self::NotWaiting => "designer-approval-not-waiting",
        }
    }
}

/// Whether `user` (a designer or an admin who may see the service's team) may approve or send
/// back `request`, given the draft as it is now.
pub fn may_decide(user: &StaffUser, request: &Request, draft: (&Draft, u32)) -> Result<(), Refusal> {
    if request.asked_by == user.id {
        return Err(Refusal::OwnRequest);
    }
    if request.standing(Some(draft)) != State::Waiting {
        return Err(Refusal::NotWaiting);
    }
    Ok(())
}

/// The comment that sends a request back: required, at most 2,000 characters.
pub fn comment(text: &str) -> Result<String, &'static str> {
    let text = text.trim();
    if text.is_empty() {
        Err("designer-error-comment")
    } else if text.chars().count() > 2000 {
        Err("designer-error-comment-long")
    } else {
        Ok(text.to_owned())
    }
}

/// Whether publishing the services of `team` needs a second person.
pub async fn required(db: &Db, team: &str) -> Result<bool, sqlx::Error> {
    let on: Option<bool> = with_db!(db, |pool| sqlx::query_scalar("SELECT publish_needs_approval FROM teams WHERE id = $1").bind(team).fetch_optional(pool).await)?;
    Ok(on.unwrap_or(false))
}

/// Every team with its setting, by name.
pub async fn teams(db: &Db) -> Result<Vec<(String, String, bool)>, sqlx::Error> {
    with_db!(db, |pool| sqlx::query_as("SELECT id, name, publish_needs_approval FROM teams ORDER BY name").fetch_all(pool).await)
}

/// Switches the setting of `team`, recorded in the admin audit chain with who did it.
pub async fn set_required(db: &Db, team: &str, on: bool, by: i64) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| sqlx::query("UPDATE teams SET publish_needs_approval = $1 WHERE id = $2").bind(on).bind(team).execute(conn).await.map(|_| ()))?;
    crate::audit::chain::admin_event(&mut tx, Some(by), "team_publish_approval", &format!("team:{team}"), serde_json::json!({ "on": on })).await?;
    tx.commit().await
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    service: String,
    version: i64,
    revision: String,
    asked_by: i64,
    asked_by_name: String,
    asked_at: DateTime<Utc>,
    state: String,
    decided_by_name: Option<String>,
    decided_at: Option<DateTime<Utc>>,
    comment: Option<String>,
}

impl Row {
    fn into_request(self) -> Option<Request> {
        Some(Request {
            id: self.id,
            service: self.service,
            version: u32::try_from(self.version).ok()?,
            revision: self.revision,
            asked_by: self.asked_by,
            asked_by_name: self.asked_by_name,
            asked_at: self.asked_at,
            state: State::parse(&self.state)?,
            decided_by_name: self.decided_by_name,
            decided_at: self.decided_at,
            comment: self.comment,
        })
    }
}

const SELECT: &str = "SELECT r.id, r.service, r.version, r.revision, r.asked_by, a.name AS asked_by_name, r.asked_at, r.state, \
     d.name AS decided_by_name, r.decided_at, r.comment \
     FROM approval_requests r JOIN staff a ON a.id = r.asked_by LEFT JOIN staff d ON d.id = r.decided_by";

/// The latest request of `service`, whatever it became.
pub async fn latest(db: &Db, service: &str) -> Result<Option<Request>, sqlx::Error> {
    let sql = format!("{SELECT} WHERE r.service = $1 ORDER BY r.id DESC LIMIT 1");
    let row: Option<Row> = with_db!(db, |pool| sqlx::query_as(&sql).bind(service).fetch_optional(pool).await)?;
    Ok(row.and_then(Row::into_request))
}

/// Every request still waiting (as stored: the caller checks each against its draft), oldest first.
pub async fn waiting(db: &Db) -> Result<Vec<Request>, sqlx::Error> {
    let sql = format!("{SELECT} WHERE r.state = 'waiting' ORDER BY r.id");
    let rows: Vec<Row> = with_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    Ok(rows.into_iter().filter_map(Row::into_request).collect())
}

/// Records a request for `draft` (version `number`) by `by`; an earlier waiting one is void.
pub async fn ask(db: &Db, draft: &Draft, number: u32, by: i64) -> Result<i64, sqlx::Error> {
    let now = Utc::now();
    let service = &draft.definition.id;
    let revision = revision(draft);
    let mut tx = db.begin().await?;
    let id: i64 = with_tx!(&mut tx, |conn| {
        sqlx::query("UPDATE approval_requests SET state = 'void', updated_at = $1 WHERE service = $2 AND state = 'waiting'")
            .bind(now)
            .bind(service)
            .execute(&mut *conn)
            .await?;
        sqlx::query_scalar(
            "INSERT INTO approval_requests (service, version, revision, asked_by, asked_at, state, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, 'waiting', $5, $5) RETURNING id",
        )
        .bind(service)
        .bind(i64::from(number))
        .bind(&revision)
        .bind(by)
        .bind(now)
        .fetch_one(&mut *conn)
        .await
    })?;
    tx.commit().await?;
    Ok(id)
}

/// Decides request `id` (approved, sent back or void) when it is still waiting; false when someone
/// else decided first.
pub async fn decide(db: &Db, id: i64, state: State, by: i64, comment: Option<&str>) -> Result<bool, sqlx::Error> {
    let now = Utc::now();
    let changed = with_db!(db, |pool| sqlx::query(
        "UPDATE approval_requests SET state = $1, decided_by = $2, decided_at = $3, comment = $4, updated_at = $3 WHERE id = $5 AND state = 'waiting'"
    )
    .bind(state.as_str())
    .bind(by)
    .bind(now)
    .bind(comment)
    .bind(id)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::designer::draft::kind;

    fn request(draft: &Draft, by: i64) -> Request {
        Request {
            id: 1,
            service: draft.definition.id.clone(),
            version: 2,
            revision: revision(draft),
            asked_by: by,
            asked_by_name: "Asha".into(),
            asked_at: Utc::now(),
            state: State::Waiting,
            decided_by_name: None,
            decided_at: None,
            comment: None,
        }
    }

    fn staff(id: i64) -> StaffUser {
        StaffUser { id, name: format!("staff {id}"), admin: false, teams: vec!["streets".into()] }
    }

    #[test]
    fn a_request_is_void_once_the_draft_changes_and_nobody_decides_their_own() {
        let mut draft = Draft::new_service("litter", "Report litter", "streets");
        let asked = request(&draft, 7);
        assert_eq!(asked.standing(Some((&draft, 2))), State::Waiting);
        assert_eq!(may_decide(&staff(7), &asked, (&draft, 2)), Err(Refusal::OwnRequest));
        assert_eq!(may_decide(&staff(8), &asked, (&draft, 2)), Ok(()));
        assert_eq!(asked.standing(Some((&draft, 3))), State::Void, "another version");
        draft.add_question(kind("text").unwrap(), "Where?");
        assert_eq!(asked.standing(Some((&draft, 2))), State::Void);
        assert_eq!(may_decide(&staff(8), &asked, (&draft, 2)), Err(Refusal::NotWaiting));
        assert_eq!(asked.standing(None), State::Void, "no draft any more");
    }

    #[test]
    fn a_word_changed_in_welsh_is_another_revision() {
        let mut draft = Draft::new_service("litter", "Report litter", "streets");
        let before = revision(&draft);
        assert_eq!(revision(&draft.clone()), before, "the same draft, the same revision");
        draft.set_text("cy", "litter-title", "Sbwriel");
        assert_ne!(revision(&draft), before);
    }

    #[test]
    fn sending_back_needs_a_comment_of_reasonable_length() {
        assert_eq!(comment("  "), Err("designer-error-comment"));
        assert_eq!(comment(&"x".repeat(2001)), Err("designer-error-comment-long"));
        assert_eq!(comment(" Reword question 2. "), Ok("Reword question 2.".into()));
        assert_eq!(State::parse("sent_back"), Some(State::SentBack));
        assert_eq!(State::parse("maybe"), None);
    }
}
