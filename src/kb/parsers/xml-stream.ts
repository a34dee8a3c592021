/**
 * Streaming XML reading for list files: saxes walks the document once, and
 * only the element currently being read as a "record" (one listed party) is
 * kept as a small tree. Nothing else of the document is retained.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ListParseError } from '../model';
import { decodeText, type ListInput, type ListEncoding } from './input';

/** One element of a record, by local name (namespaces vary across list editions). */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Concatenated character data directly inside this element. */
  text: string;
  /** Where the element starts, "line:column". */
  position: string;
}

export interface XmlStreamHandlers {
  /** Local name the document element must have. */
  root: string;
  /** Whether an element at this path (local names from the root) is a record to collect. */
  isRecord(path: readonly string[]): boolean;
  onRecord(node: XmlNode): void;
  /** Elements outside records whose text is wanted (e.g. a publication date), by path. */
  onOutsideText?(path: readonly string[], text: string): void;
  onRootAttributes?(attrs: Record<string, string>): void;
}

/**
 * Bounds on one record, far above any real list's (the largest UN, OFAC, EU
 * and UK records have a few hundred elements, nest under a dozen deep and
 * hold fields of a few thousand characters): a malformed or hostile file
 * cannot make the worker hold an unbounded tree.
 */
export const XML_LIMITS = { elementsPerRecord: 10_000, depth: 40, textChars: 200_000 } as const;

function localAttrs(tag: SaxesTagNS): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attr of Object.values(tag.attributes)) {
    if (attr.prefix === 'xmlns' || attr.name === 'xmlns') continue;
    out[attr.local] = attr.value;
  }
  return out;
}

/**
 * Reads `input` as XML and calls the handlers; throws ListParseError on
 * anything malformed. Resolves to the "line:column" where the document ended.
 */
export async function streamXml(
  input: ListInput,
  source: string,
  handlers: XmlStreamHandlers,
  encoding: ListEncoding = 'utf-8',
): Promise<string> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const path: string[] = [];
  // The stack of the record being built; empty when outside any record.
  const stack: XmlNode[] = [];
  let outsideText = '';
  let sawRoot = false;
  let sawAnything = false;
  let failure: ListParseError | undefined;
  let recordElements = 0;
  const where = (): string => `${parser.line}:${parser.column + 1}`;
  const tooLarge = (what: string) => {
    const record = stack[0];
    failure ??= new ListParseError(source, where(), record ? `the <${record.name}> record that starts at ${record.position} ${what}` : what);
  };
  const addText = (text: string) => {
    const top = stack[stack.length - 1];
    if (top) {
      top.text += text;
      if (top.text.length > XML_LIMITS.textChars) tooLarge(`has a <${top.name}> longer than ${XML_LIMITS.textChars.toLocaleString('en')} characters`);
    } else {
      outsideText += text;
      if (outsideText.length > XML_LIMITS.textChars) tooLarge(`has text outside any record longer than ${XML_LIMITS.textChars.toLocaleString('en')} characters`);
    }
  };

  parser.on('error', (err) => {
    // saxes prefixes its messages with its own position; keep just the detail.
    const detail = err.message.replace(/^[^:]*:\d+:\d+: /, '');
    failure ??= new ListParseError(source, where(), `malformed XML: ${detail}`);
  });
  parser.on('opentag', (tag) => {
    // After a failure nothing more is kept: the rest of the slice only runs through.
    if (failure) return;
    const name = tag.local;
    if (path.length === 0) {
      sawRoot = true;
      if (name !== handlers.root) {
        failure ??= new ListParseError(source, where(), `unexpected root element <${tag.name}>, expected <${handlers.root}>`);
      } else {
        handlers.onRootAttributes?.(localAttrs(tag));
      }
    }
    path.push(name);
    if (path.length > XML_LIMITS.depth) return tooLarge(`nests elements more than ${XML_LIMITS.depth} deep`);
    if (stack.length > 0 || handlers.isRecord(path)) {
      if (stack.length === 0) recordElements = 0;
      if (++recordElements > XML_LIMITS.elementsPerRecord) return tooLarge(`has more than ${XML_LIMITS.elementsPerRecord.toLocaleString('en')} elements`);
      const node: XmlNode = { name, attrs: localAttrs(tag), children: [], text: '', position: where() };
      stack[stack.length - 1]?.children.push(node);
      stack.push(node);
    } else {
      outsideText = '';
    }
  });
  parser.on('text', (text) => {
    if (!failure) addText(text);
  });
  parser.on('cdata', (text) => {
    if (!failure && stack.length) addText(text);
  });
  parser.on('closetag', () => {
    if (failure) return;
    if (stack.length > 0) {
      const node = stack.pop()!;
      if (stack.length === 0 && !failure) {
        try {
          handlers.onRecord(node);
        } catch (err) {
          failure = err instanceof ListParseError ? err : new ListParseError(source, node.position, String(err));
        }
      }
    } else if (handlers.onOutsideText && outsideText.trim()) {
      handlers.onOutsideText(path, outsideText.trim());
      outsideText = '';
    }
    path.pop();
  });

  for await (const chunk of decodeText(input, source, encoding)) {
    if (!sawAnything && chunk.trim()) sawAnything = true;
    parser.write(chunk);
    if (failure) throw failure;
  }
  if (!sawAnything) throw new ListParseError(source, '1:1', 'empty input');
  parser.close();
  if (failure) throw failure;
  if (!sawRoot) throw new ListParseError(source, where(), 'no root element');
  return where();
}

// --- small helpers for reading a collected record ---

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** Every element named `name` anywhere below `node`, document order. */
export function descendants(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of node.children) {
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

/** Trimmed text of the direct child `name`, or undefined when absent or blank. */
export function childText(node: XmlNode, name: string): string | undefined {
  const c = child(node, name);
  return c ? clean(c.text) : undefined;
}

/** Collapses runs of whitespace (lists wrap long values over several lines); blank → undefined. */
export function clean(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.replace(/\s+/g, ' ').trim();
  return v === '' ? undefined : v;
}
