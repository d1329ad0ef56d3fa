import type { Platform } from '../platform';

/**
 * Prints what is on screen (the print style sheet shows only the receipt or letter): in Electron through the
 * preload's printToPDF, saved as a file the officer can print or share; in a browser through its print dialog.
 */
export async function printPage(
  platform: Platform,
  fileName: string,
  what: 'receipt' | 'letter' = 'receipt',
): Promise<void> {
  // The print style sheet shows only sheets of this kind.
  document.body.dataset.print = what;
  if (!platform.printToPDF) {
    window.print();
    return;
  }
  const bytes = await platform.printToPDF();
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName}.pdf`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
