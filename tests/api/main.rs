//! Integration tests: each test starts the real server on a random port with a fresh database
//! (SQLite, or PostgreSQL when `PORTICO_TEST_POSTGRES_URL` is set) and talks to it over HTTP.

mod helpers;
#[path = "../support/journey.rs"]
mod journey;
mod proxy;

mod accounts;
mod api_v1;
mod audit;
mod binary;
mod casework;
mod cli;
mod csrf;
mod designer;
mod designer_journeys;
mod durability;
mod errors;
mod feedback;
mod health;
mod identity;
mod identity_admin;
mod identity_confirm;
mod idor;
mod languages;
mod metrics;
mod oidc_provider;
mod performance;
mod profile;
mod publishing;
mod retention;
mod rpc;
mod security;
mod services;
mod shell;
mod staff;
mod versions;
mod webhooks;
mod designer_edits;
mod designer_map;
mod designer_review;
