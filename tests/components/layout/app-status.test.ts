import { afterEach, describe, expect, it, vi } from 'vitest';
import { reloadOnStaleChunk, useAppStatus, watchConnection } from '../../../src/components/layout/app-status.ts';

const staleChunk = () => {
  const event = new Event('vite:preloadError', { cancelable: true });
  window.dispatchEvent(event);
  return event;
};

describe('a chunk gone after a deploy', () => {
  afterEach(() => {
    sessionStorage.clear();
    vi.useRealTimers();
  });

  it('reloads once, and not again within a minute (no loop when a chunk is really broken)', () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T10:00:00Z'), toFake: ['Date'] });
    const reload = vi.fn();
    reloadOnStaleChunk(reload);
    expect(staleChunk().defaultPrevented).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
    // The reloaded page fails again at once: the error is left to the error page.
    expect(staleChunk().defaultPrevented).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    // A later deploy, much later: one more reload.
    vi.setSystemTime(new Date('2026-11-26T10:05:00Z'));
    staleChunk();
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('does not reload when the chunk failed because the device is offline', () => {
    const reload = vi.fn();
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    reloadOnStaleChunk(reload);
    expect(staleChunk().defaultPrevented).toBe(false);
    expect(reload).not.toHaveBeenCalled();
    onLine.mockRestore();
  });

  it('does not reload when session storage is blocked, since nothing could stop a loop', () => {
    const reload = vi.fn();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    reloadOnStaleChunk(reload);
    staleChunk();
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('the connection', () => {
  it('follows the browser’s online and offline events', () => {
    watchConnection();
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    expect(useAppStatus.getState().offline).toBe(true);
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    expect(useAppStatus.getState().offline).toBe(false);
  });
});
