import { useEffect } from 'react';

/**
 * Ctrl+N starts a new form (Electron lets the page have it; a browser keeps Ctrl+N for a new window, so Alt+N
 * does the same there).
 */
export function useNewShortcut(startNew: () => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase();
      const ctrlN = (event.ctrlKey || event.metaKey) && !event.altKey && key === 'n';
      const altN = event.altKey && !event.ctrlKey && !event.metaKey && (key === 'n' || event.code === 'KeyN');
      if (!ctrlN && !altN) return;
      event.preventDefault();
      startNew();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [startNew, enabled]);
}

/** `previousLicenseNumber` → `previous-license-number` (test ids and element ids). */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
