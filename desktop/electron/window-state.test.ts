import { describe, expect, it } from 'vitest';
import { initialBounds, parseWindowState, serializeWindowState, type WindowState } from './window-state.js';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const projector = { x: 1920, y: 0, width: 1024, height: 768 };

describe('window state', () => {
  it('round-trips through its file text', () => {
    const state: WindowState = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true };
    expect(parseWindowState(serializeWindowState(state))).toEqual(state);
  });

  it('treats a missing, corrupt or implausible file as no saved state', () => {
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState('{"bounds":')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":0,"y":0,"width":10,"height":10},"maximized":false}')).toBeNull();
    expect(parseWindowState('[]')).toBeNull();
  });

  it('reopens where it was when that place is still on a display', () => {
    const saved: WindowState = { bounds: { x: 2000, y: 40, width: 900, height: 700 }, maximized: false };
    expect(initialBounds(saved, [laptop, projector])).toEqual(saved);
  });

  it('comes back centred on the laptop when the projector it was on is gone', () => {
    const saved: WindowState = { bounds: { x: 2000, y: 40, width: 900, height: 700 }, maximized: true };
    expect(initialBounds(saved, [laptop])).toEqual({
      bounds: { x: 320, y: 90, width: 1280, height: 860 },
      maximized: true,
    });
  });

  it('fits the default size to a small screen', () => {
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    expect(initialBounds(null, [small]).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
  });
});
