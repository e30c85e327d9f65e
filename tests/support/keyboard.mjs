// Keyboard-only helpers: move focus with Tab alone, as a keyboard user does.
import assert from 'node:assert/strict';

/**
 * Presses Tab until the focused element matches `selector` (and, when given, its
 * text contains `text`), at most `max` times. Fails the test when it never does,
 * which means the element cannot be reached by keyboard.
 */
export async function tabTo(page, selector, { text, max = 80 } = {}) {
  const matches = () =>
    page.evaluate(
      ([sel, txt]) => {
        const el = document.activeElement;
        return !!el && el.matches(sel) && (txt == null || el.textContent.includes(txt));
      },
      [selector, text ?? null],
    );
  for (let i = 0; i < max; i += 1) {
    if (await matches()) return;
    await page.keyboard.press('Tab');
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
