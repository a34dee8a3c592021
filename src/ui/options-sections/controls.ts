/** The options page's building blocks: a settings section with its heading, a switch, a radio choice. */
import { h } from '../dom';

/** A titled section of settings (`<section>` with an `<h2>`), not to be confused with a mention's card. */
export function settingsSection(id: string, title: string, intro: string | null, ...children: Node[]): HTMLElement {
  return h('section', { class: 'card', id, 'aria-labelledby': `${id}-heading` }, h('h2', { id: `${id}-heading`, text: title }), intro ? h('p', { class: 'intro', text: intro }) : null, ...children);
}

export function switchRow(id: string, label: string, hint: string, checked: boolean, onChange: (v: boolean) => void): HTMLElement {
  const input = h('input', { type: 'checkbox', id, role: 'switch', class: 'switch', 'aria-describedby': `${id}-hint` });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return h('div', { class: 'toggle-row' }, h('div', { class: 'toggle-text' }, h('label', { for: id, text: label }), h('p', { class: 'hint', id: `${id}-hint`, text: hint })), input);
}

export function radioChoice(name: string, value: string, label: string, hint: string | Node, checked: boolean, onChange: () => void): HTMLElement {
  const input = h('input', { type: 'radio', name, value, id: `${name}-${value}` });
  input.checked = checked;
  input.addEventListener('change', () => input.checked && onChange());
  return h('label', { class: 'choice', for: `${name}-${value}` }, input, h('span', {}, h('strong', { text: label }), typeof hint === 'string' ? h('small', { text: hint }) : hint));
}
