/**
 * The knowledge base as the extension ships and stores it: one JSON document,
 * versioned by content hash and source dates.
 */
import type { Designation, SourceInfo } from './model';
import type { CuratedLayer } from './curated/types';

export const KB_FORMAT = 1;

export interface KnowledgeBase {
  format: typeof KB_FORMAT;
  /** "<newest source date>+<content hash prefix>", e.g. "2026-05-08+3f2a9c1d". */
  version: string;
  builtAt: string;
  sources: SourceInfo[];
  entities: Designation[];
  curated: CuratedLayer;
}
