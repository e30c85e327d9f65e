use klantspiegel::web::{browser, language_files, state};

fn main() {
    browser::mark("ks-start");
    wasm_bindgen_futures::spawn_local(async {
        // The questionnaire's texts come in their own file (fetched early by the shell),
        // so the app mounts once the language it starts in is there.
        match language_files::load(state::initial_locale()).await {
            Ok(()) => {
                browser::mark("ks-texts");
                // The shell index.html painted while this code loaded makes way for
                // the app in the same task, so the page is never without either.
                browser::remove_element("shell");
                leptos::mount::mount_to_body(klantspiegel::App);
                browser::mark("ks-mounted");
            }
            Err(problem) => browser::report_start_failure(&problem),
        }
    });
}
