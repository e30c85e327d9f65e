// Reading the plan's downloads the strict way: the CSV as RFC 4180 (quotes,
// doubled quotes, the language's separator, a byte order mark), and the calendar
// file as RFC 5545 demands before a lenient reader (ical.js) parses it too.
import assert from 'node:assert/strict';
import ICAL from 'ical.js';

/** The rows of a CSV text, each a list of cells. */
export function csvRows(text, separator) {
  assert.ok(text.startsWith('\ufeff'), 'UTF-8 with a byte order mark, for spreadsheets');
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { cell += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) { row.push(cell); cell = ''; }
    else if (c === '\r' && body[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 1; }
    else {
      assert.notEqual(c, '\n', 'a bare line feed outside quotes');
      cell += c;
    }
  }
  assert.equal(quoted, false, 'an unclosed quote');
  assert.equal(cell + row.join(''), '', 'the last row ends with CRLF');
  return rows;
}

/**
 * The events of an iCalendar text, after checking what RFC 5545 requires: CRLF
 * line ends only, no line over 75 octets, folded lines that start with a space,
 * one VCALENDAR with VERSION 2.0 and a PRODID, and in each VEVENT exactly one UID,
 * DTSTAMP (UTC date-time) and DTSTART. Each event: { uid, start: 'YYYYMMDD', summary, description }.
 */
export function icsEvents(text) {
  assert.ok(text.endsWith('\r\n'), 'the file ends with CRLF');
  const raw = text.slice(0, -2).split('\r\n');
  const lines = [];
  for (const line of raw) {
    assert.ok(!/[\r\n]/.test(line), 'a bare CR or LF');
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `a line of ${Buffer.byteLength(line, 'utf8')} octets: ${line}`);
    if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-1), 'END:VCALENDAR');
  assert.ok(lines.includes('VERSION:2.0'), 'VERSION:2.0');
  assert.ok(lines.some((l) => /^PRODID:.+/.test(l)), 'a PRODID');
  const events = [];
  let current = null;
  for (const line of lines.slice(1, -1)) {
    const name = line.split(/[:;]/)[0];
    if (line === 'BEGIN:VEVENT') { assert.equal(current, null, 'nested VEVENT'); current = { props: [] }; continue; }
    if (line === 'END:VEVENT') { events.push(current); current = null; continue; }
    assert.match(name, /^[A-Z][A-Z0-9-]*$/, `a property name: ${line}`);
    if (current) current.props.push([name, line]);
  }
  assert.equal(current, null, 'an unclosed VEVENT');
  const value = (line) => line.slice(line.indexOf(':') + 1);
  const unescape = (v) => v.replace(/\\([\\;,nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c));
  const parsed = events.map((e) => {
    const one = (name) => {
      const found = e.props.filter(([n]) => n === name);
      assert.equal(found.length, 1, `exactly one ${name} in an event`);
      return found[0][1];
    };
    assert.match(one('DTSTAMP'), /^DTSTAMP:\d{8}T\d{6}Z$/);
    const start = one('DTSTART');
    assert.match(start, /^DTSTART;VALUE=DATE:\d{8}$/);
    // In TEXT values, commas and semicolons are escaped.
    for (const name of ['SUMMARY', 'DESCRIPTION']) {
      assert.ok(!/(^|[^\\])[;,]/.test(value(one(name))), `${name} escapes , and ;`);
    }
    return { uid: value(one('UID')), start: value(start), summary: unescape(value(one('SUMMARY'))), description: unescape(value(one('DESCRIPTION'))) };
  });
  assert.equal(new Set(parsed.map((e) => e.uid)).size, parsed.length, 'every UID differs');
  // A lenient reader agrees.
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.deepEqual(vevents.map((v) => v.summary), parsed.map((e) => e.summary));
  assert.deepEqual(vevents.map((v) => v.startDate.toString().replaceAll('-', '')), parsed.map((e) => e.start));
  return parsed;
}
