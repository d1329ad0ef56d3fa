/** The outcome line under a form: polite for a success, an alert for a failure. */
export function Outcome({ message, testId }: { message: { ok: boolean; text: string } | null; testId: string }) {
  if (!message) return null;
  return message.ok ? (
    <p role="status" className="ok small" data-testid={testId} data-ok="true">
      {message.text}
    </p>
  ) : (
    <p role="alert" className="error-box" data-testid={testId} data-ok="false">
      {message.text}
    </p>
  );
}

/** Moves keyboard focus to an element when it appears (a confirmation's first button, a dialog's field). */
export const focusOnMount = (element: HTMLElement | null): void => element?.focus();
