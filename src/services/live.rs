//! The services an instance serves: every published version (live and earlier) of every stored
//! service, loaded from the database and read again when the stored services change, so that a
//! version published on one instance reaches every other within seconds, without a restart.
//!
//! Earlier versions stay loaded because drafts begun on them, and requests made with them, still
//! need their questions and words. A version never changes once published, so a reload only loads
//! what is new.

pub use super::load::Service;
use super::{load, versions};
use crate::db::Db;
use std::{
    collections::{BTreeMap, BTreeSet},
    sync::{Arc, RwLock},
    time::Duration,
};

/// How often an instance asks the database whether the services changed.
pub const POLL: Duration = Duration::from_secs(2);

/// Every published version, by service and number, and which one is live.
#[derive(Debug, Default)]
pub struct Services {
    versions: BTreeMap<(String, u32), Arc<Service>>,
    live: BTreeMap<String, u32>,
    archived: BTreeSet<String>,
}

impl Services {
    /// The live version of service `id` (archived services included: their requests still show).
    pub fn get(&self, id: &str) -> Option<Arc<Service>> {
        self.version(id, *self.live.get(id)?)
    }

    /// Version `number` of service `id`, when it is published.
    pub fn version(&self, id: &str, number: u32) -> Option<Arc<Service>> {
        self.versions.get(&(id.to_owned(), number)).cloned()
    }

    /// The version a request or draft was made with; the live one when that one is not loaded.
    pub fn made_with(&self, id: &str, number: i64) -> Option<Arc<Service>> {
        u32::try_from(number).ok().and_then(|n| self.version(id, n)).or_else(|| self.get(id))
    }

    /// Whether service `id` takes new applications: it has a live version and is not archived.
    pub fn is_open(&self, id: &str) -> bool {
        self.live.contains_key(id) && !self.archived.contains(id)
    }

    /// The live version of every service, archived ones included, by id.
    pub fn all(&self) -> impl Iterator<Item = Arc<Service>> + '_ {
        self.live.keys().filter_map(|id| self.get(id))
    }

    /// The live version of every service that takes new applications, by id.
    pub fn open(&self) -> impl Iterator<Item = Arc<Service>> + '_ {
        self.all().filter(|s| !self.archived.contains(&s.id))
    }

    /// The services from the stored versions, keeping what `previous` has already loaded (a
    /// published version never changes). A version that does not load is left out and logged:
    /// one broken version must not take every service down.
    pub fn from_versions(stored: Vec<versions::Version>, archived: BTreeSet<String>, previous: &Services, pseudo: bool) -> Self {
        let mut services = Services { archived, ..Default::default() };
        for stored in stored {
            if stored.state == versions::State::Draft {
                continue;
            }
            let key = (stored.service.clone(), stored.version);
            let loaded = match previous.versions.get(&key) {
                Some(service) => Some(service.clone()),
                None => match load::version(&stored.service, stored.version, &stored.files, pseudo) {
                    Ok(service) => Some(Arc::new(service)),
                    Err(error) => {
                        tracing::error!(service = %stored.service, version = stored.version, %error, "a stored version does not load; it is not served");
                        None
                    }
                },
            };
            let Some(loaded) = loaded else { continue };
            if stored.state == versions::State::Live {
                services.live.insert(stored.service.clone(), stored.version);
            }
            services.versions.insert(key, loaded);
        }
        services
    }
}

/// The services an instance serves now, read again from the database when they change.
#[derive(Debug)]
pub struct LiveServices {
    current: RwLock<(Arc<Services>, i64)>,
    pseudo: bool,
}

impl LiveServices {
    /// Loads the stored services. `pseudo` adds the development pseudo-locales to their texts.
    pub async fn load(db: &Db, pseudo: bool) -> Result<Self, sqlx::Error> {
        let live = Self { current: RwLock::new((Arc::new(Services::default()), -1)), pseudo };
        live.refresh(db).await?;
        Ok(live)
    }

    /// The services as they are now.
    pub fn get(&self) -> Arc<Services> {
        match self.current.read() {
            Ok(current) => current.0.clone(),
            Err(poisoned) => poisoned.into_inner().0.clone(),
        }
    }

    /// Reads the services again when the database says they changed. Returns whether they did.
    pub async fn refresh(&self, db: &Db) -> Result<bool, sqlx::Error> {
        let generation = versions::generation(db).await?;
        let (previous, seen) = match self.current.read() {
            Ok(current) => (current.0.clone(), current.1),
            Err(poisoned) => {
                let current = poisoned.into_inner();
                (current.0.clone(), current.1)
            }
        };
        if generation == seen {
            return Ok(false);
        }
        let (stored, archived) = versions::published(db).await?;
        let services = Arc::new(Services::from_versions(stored, archived, &previous, self.pseudo));
        if let Ok(mut current) = self.current.write() {
            // Two refreshes at once: the newer generation wins.
            if generation > current.1 {
                *current = (services, generation);
            }
        }
        Ok(true)
    }

    /// Asks the database every [`POLL`] whether the services changed, for as long as the server runs.
    pub fn spawn_poller(self: &Arc<Self>, db: Db) {
        let live = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(POLL);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                match live.refresh(&db).await {
                    Ok(true) => tracing::info!("the stored services changed: reloaded"),
                    Ok(false) => {}
                    Err(error) => tracing::warn!(%error, "cannot read the stored services; serving the ones loaded before"),
                }
            }
        });
    }
}
