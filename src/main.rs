use klantspiegel::web::browser;

fn main() {
    browser::mark("ks-start");
    leptos::mount::mount_to_body(klantspiegel::App);
    browser::mark("ks-mounted");
}
