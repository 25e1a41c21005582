/**
 * Colours of the figures. Every text and mark colour has a contrast ratio of at least 4.5:1
 * against the white background (WCAG AA for text), checked by test/docs/figures.test.ts.
 */
export const PALETTE = {
  background: '#ffffff',
  text: '#1a1a1a',
  mutedText: '#4d4d4d',
  grid: '#d9d9d9',
  agreement: '#1d4e89',
  agreementLight: '#c9d9ee',
  visit: '#8a3b12',
  visitLight: '#f0d5c4',
  person: '#1d4e89',
  organization: '#6a3d9a',
  country: '#2d6a31',
  meeting: '#3d3d3d',
  agreementEdge: '#b3261e',
  affiliation: '#6b6b6b',
} as const;

/** Relative luminance (WCAG 2.x) of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
