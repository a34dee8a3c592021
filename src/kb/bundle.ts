/**
 * The knowledge base as one whole, as it is built (by npm run kb:build into
 * assets/kb/kb.json.gz, and by the updater) and versioned by content hash and
 * source dates. The extension ships and stores it packed into binary files
 * (background/kb-pack.ts), read back entity by entity.
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
