/** "Export this page's context": the page's mentions with their cards, as Markdown or CSV, copied or saved. */
import { h } from '../dom';
import type { CardsReply, PageSummaryReply } from '../../messaging/protocol';
import { exportFileName, toCsv, toMarkdown, type ExportContext } from '../../export/page-export';
import { copyText, saveTextFile } from '../files';
import type { PopupContext } from './context';

export function exportSection(ctx: PopupContext): (host: string) => Node {
  const buildExport = async (s: PageSummaryReply): Promise<ExportContext> => {
    const cards = (await ctx.deps.askBackground({
      type: 'cards',
      items: s.items.map((i) => ({ entity: i.entity, text: i.name })),
    })) as CardsReply | null;
    const kb = ctx.updates.kb;
    return {
      page: { url: ctx.deps.tab.url, title: ctx.deps.tab.title, host: s.host },
      generatedAt: new Date(ctx.now()).toISOString(),
      kb: kb ? { version: kb.version, sources: kb.sources.map((x) => ({ authority: x.authority, list: x.list, date: x.date })) } : null,
      entities: s.items.map((i, k) => ({ ...i, card: cards?.[k] ?? null })),
    };
  };

  const build = () => {
    const format = h('select', { id: 'export-format' }, h('option', { value: 'md', text: 'Markdown' }), h('option', { value: 'csv', text: 'CSV' }));
    const copy = h('button', { type: 'button', id: 'export-copy', text: 'Copy' });
    const save = h('button', { type: 'button', id: 'export-save', text: 'Save file' });
    const produce = async () => {
      const s = ctx.summary;
      // The section is drawn only with a summary; the guard keeps the type honest.
      if (!s) throw new Error('export without a page summary');
      const out = await buildExport(s);
      const ext = format.value === 'csv' ? 'csv' : 'md';
      return { ext, text: ext === 'csv' ? toCsv(out) : toMarkdown(out), name: exportFileName(s.host, out.generatedAt, ext) } as const;
    };
    copy.addEventListener('click', () => {
      void (async () => {
        const out = await produce();
        ctx.say((await copyText(ctx.doc, out.text)) ? `Copied the ${out.ext === 'csv' ? 'CSV' : 'Markdown'} export.` : 'The clipboard is not available here: use Save file.');
      })();
    });
    save.addEventListener('click', () => {
      void (async () => {
        const out = await produce();
        saveTextFile(ctx.doc, out.name, out.ext === 'csv' ? 'text/csv;charset=utf-8' : 'text/markdown;charset=utf-8', out.text);
        ctx.say(`Saved ${out.name}.`);
      })();
    });
    return h(
      'section',
      { class: 'export', 'aria-labelledby': 'export-heading' },
      h('h2', { id: 'export-heading', text: 'Export this page’s context' }),
      h('div', { class: 'row' }, h('label', { for: 'export-format', class: 'visually-hidden', text: 'Export format' }), format, copy, save),
    );
  };
  /** Kept while the host is the same: what it exports is the page's summary at the time of the click. */
  return (host) => ctx.reuseUnlessChanged('export', host, build);
}
