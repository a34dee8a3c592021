/**
 * What the page has shown so far, page-wide: evidence for text scanned later
 * on its own (a block a living page adds, a part of a long page).
 */
import type { Mention, PageContext } from '../recognition/types';
import { cuePositions } from '../recognition/evidence';

/** Whole-page rescans new evidence may ask for between two full scans: a ticker must not rescan forever. */
const MAX_CONTEXT_RESCANS = 3;

export class PageEvidence {
  private jurisdictions = new Set<string>();
  private aboutSanctions = false;
  private designated = new Set<string>();
  private rescans = 0;

  /** What the worker is told about the page so far (evidence from text scanned before this one). */
  context(jurisdictionsEverywhere: boolean): PageContext {
    return {
      jurisdictions: [...this.jurisdictions],
      aboutSanctions: this.aboutSanctions,
      designated: [...this.designated],
      jurisdictionsEverywhere,
    };
  }

  /**
   * Adds what a scanned text showed. True when it gained evidence that could
   * let earlier text be marked: sanctions context, or a party named in full.
   */
  learn(text: string, found: Mention[]): boolean {
    let gained = false;
    const about = found.some((m) => m.category === 'body' || m.category === 'instrument') || cuePositions(text).length > 0;
    if (about && !this.aboutSanctions) {
      this.aboutSanctions = true;
      gained = true;
    }
    for (const m of found) {
      if (m.category === 'jurisdiction') this.jurisdictions.add(m.entity.slice('jurisdiction:'.length));
      if (m.category === 'designated' && m.confidence === 'high' && m.via !== 'coref' && !this.designated.has(m.entity)) {
        this.designated.add(m.entity);
        gained = true;
      }
    }
    return gained;
  }

  /** Takes one of the bounded whole-page rescans; false once they are spent. */
  takeRescan(): boolean {
    if (this.rescans >= MAX_CONTEXT_RESCANS) return false;
    this.rescans++;
    return true;
  }

  /** A full scan starts afresh: a new view, or the page unmarked. */
  reset(): void {
    this.jurisdictions = new Set();
    this.aboutSanctions = false;
    this.designated = new Set();
    this.rescans = 0;
  }
}
