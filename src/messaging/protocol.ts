/**
 * Messages between the extension's contexts. Every message is validated on
 * arrival: a content script runs beside untrusted page code, so the
 * background trusts nothing about a message's shape.
 */
import type { Category } from '../kb/model';
import type { Mention } from '../recognition/types';
import type { CardData } from '../kb/cards';

export interface ScanRequest { type: 'scan'; text: string }
export interface ScanReply { kbVersion: string; mentions: Mention[] }

export interface CardRequest { type: 'card'; entity: string; text: string; candidates?: string[]; possible?: boolean }
export type CardReply = CardData | null;

/** The content script reports its page's mention count, for the toolbar badge. */
export interface CountReport { type: 'count'; count: number }

export interface KbStatusRequest { type: 'kb-status' }
export interface KbStatusReply {
  version: string;
  builtAt: string;
  sources: { authority: string; list: string; date: string; entries: number }[];
}

export type BackgroundRequest = ScanRequest | CardRequest | CountReport | KbStatusRequest;

/** Sent by the popup to a tab's content script. */
export interface PageSummaryRequest { type: 'page-summary' }
export interface PageSummaryItem { entity: string; name: string; category: Category; count: number; authorities: string[] }
export interface PageSummaryReply {
  host: string;
  active: boolean;
  count: number;
  items: PageSummaryItem[];
}
export interface RevealRequest { type: 'reveal'; entity: string }
export type ContentRequest = PageSummaryRequest | RevealRequest;

const MAX_TEXT = 5_000_000;
const MAX_ID = 300;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const isShortString = (v: unknown, max = MAX_ID): v is string => typeof v === 'string' && v.length <= max;

/** Returns the request if it has exactly a known shape, otherwise null. */
export function parseBackgroundRequest(msg: unknown): BackgroundRequest | null {
  if (!isObject(msg)) return null;
  switch (msg.type) {
    case 'scan':
      return typeof msg.text === 'string' && msg.text.length <= MAX_TEXT ? { type: 'scan', text: msg.text } : null;
    case 'card': {
      if (!isShortString(msg.entity) || !isShortString(msg.text, 1000)) return null;
      const candidates = msg.candidates;
      if (candidates !== undefined && !(Array.isArray(candidates) && candidates.length <= 50 && candidates.every((c) => isShortString(c))))
        return null;
      return {
        type: 'card',
        entity: msg.entity,
        text: msg.text,
        candidates: candidates as string[] | undefined,
        possible: msg.possible === true,
      };
    }
    case 'count':
      return Number.isInteger(msg.count) && (msg.count as number) >= 0 ? { type: 'count', count: msg.count as number } : null;
    case 'kb-status':
      return { type: 'kb-status' };
    default:
      return null;
  }
}

export function parseContentRequest(msg: unknown): ContentRequest | null {
  if (!isObject(msg)) return null;
  if (msg.type === 'page-summary') return { type: 'page-summary' };
  if (msg.type === 'reveal' && isShortString(msg.entity)) return { type: 'reveal', entity: msg.entity };
  return null;
}
