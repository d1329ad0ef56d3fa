import { type KeyboardEvent, useEffect } from 'react';

/**
 * Keyboard-first forms: Enter moves to the next field (as Tab does) instead of submitting half a form;
 * on the last field and on buttons Enter keeps its normal meaning. Textareas keep Enter for new lines.
 */
export function advanceOnEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (
    event.key !== 'Enter' ||
    event.shiftKey ||
    event.ctrlKey ||
    event.altKey ||
    event.metaKey ||
    event.nativeEvent.isComposing
  )
    return;
  const target = event.target as HTMLElement;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
  const form = event.currentTarget;
  const focusable = Array.from(form.querySelectorAll<HTMLElement>('input, select, textarea, button')).filter(
    (element) =>
      !(element as HTMLInputElement).disabled && element.tabIndex >= 0 && element.getAttribute('type') !== 'hidden',
  );
  const index = focusable.indexOf(target);
  const next = focusable[index + 1];
  if (index < 0 || !next) return;
  event.preventDefault();
  next.focus();
  if (next instanceof HTMLInputElement && next.type !== 'date') next.select();
}

/** Ctrl+S (Cmd+S) runs `save` while the form is shown, instead of the browser's "save page". */
export function useSaveShortcut(save: () => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, enabled]);
}
