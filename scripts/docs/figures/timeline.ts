import { edtfBounds, edtfPrecision, parseEdtf } from '../../../src/dates/edtf.js';
import { countryName, type Data } from '../reference/lookup.js';
import { PALETTE } from './palette.js';
import { n, svgDocument, textWidth, truncate, xml } from './svg.js';

type State = 'done' | 'under-way' | 'planned';

/** One thing on the axis: a day (a dot) or a span the date's precision allows (a bar). */
interface Mark {
  readonly value: string;
  readonly start: number;
  /** Last day covered, inclusive. */
  readonly end: number;
  readonly isDay: boolean;
  /** The interval's end is unknown or open: the bar stops at its start's precision and trails off. */
  readonly openEnd: boolean;
  readonly state: State;
  /** `?` or `~`: drawn lighter. */
  readonly uncertain: boolean;
}

interface Row {
  readonly group: 'Agreements' | 'Visits';
  readonly label: string;
  readonly title: string;
  readonly marks: readonly Mark[];
  /** Text after the marks: status names, or the visit's date and status. */
  readonly note: string;
  /** One sentence for the text alternative. */
  readonly sentence: string;
}

const DAY = 86_400_000;

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
}

/** The days an EDTF value covers, with an unknown or open end cut to its start's own span. */
function mark(value: string, state: State): Mark {
  const parsed = parseEdtf(value);
  const { earliest, latest } = edtfBounds(parsed);
  let start = earliest ? dayNumber(earliest) : Number.NaN;
  let end = latest ? dayNumber(latest) : Number.NaN;
  let openEnd = false;
  if (parsed.type === 'interval' && typeof parsed.end === 'string') {
    // "2024-02/" — known start, unknown end: draw the start month and mark the end as unknown.
    const startBounds = edtfBounds(value.split('/')[0] ?? value);
    end = startBounds.latest ? dayNumber(startBounds.latest) : start;
    openEnd = true;
  }
  if (Number.isNaN(start)) start = end;
  return {
    value,
    start,
    end,
    isDay: parsed.type === 'date' && edtfPrecision(parsed) === 'day',
    openEnd,
    state,
    uncertain: /[?~%]/.test(value),
  };
}

const STATUS_WORDS: Readonly<Record<string, string>> = { 'in-force': 'in force', 'final-stages': 'final stages', 'planned-signing': 'signing planned' };

function agreementRows(data: Data): Row[] {
  return data.agreements.map((agreement) => {
    // A status reported by two sources on different dates is one event on the axis.
    const seen = new Set<string>();
    const events = agreement.statusHistory.filter((entry) => {
      const key = `${entry.status}|${entry.date?.value ?? entry.asOf}|${entry.expected}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const marks = events.map((entry) => mark(entry.date?.value ?? entry.asOf, entry.expected ? 'planned' : 'done'));
    const words = events.map((entry) => `${STATUS_WORDS[entry.status] ?? entry.status}${entry.expected ? ' (expected)' : ''}`);
    const parties = agreement.parties.map((code) => countryName(code).replace(/ \(\w\w\)$/, '')).join('–');
    const dated = events.map((entry, index) => `${words[index]} ${entry.date ? entry.date.value : `as of ${entry.asOf}`}`);
    return {
      group: 'Agreements' as const,
      label: truncate(agreement.title, LABEL_CHARS),
      title: agreement.title,
      marks,
      note: words.join(' → '),
      sentence: `${agreement.title} (${parties}): ${dated.join('; ')}.`,
    };
  });
}

const VISIT_STATE: Readonly<Record<string, State>> = { 'took-place': 'done', 'under-way': 'under-way', planned: 'planned' };

function visitRows(data: Data): Row[] {
  const names = new Map(data.people.map((person) => [person.id, person.name]));
  return data.visits.map((visit) => {
    const lead = names.get(visit.lead) ?? visit.lead;
    const to = countryName(visit.destination.country).replace(/ \(\w\w\)$/, '');
    const status = visit.status.value.replace('-', ' ');
    return {
      group: 'Visits' as const,
      label: truncate(`${lead} to ${to}`, LABEL_CHARS),
      title: visit.title,
      marks: [mark(visit.when.value, VISIT_STATE[visit.status.value] ?? 'done')],
      note: `${visit.when.value} · ${status}`,
      sentence: `${visit.title}: ${visit.when.value}, ${status} as of ${visit.status.asOf}.`,
    };
  });
}

function byStart(a: Row, b: Row): number {
  const first = (row: Row): number => Math.min(...row.marks.map((item) => item.start));
  return first(a) - first(b) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
}

const WIDTH = 1100;
const LABEL_RIGHT = 360;
const PLOT_LEFT = 372;
const PLOT_RIGHT = 1080;
const ROW = 30;
const FONT = 13;
/** Longest row label that fits left of the plot at FONT size. */
const LABEL_CHARS = 44;

function drawMark(item: Mark, x: (day: number) => number, y: number, colour: string, light: string): string {
  const opacity = item.uncertain ? ' opacity="0.6"' : '';
  const fill = item.state === 'done' ? colour : item.state === 'under-way' ? light : PALETTE.background;
  const dash = item.state === 'planned' ? ' stroke-dasharray="4 3"' : '';
  const hint = `<title>${xml(`${item.value} — ${item.state === 'done' ? 'done / took place' : item.state}`)}</title>`;
  if (item.isDay) {
    const cx = n(x(item.start + 0.5));
    return `<circle cx="${cx}" cy="${n(y)}" r="8" fill="${PALETTE.background}"/><circle cx="${cx}" cy="${n(y)}" r="6" fill="${fill}" stroke="${colour}" stroke-width="2"${dash}${opacity}>${hint}</circle>`;
  }
  const left = x(item.start);
  const right = Math.max(x(item.end + 1), left + 6);
  const clipped = right > PLOT_RIGHT;
  const bar = `<rect x="${n(left)}" y="${n(y - 7)}" width="${n(Math.min(right, PLOT_RIGHT) - left)}" height="14" rx="3" fill="${fill}" stroke="${colour}" stroke-width="2"${dash}${opacity}>${hint}</rect>`;
  const tail = item.openEnd
    ? `<line x1="${n(right)}" y1="${n(y)}" x2="${n(right + 22)}" y2="${n(y)}" stroke="${colour}" stroke-width="2" stroke-dasharray="2 3"/>`
    : clipped
      ? `<path d="M${n(PLOT_RIGHT)} ${n(y - 7)} l8 7 l-8 7 z" fill="${colour}"/>`
      : '';
  return bar + tail;
}

function legend(y: number): string[] {
  const items: string[] = [];
  let x = PLOT_LEFT;
  const entry = (shape: string, text: string): void => {
    items.push(shape.replace(/X0/g, n(x)).replace(/X1/g, n(x + 9)), `<text x="${n(x + 24)}" y="${n(y + 4)}" font-size="${FONT}" fill="${PALETTE.text}">${xml(text)}</text>`);
    x += 24 + textWidth(text, FONT) + 18;
  };
  entry(`<circle cx="X1" cy="${y}" r="6" fill="${PALETTE.mutedText}" stroke="${PALETTE.mutedText}" stroke-width="2"/>`, 'exact day, done');
  entry(`<rect x="X0" y="${y - 7}" width="18" height="14" rx="3" fill="${PALETTE.mutedText}" stroke="${PALETTE.mutedText}" stroke-width="2"/>`, 'month/year or span, done');
  entry(`<rect x="X0" y="${y - 7}" width="18" height="14" rx="3" fill="#dddddd" stroke="${PALETTE.mutedText}" stroke-width="2"/>`, 'under way');
  entry(`<rect x="X0" y="${y - 7}" width="18" height="14" rx="3" fill="#ffffff" stroke="${PALETTE.mutedText}" stroke-width="2" stroke-dasharray="4 3"/>`, 'planned / expected');
  items.push(`<text x="${PLOT_LEFT}" y="${y + 24}" font-size="${FONT}" fill="${PALETTE.mutedText}">Lighter: uncertain (?) or approximate (~) date. Dotted tail: end unknown. Arrow: continues.</text>`);
  return items;
}

/**
 * The timeline figure: each agreement's status events and each visit on one date axis. A date
 * is drawn at the precision the source gives — a day as a dot, a month or year as a bar over
 * the whole month or year — and plans are drawn hollow and dashed, never as facts.
 */
export function timelineSvg(data: Data): string {
  const agreements = agreementRows(data).sort(byStart);
  const visits = visitRows(data).sort(byStart);
  const days = [...agreements, ...visits].flatMap((row) => row.marks.flatMap((item) => [item.start, item.end]));
  const firstYear = new Date(Math.min(...days) * DAY).getUTCFullYear();
  const lastYear = Math.min(new Date(Math.max(...days) * DAY).getUTCFullYear(), firstYear + 12);
  const axisStart = Date.UTC(firstYear, 0, 1) / DAY;
  const axisEnd = Date.UTC(lastYear + 1, 0, 1) / DAY;
  const x = (day: number): number => PLOT_LEFT + ((day - axisStart) / (axisEnd - axisStart)) * (PLOT_RIGHT - PLOT_LEFT);

  const top = 92;
  const body: string[] = [
    `<text x="20" y="32" font-size="20" font-weight="600" fill="${PALETTE.text}">Agreements and visits over time</text>`,
    ...legend(58),
  ];
  let y = top;
  const rowsOut: string[] = [];
  for (const [group, rows, colour, light] of [
    ['Agreements — status events', agreements, PALETTE.agreement, PALETTE.agreementLight],
    ['Visits', visits, PALETTE.visit, PALETTE.visitLight],
  ] as const) {
    y += 40;
    rowsOut.push(`<text x="20" y="${n(y)}" font-size="15" font-weight="600" fill="${colour}">${xml(group)}</text>`);
    y += 8;
    for (const row of rows) {
      y += ROW;
      const lastEnd = Math.max(...row.marks.map((item) => (item.isDay ? x(item.start) + 8 : Math.min(x(item.end + 1), PLOT_RIGHT) + (item.openEnd ? 24 : 2))));
      const firstStart = Math.min(...row.marks.map((item) => x(item.start) - 8));
      const noteWidth = textWidth(row.note, FONT - 1);
      const note =
        lastEnd + 8 + noteWidth <= WIDTH - 8
          ? `<text x="${n(lastEnd + 8)}" y="${n(y + 4)}" font-size="${FONT - 1}" fill="${PALETTE.mutedText}">${xml(row.note)}</text>`
          : `<text x="${n(firstStart - 6)}" y="${n(y + 4)}" font-size="${FONT - 1}" text-anchor="end" fill="${PALETTE.mutedText}">${xml(row.note)}</text>`;
      rowsOut.push(
        `<g><title>${xml(row.title)}</title>`,
        `<line x1="${PLOT_LEFT}" y1="${n(y)}" x2="${PLOT_RIGHT}" y2="${n(y)}" stroke="${PALETTE.grid}" stroke-width="1"/>`,
        `<text x="${LABEL_RIGHT}" y="${n(y + 4)}" font-size="${FONT}" text-anchor="end" fill="${PALETTE.text}">${xml(row.label)}</text>`,
        // Spans first, then days on top: a signing day inside its term stays visible.
        ...[...row.marks.filter((item) => !item.isDay), ...row.marks.filter((item) => item.isDay)].map((item) => drawMark(item, x, y, colour, light)),
        note,
        '</g>',
      );
    }
  }
  const bottom = y + 28;
  const grid: string[] = [];
  for (let year = firstYear; year <= lastYear + 1; year += 1) {
    const gx = x(Date.UTC(year, 0, 1) / DAY);
    grid.push(`<line x1="${n(gx)}" y1="${top}" x2="${n(gx)}" y2="${n(bottom)}" stroke="${PALETTE.grid}" stroke-width="1"/>`);
    if (year <= lastYear) {
      const mid = x(Date.UTC(year, 6, 1) / DAY);
      grid.push(`<text x="${n(mid)}" y="${n(bottom + 20)}" font-size="${FONT}" text-anchor="middle" fill="${PALETTE.text}">${year}</text>`);
    }
  }
  const height = Math.ceil(bottom + 40);
  const description = [
    `A timeline from ${firstYear} to ${lastYear} of ${agreements.length} agreements (their reported status events) and ${visits.length} visits, each drawn at the precision its source gives; planned or expected events are drawn hollow and dashed.`,
    'Agreements:',
    ...agreements.map((row) => row.sentence),
    'Visits:',
    ...visits.map((row) => row.sentence),
  ].join(' ');
  return svgDocument({ id: 'timeline', width: WIDTH, height, title: 'Timeline of agreements and visits', description, body: [...body, ...grid, ...rowsOut] });
}
