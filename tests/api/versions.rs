//! Service definitions stored as versions in the database.
use crate::helpers::spawn_app;
use portico::services::versions::{self, Files, State};
use std::path::Path;

#[tokio::test]
async fn a_fresh_database_holds_each_shipped_service_as_its_first_live_version_byte_for_byte() {
    let app = spawn_app().await;
    let stored = versions::all(&app.state.db).await.unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ids: Vec<&str> = stored.iter().map(|v| v.service.as_str()).collect();
    assert_eq!(ids, ["blue-badge", "bulky-waste", "parking-permit"]);
    for version in &stored {
        assert_eq!(version.state, State::Live);
        let toml = std::fs::read_to_string(root.join(format!("src/services/definitions/{}.toml", version.service))).unwrap();
        assert_eq!(version.files.definition, toml, "{} is stored as written", version.service);
        assert_eq!(Some(version.version), versions::declared_version(&toml));
        let languages: Vec<&str> = version.files.texts.keys().map(String::as_str).collect();
        assert_eq!(languages, ["ar", "cy", "en", "pl", "uk"], "{}", version.service);
        for (lang, text) in &version.files.texts {
            let file = std::fs::read_to_string(root.join(format!("locales/{lang}/services/{}.ftl", version.service))).unwrap();
            assert_eq!(text, &file, "{lang} texts of {}", version.service);
        }
    }
    assert_eq!(versions::get(&app.state.db, "bulky-waste", None).await.unwrap().as_ref(), stored.iter().find(|v| v.service == "bulky-waste"));
    assert!(versions::get(&app.state.db, "bulky-waste", Some(99)).await.unwrap().is_none());
    assert_eq!(versions::generation(&app.state.db).await.unwrap(), 1);
}

#[tokio::test]
async fn starting_again_on_the_same_database_stores_nothing_twice() {
    let app = spawn_app().await;
    let shipped = versions::shipped_from(&portico::config::Source::Embedded, &portico::config::Source::Embedded).unwrap();
    assert_eq!(shipped.len(), 3);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let folders = versions::shipped_from(
        &portico::config::Source::Folder(root.join("src/services/definitions")),
        &portico::config::Source::Folder(root.join("locales")),
    )
    .unwrap();
    assert_eq!(folders, shipped, "the folders and the copy built in give the same services");
    assert_eq!(versions::import_shipped(&app.state.db, &shipped).await.unwrap(), 0);
    assert_eq!(versions::all(&app.state.db).await.unwrap().len(), 3);
    assert_eq!(versions::generation(&app.state.db).await.unwrap(), 1);
}

#[tokio::test]
async fn a_stored_version_written_out_and_read_back_is_the_same_files() {
    let app = spawn_app().await;
    let live = versions::get(&app.state.db, "blue-badge", None).await.unwrap().unwrap();
    let dir = std::env::temp_dir().join(format!("portico-export-{}", uuid::Uuid::new_v4().simple()));
    live.files.write("blue-badge", &dir).unwrap();
    let (id, files): (String, Files) = Files::read(&dir).unwrap();
    assert_eq!(id, "blue-badge");
    assert_eq!(files, live.files);
    std::fs::remove_dir_all(&dir).unwrap();
}
