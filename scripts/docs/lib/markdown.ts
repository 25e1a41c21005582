/** Small, dependency-free helpers for writing the generated markdown pages. */

/** Escapes text for a markdown table cell: pipes and newlines would break the row. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Escapes text that is shown as prose so that `*`, `_`, `[`, `<` in quotes are not read as markup. */
export function prose(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, '\\$1');
}

/** Inline code, choosing a fence that the content cannot close. */
export function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.includes('`') ? ` ${text} ` : text}${fence}`;
}

/** A markdown table. Cells are escaped by the caller (they may contain links or code). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

/** A blockquote of a verbatim quote; every line is prefixed so multi-line quotes stay inside. */
export function blockquote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${prose(line)}`)
    .join('\n');
}

/** YAML front matter for TypeDoc: title, group and ordered children. Values are JSON-quoted (valid YAML). */
export function frontMatter(fields: { title?: string; group?: string; category?: string; children?: readonly string[] }): string {
  const lines = ['---'];
  if (fields.title !== undefined) lines.push(`title: ${JSON.stringify(fields.title)}`);
  if (fields.group !== undefined) lines.push(`group: ${JSON.stringify(fields.group)}`);
  if (fields.category !== undefined) lines.push(`category: ${JSON.stringify(fields.category)}`);
  if (fields.children !== undefined && fields.children.length > 0) {
    lines.push('children:');
    for (const child of fields.children) lines.push(`  - ${JSON.stringify(child)}`);
  }
  lines.push('---', '');
  return lines.join('\n');
}

/**
 * The anchor TypeDoc gives a heading: its text without punctuation, whitespace turned into
 * hyphens, lower-cased. Mirrors typedoc's Slugger.serialize (0.28) so generated pages can link
 * to their own headings; the site test checks every such anchor exists.
 */
export function headingSlug(text: string): string {
  const slug = text
    .trim()
    .replace(/[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,./:;<=>?@[\]^`{|}~]/g, '')
    .replace(/\s/g, '-')
    .replace(/--+/, '-');
  return (slug || '_').toLocaleLowerCase();
}

/** Joins page blocks with blank lines and ends the file with one newline. */
export function page(blocks: readonly (string | undefined | false)[]): string {
  return `${blocks.filter((block): block is string => typeof block === 'string' && block.length > 0).join('\n\n')}\n`;
}
