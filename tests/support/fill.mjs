// Fills in a whole assessment through the page, in Dutch, from home to the results.

/**
 * Answers every question through the page: the level per dimension id (default
 * `rest`), and "yes" to the listed signals, "no" to the others.
 */
export async function fillIn(page, { label, market, levels, rest, yes }) {
  await page.getByRole('button', { name: 'Nieuwe evaluatie starten' }).click();
  await page.getByLabel('Naam van deze evaluatie').fill(label);
  await page.getByLabel('Klanten').selectOption(market);
  await page.getByRole('link', { name: 'Naar de vragen' }).click();
  for (let n = 1; n <= 11; n += 1) {
    await page.getByText(new RegExp(`^Thema ${n} van 11$`)).waitFor();
    const sets = page.locator('fieldset.question');
    const id = (await sets.first().getAttribute('id')).replace(/^question-/, '').split('.')[0];
    const level = levels[id] ?? rest;
    for (let i = 0; i < (await sets.count()); i += 1) {
      await sets.nth(i).getByRole('radio', { name: new RegExp(`^${level} · `) }).check();
    }
    await page.locator('.step-nav a', { hasText: '→' }).click();
  }
  const signals = page.locator('fieldset.signal');
  await signals.first().waitFor();
  for (let i = 0; i < (await signals.count()); i += 1) {
    const id = (await signals.nth(i).getAttribute('id')).replace(/^signal-/, '');
    await signals.nth(i).getByRole('radio', { name: yes.includes(id) ? 'Ja' : 'Nee' }).check();
  }
  await page.getByRole('link', { name: 'Naar de resultaten' }).click();
  await page.locator('.radar .chart-svg svg').waitFor();
}
