import { z } from 'zod';

/**
 * The main window's size, position and maximised state, kept between runs (userData/window-state.json).
 * Pure: reading tolerates a missing or corrupt file, and a saved position that no longer lies on any display
 * (a projector unplugged) falls back to a centred default, so the window never opens off-screen.
 */

export type Rect = { x: number; y: number; width: number; height: number };
export type WindowState = { bounds: Rect; maximized: boolean };

export const defaultWindowSize = { width: 1280, height: 860 } as const;
const minimumSize = { width: 800, height: 600 } as const;

const windowStateSchema = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().min(minimumSize.width).max(20_000),
    height: z.number().int().min(minimumSize.height).max(20_000),
  }),
  maximized: z.boolean(),
});

/** Parses the saved JSON text; anything unreadable is `null` (the defaults apply). */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state)}\n`;
}

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Where the window opens: the saved bounds when at least a quarter of the window lies on a display's work area,
 * otherwise the default size centred on the primary display (the first work area), shrunk to fit it.
 */
export function initialBounds(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...defaultWindowSize };
  if (saved) {
    const area = saved.bounds.width * saved.bounds.height;
    const visible = Math.max(0, ...workAreas.map((work) => overlap(saved.bounds, work)));
    if (visible >= area / 4) return saved;
  }
  const width = Math.min(defaultWindowSize.width, primary.width);
  const height = Math.min(defaultWindowSize.height, primary.height);
  return {
    bounds: {
      x: primary.x + Math.round((primary.width - width) / 2),
      y: primary.y + Math.round((primary.height - height) / 2),
      width,
      height,
    },
    maximized: saved?.maximized ?? false,
  };
}
