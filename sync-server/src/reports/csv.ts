/** UTF-8 byte order mark: spreadsheet programs then read the file as UTF-8. */
export const bom = '\uFEFF';

/** Text a spreadsheet would run as a formula gets a leading quote (OWASP "CSV injection"). */
const formulaStart = /^[=+\-@\t\r]/;

/** One RFC 4180 cell: quoted when it holds a comma, quote or line break; formulas defused. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'string') text = formulaStart.test(value) ? `'${value}` : value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else {
    const json = JSON.stringify(value);
    text = formulaStart.test(json) ? `'${json}` : json;
  }
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document (BOM, CRLF line ends). */
export function toCsv(header: string[], rows: unknown[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${bom}${lines.join('\r\n')}\r\n`;
}
