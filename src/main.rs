use klantspiegel::web::browser;

fn main() {
    browser::mark("ks-start");
    // The shell index.html painted while this code loaded makes way for the app in
    // the same task, so the browser never paints the page without either.
    browser::remove_element("shell");
    leptos::mount::mount_to_body(klantspiegel::App);
    browser::mark("ks-mounted");
}
