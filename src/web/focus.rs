//! Where keyboard focus goes when the page changes under it: a new step, a closed
//! notice or question, a cleared answer.

use super::route::anchor;

/// Moves keyboard focus to the first option of the question (the `fieldset`)
/// that holds the event's target: where a keyboard user continues after clearing
/// an answer, whose button is then disabled.
pub fn first_option(ev: &web_sys::Event) {
    use wasm_bindgen::JsCast;
    let option = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("fieldset").ok().flatten())
        .and_then(|f| f.query_selector("input[type=radio]").ok().flatten())
        .and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(option) = option {
        // Focus can only fail for detached elements; then there is nothing to do.
        let _ = option.focus();
    }
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn by_id(id: &str) {
    first(&[id]);
}

/// Moves keyboard focus to the first of these elements that exists.
pub fn first(ids: &[&str]) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let element = ids
        .iter()
        .find_map(|id| document.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        // Focus can only fail for detached elements; then there is nothing to do.
        let _ = element.focus();
    }
}

/// After moving to a step: a question named in the address (`#question-…`) takes
/// focus on its first option; otherwise the step's heading does, so keyboard and
/// screen reader users start at the top of the new step.
pub fn step() {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    let question = hash
        .strip_prefix('#')
        .filter(|a| a.starts_with(anchor::QUESTION_PREFIX));
    let target = match question {
        Some(id) => document
            .get_element_by_id(id)
            .and_then(|e| e.query_selector("input").ok().flatten()),
        None => document.get_element_by_id(anchor::STEP_TITLE),
    };
    if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(question.is_none());
        // Focus can only fail for detached elements; then there is nothing to do.
        let _ = element.focus_with_options(&options);
    }
}
