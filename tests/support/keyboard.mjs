// Keyboard-only helpers: move focus with Tab alone, as a keyboard user does.
import assert from 'node:assert/strict';

/**
 * Presses Tab until the focused element matches `selector` (and, when given, its
 * text contains `text`), at most `max` times. Fails the test when it never does,
 * which means the element cannot be reached by keyboard, or when the focused
 * element shows no focus ring (WCAG 2.4.7). `back` tabs backwards.
 */
export async function tabTo(page, selector, { text, max = 80, back = false } = {}) {
  const matches = () =>
    page.evaluate(
      ([sel, txt]) => {
        const el = document.activeElement;
        return !!el && el.matches(sel) && (txt == null || el.textContent.includes(txt));
      },
      [selector, text ?? null],
    );
  for (let i = 0; i < max; i += 1) {
    if (await matches()) {
      assert.ok(await focusVisible(page), `focus on ${await describeFocus(page)} is not visible`);
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`Tab never reached ${selector}${text ? ` “${text}”` : ''}; focus is on ${await describeFocus(page)}`);
}

/** Tabs to a link or button with this text and activates it with Enter. */
export async function activate(page, selector, text) {
  await tabTo(page, selector, { text });
  await page.keyboard.press('Enter');
}

export function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}#${el.id} “${el.textContent.slice(0, 40)}”` : 'nothing';
  });
}

/** Whether the focused element (or the option box around a radio) draws an outline. */
function focusVisible(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const ring = (node) => {
      const style = node && getComputedStyle(node);
      return !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    };
    return ring(el) || ring(el.closest('.option'));
  });
}

/**
 * Opens the file chooser of the focused file input from the keyboard (Space) and
 * returns it. Pages opened by `useApp` intercept file choosers from the start
 * (see session.mjs): interception switched on only now can come after the key
 * press on a busy machine, and the dialog then opens unseen.
 */
export async function openFileChooser(page) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  return chooser;
}
