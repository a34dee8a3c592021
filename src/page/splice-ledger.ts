/**
 * Remembers every page text node that marking split, with its original text
 * and the nodes marking put after it. mark.js wraps a range by splitting the
 * page's text node: the page keeps its node (now holding only the text before
 * the mark) and new nodes follow it. The ledger makes two things exact:
 * - undo: the page's own nodes get their text back and ours go, so the DOM is
 *   node for node what it was (no normalize() merging the page's nodes);
 * - a page that rewrites its own text node (React sets `nodeValue` on the node
 *   it created) leaves our pieces stale: the ledger removes exactly those.
 */

export interface Splice {
  /** The page's text node, kept in place by marking. */
  node: Text;
  /** Its text before marking. */
  original: string;
  /** The nodes marking added after it (marks and split-off text), in order. */
  pieces: Node[];
}

type Snapshot = Map<Text, { data: string; next: Node | null }>;

export class SpliceLedger {
  private readonly splices: Splice[] = [];
  private readonly byNode = new Map<Text, Splice[]>();

  get size(): number {
    return this.splices.length;
  }

  /** Takes the text of the nodes a marking pass may split. */
  snapshot(nodes: Iterable<Text>): Snapshot {
    const before: Snapshot = new Map();
    for (const n of nodes) before.set(n, { data: n.data, next: n.nextSibling });
    return before;
  }

  /**
   * After a marking pass: records each node whose text changed, with the
   * pieces that now sit between it and its former next sibling (mark.js may
   * leave an empty text node there too; it is ours and goes on undo).
   */
  record(before: Snapshot): void {
    for (const [node, { data: original, next }] of before) {
      if (node.data === original) continue;
      const pieces: Node[] = [];
      for (let n = node.nextSibling; n && n !== next; n = n.nextSibling) pieces.push(n);
      const splice: Splice = { node, original, pieces };
      this.splices.push(splice);
      const list = this.byNode.get(node);
      if (list) list.push(splice);
      else this.byNode.set(node, [splice]);
    }
  }

  /** Whether the node is a page text node that marking split. */
  has(node: Node): boolean {
    return this.byNode.has(node as Text);
  }

  /**
   * The page replaced or removed its text node: our pieces after it are stale.
   * Removes them (and what later passes split out of them) and forgets the node.
   */
  discard(node: Node): void {
    const list = this.byNode.get(node as Text);
    if (!list) return;
    this.byNode.delete(node as Text);
    for (const s of list) {
      for (const p of s.pieces) {
        this.discard(p);
        p.parentNode?.removeChild(p);
      }
      const i = this.splices.indexOf(s);
      if (i >= 0) this.splices.splice(i, 1);
    }
  }

  /** Forgets splices whose page node and pieces have all left the document (the page removed them). */
  prune(): void {
    for (let i = this.splices.length - 1; i >= 0; i--) {
      const s = this.splices[i];
      if (s.node.isConnected || s.pieces.some((p) => p.isConnected)) continue;
      this.splices.splice(i, 1);
      this.byNode.delete(s.node);
    }
  }

  /** Undoes the splits of page text inside `root` (newest first), and forgets them. */
  restoreWithin(root: Node): void {
    for (let i = this.splices.length - 1; i >= 0; i--) {
      const s = this.splices[i];
      if (!root.contains(s.node)) continue;
      for (const p of s.pieces) p.parentNode?.removeChild(p);
      if (s.node.data !== s.original) s.node.data = s.original;
      this.splices.splice(i, 1);
      const list = this.byNode.get(s.node)?.filter((x) => x !== s);
      if (list?.length) this.byNode.set(s.node, list);
      else this.byNode.delete(s.node);
    }
  }

  /** Undoes every split, newest first, so that nested splits unwind in order. */
  restoreAll(): void {
    for (let i = this.splices.length - 1; i >= 0; i--) {
      const s = this.splices[i];
      for (const p of s.pieces) p.parentNode?.removeChild(p);
      if (s.node.data !== s.original) s.node.data = s.original;
    }
    this.splices.length = 0;
    this.byNode.clear();
  }
}
