import { beforeEach, describe, expect, it } from 'vitest';
import { CLOSE_GRACE_MS, HoverIntent, OPEN_DELAY_MS } from '../../src/page/popover/intent';

class Clock {
  now = 0;
  private timers = new Map<number, { at: number; fn: () => void }>();
  private next = 1;
  set = (fn: () => void, ms: number) => {
    const id = this.next++;
    this.timers.set(id, { at: this.now + ms, fn });
    return id;
  };
  clear = (id: number) => void this.timers.delete(id);
  advance(ms: number) {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = due[1].at;
      due[1].fn();
    }
    this.now = end;
  }
}

let clock: Clock;
let log: string[];
let intent: HoverIntent<string>;
beforeEach(() => {
  clock = new Clock();
  log = [];
  intent = new HoverIntent<string>({
    open: (a, kb) => log.push(`open ${a}${kb ? ' (keyboard)' : ''}`),
    close: () => log.push('close'),
    setTimer: clock.set,
    clearTimer: clock.clear,
  });
});

describe('HoverIntent', () => {
  it('a quick fly-over opens nothing', () => {
    intent.enterAnchor('a');
    clock.advance(OPEN_DELAY_MS - 100);
    intent.leaveAnchor();
    clock.advance(1_000);
    expect(log).toEqual([]);
  });

  it('opens after the delay and stays open while the pointer travels into the card', () => {
    intent.enterAnchor('a');
    clock.advance(OPEN_DELAY_MS);
    expect(log).toEqual(['open a']);
    intent.leaveAnchor();
    clock.advance(CLOSE_GRACE_MS - 50);
    intent.enterCard();
    clock.advance(5_000);
    expect(log).toEqual(['open a']);
    intent.leaveCard();
    clock.advance(CLOSE_GRACE_MS);
    expect(log).toEqual(['open a', 'close']);
  });

  it('does not open while the pointer is still moving fast over the mark', () => {
    intent.enterAnchor('a');
    for (let t = 0; t < OPEN_DELAY_MS * 2; t += 16) {
      intent.pointerMove(t * 2, 0, t);
      clock.advance(16);
    }
    expect(log).toEqual([]);
    clock.advance(OPEN_DELAY_MS);
    expect(log).toEqual(['open a']);
  });

  it('opens at once on keyboard focus; Escape dismisses; a pinned card outlives leaving', () => {
    intent.focusAnchor('b');
    expect(log).toEqual(['open b (keyboard)']);
    expect(intent.escape()).toBe(true);
    expect(log).toEqual(['open b (keyboard)', 'close']);
    intent.enterAnchor('c');
    clock.advance(OPEN_DELAY_MS);
    intent.togglePin();
    intent.leaveAnchor();
    clock.advance(10_000);
    expect(intent.state).toBe('pinned');
    expect(log.at(-1)).toBe('open c');
    expect(intent.escape()).toBe(true);
    expect(log.at(-1)).toBe('close');
  });

  it('moving from one open card to another mark and away closes the first card', () => {
    intent.enterAnchor('a');
    clock.advance(OPEN_DELAY_MS);
    intent.leaveAnchor();
    intent.enterAnchor('b');
    clock.advance(100);
    intent.leaveAnchor();
    clock.advance(CLOSE_GRACE_MS);
    expect(log).toEqual(['open a', 'close']);
  });
});

describe('keys while a card is open', () => {
  it('Escape closes it, Tab moves through it, every other key is the page\'s', async () => {
    const { cardKey } = await import('../../src/page/reader-input');
    expect(cardKey('Escape')).toBe('close');
    expect(cardKey('Tab')).toBe('move');
    for (const k of ['Esc', 'Enter', ' ', 'ArrowDown', 'escape']) expect(cardKey(k)).toBeNull();
  });
});
