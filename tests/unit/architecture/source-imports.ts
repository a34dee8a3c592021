/**
 * The module specifiers a TypeScript file imports: `import … from`, `import type`,
 * `export … from`, side-effect `import '…'` and `import('…')`. The project's
 * TypeScript (7, the native compiler) has no JavaScript API, so the file is
 * read by a small lexer that skips comments, template text and regular
 * expressions: an import named in a comment or a string is not an import.
 */

type Token = { kind: 'word' | 'string' | 'punct'; value: string };

const KEYWORDS_BEFORE_EXPRESSION = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'instanceof']);

function tokens(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const readQuoted = (quote: string): string => {
    let value = '';
    i++;
    while (i < src.length && src[i] !== quote) {
      if (src[i] === '\\') i++;
      value += src[i++];
    }
    i++;
    return value;
  };
  const skipTemplate = (): void => {
    i++;
    while (i < src.length && src[i] !== '`') {
      if (src[i] === '\\') i += 2;
      else if (src[i] === '$' && src[i + 1] === '{') {
        // The expression inside: skipped by brace depth, strings in it read whole.
        i += 2;
        let depth = 1;
        while (i < src.length && depth > 0) {
          const c = src[i];
          if (c === "'" || c === '"') readQuoted(c);
          else if (c === '`') skipTemplate();
          else {
            if (c === '{') depth++;
            else if (c === '}') depth--;
            i++;
          }
        }
      } else i++;
    }
    i++;
  };
  const regexAllowed = (): boolean => {
    const prev = out[out.length - 1];
    if (!prev) return true;
    if (prev.kind === 'string') return false;
    if (prev.kind === 'word') return KEYWORDS_BEFORE_EXPRESSION.has(prev.value);
    return prev.value !== ')' && prev.value !== ']' && prev.value !== '}';
  };
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) i++;
    else if (c === '/' && src[i + 1] === '/') while (i < src.length && src[i] !== '\n') i++;
    else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
    } else if (c === "'" || c === '"') out.push({ kind: 'string', value: readQuoted(c) });
    else if (c === '`') {
      skipTemplate();
      out.push({ kind: 'string', value: '' });
    } else if (c === '/' && regexAllowed()) {
      i++;
      let inClass = false;
      while (i < src.length && (inClass || src[i] !== '/') && src[i] !== '\n') {
        if (src[i] === '\\') i++;
        else if (src[i] === '[') inClass = true;
        else if (src[i] === ']') inClass = false;
        i++;
      }
      i++;
      while (/[a-z]/i.test(src[i] ?? '')) i++;
      out.push({ kind: 'punct', value: 'regex' });
    } else if (/[\w$]/.test(c)) {
      let word = '';
      while (i < src.length && /[\w$]/.test(src[i])) word += src[i++];
      out.push({ kind: 'word', value: word });
    } else {
      out.push({ kind: 'punct', value: c });
      i++;
    }
  }
  return out;
}

export function importSpecifiers(src: string): string[] {
  const toks = tokens(src);
  const found: string[] = [];
  for (let k = 0; k < toks.length - 1; k++) {
    const t = toks[k];
    if (t.kind !== 'word') continue;
    const next = toks[k + 1];
    // `… from '…'` ends every import and export-from; nothing else in TypeScript puts a string right after `from`.
    if (t.value === 'from' && next.kind === 'string') found.push(next.value);
    // A side-effect import.
    else if (t.value === 'import' && next.kind === 'string') found.push(next.value);
    // import('…'), also as a type: typeof import('…').
    else if (t.value === 'import' && next.value === '(' && toks[k + 2]?.kind === 'string') found.push(toks[k + 2].value);
  }
  return found;
}
